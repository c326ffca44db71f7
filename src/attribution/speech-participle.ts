/**
 * A clause a participle of speech or reference opens after a comma: "rejected the offer, citing the
 * collapse of talks in Hanoi in 2019", "…, saying talks in Vienna had failed". What such a clause
 * names (a date, a place) is its own, not the main act's; "raided a village, killing three people in
 * Jenin" is left alone, as the killing shares the raid's place and time.
 *
 * @example
 * inSpeechParticipleClause(tokens, trigger, dateStart, cues); // true for "…, citing … in 2019"
 */
import type { Token } from "../core/types.js";
import type { AttributionCues } from "./attribution-cues.js";

// Participles that point to something told or recalled, besides the reporting verbs.
const REFERRING: ReadonlySet<string> = new Set(["cite", "recall", "refer", "mention", "invoke", "point"]);

/**
 * True when a comma and a participle of speech or reference stand between the trigger and `at`.
 * @example inSpeechParticipleClause(tokens, 1, 12, cues)
 */
export function inSpeechParticipleClause(
  tokens: readonly Token[],
  trigger: number,
  at: number,
  cues: AttributionCues,
): boolean {
  for (let j = trigger + 1; j < at - 1; j++) {
    const next = tokens[j + 1]!;
    if (
      tokens[j]!.lower === "," &&
      next.pos === "VERB" &&
      next.lower.endsWith("ing") &&
      (REFERRING.has(next.lemma) || cues.reportingVerbs.includes(next.lemma))
    )
      return true;
  }
  return false;
}
