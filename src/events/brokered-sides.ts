/**
 * "Armenia and Azerbaijan signed a peace treaty, brokered by Trump": a participle of mediation set
 * off by a comma, or one after a deal noun ("under a deal brokered by China"), describes the main
 * clause's deal, whose makers are the sides mediated between.
 *
 * @example
 * brokeredSides(syntax, trigger, "045").map((m) => m.text) // ["Armenia", "Azerbaijan"]
 */
import type { ActorMention } from "../core/types.js";
import { commaParticipleHost } from "./clause-roles.js";
import type { SentenceSyntax } from "./clause-syntax.js";

const MEDIATE = "045";

/**
 * The subjects of the verb a comma-led participle of mediation hangs on; none otherwise.
 * @example brokeredSides(syntax, 12, "045") // ", brokered by Trump" → the signers
 */
export function brokeredSides(syntax: SentenceSyntax, trigger: number, cameo: string): ActorMention[] {
  if (cameo !== MEDIATE) return [];
  const host = commaParticipleHost(syntax.tokens, trigger) ?? dealHost(syntax.tokens, trigger);
  return host === null ? [] : syntax.findSubject(host);
}

// Nouns of a settlement someone brokers: "under a deal brokered by China".
// biome-ignore format: word list
const DEALS: ReadonlySet<string> = new Set([
  "deal", "agreement", "accord", "truce", "ceasefire", "pact", "treaty", "arrangement", "swap",
  "exchange", "settlement",
]);

const DEAL_MODIFIERS: ReadonlySet<string> = new Set(["DET", "ADJ", "NUM", "NOUN", "PROPN", "PUNCT"]);

/**
 * "Saudi Arabia and Iran agreed to reopen their embassies under a deal brokered by China": a deal
 * noun the participle follows belongs to the clause's main verb, whose subjects made the deal.
 */
function dealHost(tokens: SentenceSyntax["tokens"], trigger: number): number | null {
  if (!DEALS.has(tokens[trigger - 1]?.lemma ?? "") || tokens[trigger + 1]?.lower !== "by") return null;
  // "under a deal", "in an exchange", "as part of a deal": a circumstance of the clause's act;
  // "praised the deal brokered by Turkey" makes the praisers no party to it.
  let opener = trigger - 2;
  while (opener >= 0 && DEAL_MODIFIERS.has(tokens[opener]!.pos)) opener--;
  if (tokens[opener]?.pos !== "ADP") return null;
  for (let j = opener - 1; j >= 0 && trigger - j <= 30; j--) {
    const t = tokens[j]!;
    if (t.lower === ";" || t.lower === ":" || t.lower === ",") return null;
    // "agreed to reopen": the infinitive's subject is the governing verb's.
    if (t.pos === "VERB" && tokens[j - 1]?.lower !== "to" && tokens[j - 1]?.lower !== "-") return j;
  }
  return null;
}
