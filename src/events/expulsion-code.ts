/**
 * Expelling a state's envoys or an organisation's staff is reducing relations, not deporting
 * people: "Two Chinese diplomats were expelled from Canada" is CAMEO 161, "expelled the head of the
 * UN mission" 166, though both read as the deportation rule's bare "expelled".
 *
 * @example
 * expulsionCode(ruleCode, tokens, match, targets); // "… diplomats were expelled" → "161"
 */
import type { CameoCode } from "../core/dictionary-schema.js";
import type { ActorMention, Sentence } from "../core/types.js";
import type { TokenMatch } from "../nlp/token-matcher.js";
import type { RulePattern } from "./event-rule-index.js";

const DEPORT = "174";
// "expelled", "ordered … to leave" and "forced/kicked … out" as the deportation rule reads them.
const EXPELLING: ReadonlySet<string> = new Set(["expel", "order", "force", "kick", "throw", "drive"]);
const DIPLOMATS: ReadonlySet<string> = new Set([
  "diplomat",
  "ambassador",
  "envoy",
  "consul",
  "attache",
  "emissary",
]);

/**
 * "161" when a deportation's object is a state's envoys, "166" when it is an international
 * organisation's people or another state's troops, "160" when it is a state itself, else null.
 * @example expulsionCode(ruleCode, tokens, match, targets) // "expelled the UN envoy" → "166"
 */
export function expulsionCode(
  ruleCode: CameoCode,
  tokens: Sentence["tokens"],
  match: TokenMatch<RulePattern>,
  targets: readonly ActorMention[],
): string | null {
  if (ruleCode.code !== DEPORT || !EXPELLING.has(tokens[match.start]!.lemma) || targets.length === 0)
    return null;
  if (targets.every((t) => t.actor.code.startsWith("IGO"))) return "166";
  // "Niger ordered French troops to leave": a state's forces sent home are no deportees.
  if (targets.every((t) => t.actor.sector === "MIL" && t.actor.country !== null)) return "166";
  // "ordered two French diplomats out of the country", "expelled the ambassador".
  const envoys = targets.some((t) => {
    const head = tokens[t.span.end - 1]!;
    return DIPLOMATS.has(head.lemma) || DIPLOMATS.has(tokens[t.span.end]?.lemma ?? "");
  });
  if (envoys) return "161";
  if (tokens[match.start]!.lemma !== "expel") return null;
  // "Russia was expelled from the Council of Europe": a state named as such is put out of a body,
  // no deportee; that reduces relations (160).
  return targets.every((t) => t.kind === "country" && t.actor.name === t.text.replace(/^the\s+/i, ""))
    ? "160"
    : null;
}
