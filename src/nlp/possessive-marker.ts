/**
 * The possessive ending the tokeniser splits off a name: "Russia's" → "Russia" "'s", "the
 * Philippines'" → "the Philippines" "'".
 *
 * @example
 * possessiveMarker(tokens[end]); // "North Korea's leader", at "'s" → true
 */
import type { Token } from "../core/types.js";

/**
 * True when the token is a possessive ending, "'s" or a bare apostrophe.
 * @example possessiveMarker({ lower: "'s" }) // true
 */
export function possessiveMarker(token: Pick<Token, "lower"> | undefined): boolean {
  return token?.lower === "'s" || token?.lower === "'";
}
