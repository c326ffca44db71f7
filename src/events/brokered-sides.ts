/**
 * "Armenia and Azerbaijan signed a peace treaty, brokered by Trump": a participle of mediation set
 * off by a comma describes the main clause's deal, whose makers are the sides mediated between.
 *
 * @example
 * brokeredSides(syntax, trigger, "045").map((m) => m.text) // ["Armenia", "Azerbaijan"]
 */
import type { ActorMention } from "../core/types.js";
import type { SentenceSyntax } from "./clause-syntax.js";

const MEDIATE = "045";
/** How far back the main verb may lie. */
const REACH = 30;

/**
 * The subjects of the verb a comma-led participle of mediation hangs on; none otherwise.
 * @example brokeredSides(syntax, 12, "045") // ", brokered by Trump" → the signers
 */
export function brokeredSides(syntax: SentenceSyntax, trigger: number, cameo: string): ActorMention[] {
  const tokens = syntax.tokens;
  if (cameo !== MEDIATE || tokens[trigger - 1]?.lower !== ",") return [];
  for (let j = trigger - 2; j >= 0 && trigger - j <= REACH; j--) {
    const t = tokens[j]!;
    if (t.lower === ";" || t.lower === ":") return [];
    // "the US-brokered deal": a hyphenated participle is an adjective.
    if (t.pos === "VERB" && tokens[j - 1]?.lower !== "-") return syntax.findSubject(j);
  }
  return [];
}
