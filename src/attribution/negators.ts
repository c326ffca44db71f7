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
