/**
 * The words that negate the verb group they stand in. A module of its own, so that modality and the
 * unrealised-act rules it reads can share it without importing each other.
 *
 * @example
 * NEGATORS.has("n't"); // true
 */

/** Words that negate the verb group they stand in. @example NEGATORS.has("never") // true */
export const NEGATORS: ReadonlySet<string> = new Set(["not", "n't", "never"]);

/**
 * True for a verb after "yet to": "Beijing has yet to confirm the visit" has not confirmed it.
 * @example yetTo(tokens, 4) // "Beijing has yet to confirm", at "confirm" → true
 */
export function yetTo(tokens: readonly { readonly lower: string }[], i: number): boolean {
  return tokens[i - 1]?.lower === "to" && tokens[i - 2]?.lower === "yet";
}

// "neither confirmed nor denied": the either-words negate a verb group too.
const GROUP_NEGATORS: ReadonlySet<string> = new Set([...NEGATORS, "neither", "nor"]);
type GroupToken = { readonly lower: string; readonly pos: string };

/** First token of the auxiliary chain before a verb ("did not", "has reportedly"). @example verbGroupStart(tokens, 3) // "Seoul did not confirm", at "confirm" → 1 */
export function verbGroupStart(tokens: readonly GroupToken[], i: number): number {
  let j = i;
  while (j > 0 && ["AUX", "PART", "ADV"].includes(tokens[j - 1]!.pos) && tokens[j - 1]!.lower !== "to") j--;
  return j;
}

/** True when "not", "n't" or "never" stands in the verb's own auxiliary chain. @example verbGroupNegated(tokens, 3) */
export function verbGroupNegated(tokens: readonly GroupToken[], i: number): boolean {
  for (let j = verbGroupStart(tokens, i); j < i; j++) if (GROUP_NEGATORS.has(tokens[j]!.lower)) return true;
  return false;
}
