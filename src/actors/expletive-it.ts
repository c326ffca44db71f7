/**
 * The expletive "it", which stands for a clause, not an actor: "It was not immediately clear whether
 * the investigator would visit" names no state.
 *
 * @example
 * expletiveIt(tokens, 0); // "It was not clear whether …" → true
 */
import type { Token } from "../core/types.js";

// What an expletive "it" says of the clause it stands in for: "It was not clear whether …".
const IMPERSONAL_PREDICATES = new Set([
  "clear",
  "unclear",
  "possible",
  "impossible",
  "likely",
  "unlikely",
  "known",
  "unknown",
  "expected",
  "reported",
  "believed",
  "understood",
  "thought",
  "feared",
  "hoped",
  "certain",
  "uncertain",
  "evident",
  "obvious",
  "apparent",
  "doubtful",
]);
const IMPERSONAL_CLAUSES = new Set(["whether", "if", "that", "how", "when", "why", "what", "who"]);

/**
 * True for an expletive "it" ("It was not immediately clear whether the investigator would visit",
 * "It is believed that …"), which stands for the clause after it, not for an actor.
 * @example expletiveIt(tokens, 0) // "It was not clear whether …" → true
 */
export function expletiveIt(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]?.lower !== "it") return false;
  let j = i + 1;
  while (tokens[j] && ["AUX", "PART", "ADV"].includes(tokens[j]!.pos)) j++;
  const predicate = tokens[j];
  return (
    j > i + 1 &&
    predicate !== undefined &&
    IMPERSONAL_PREDICATES.has(predicate.lower) &&
    IMPERSONAL_CLAUSES.has(tokens[j + 1]?.lower ?? "")
  );
}
