/**
 * ", and" and ", but" join a clause with a subject of its own to the one before: "Israel struck
 * Gaza, and on Tuesday Hamas fired rockets", "China opposed the sale, and it sanctioned …".
 *
 * @example
 * commaJoined(tokens, 5); // "… Taiwan , and on Monday …", at "and" → true
 */
import type { Token } from "../core/types.js";

const JOINERS: ReadonlySet<string> = new Set(["and", "but"]);

/**
 * True for "and" or "but", the words that may join such a clause.
 * @example joiner({ lower: "but" }) // true
 */
export function joiner(token: Pick<Token, "lower"> | undefined): boolean {
  return JOINERS.has(token?.lower ?? "");
}

/**
 * True when token `at` is "and" or "but" right after a comma.
 * @example commaJoined(tokens, at) // ", but" → true
 */
export function commaJoined(tokens: readonly Pick<Token, "lower">[], at: number): boolean {
  return joiner(tokens[at]) && tokens[at - 1]?.lower === ",";
}
