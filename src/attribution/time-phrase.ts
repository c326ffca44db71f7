/**
 * Time phrases between a verb and what it governs: "agreed on Saturday to halt", "said Wednesday".
 *
 * @example
 * skipTimePhrase(tokens, 2); // "agreed on Saturday to halt" → 4, the index of "to"
 */
import type { Token } from "../core/types.js";
import { MONTH_NAMES, WEEKDAY_WORDS } from "../nlp/calendar-names.js";

const TIME_WORDS: ReadonlySet<string> = new Set([
  ...WEEKDAY_WORDS,
  "today",
  "yesterday",
  "tonight",
  "overnight",
  ...MONTH_NAMES.map((month) => month.toLowerCase()),
]);

/** True for a word of a time phrase: "Saturday", or "on" before one ("on Saturday"). @example timePhraseAt(tokens, i) // "on" in "agreed on Saturday" → true */
export function timePhraseAt(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i]?.lower ?? "";
  if (isTimeWord(tokens[i])) return true;
  return (w === "on" || w === "in") && isTimeWord(tokens[i + 1]);
}

/** "Saturday", "May", "today"; month and day names only when capitalised ("a march" is no month). */
function isTimeWord(token: Token | undefined): boolean {
  if (!token || !TIME_WORDS.has(token.lower)) return false;
  return ["today", "yesterday", "tonight", "overnight"].includes(token.lower) || /^\p{Lu}/u.test(token.text);
}

/** The first index at or after `i` that is not part of a time phrase. @example skipTimePhrase(tokens, i) // "on Saturday to" → the index of "to" */
export function skipTimePhrase(tokens: readonly Token[], i: number): number {
  let j = i;
  while (j < tokens.length && j - i < 3 && timePhraseAt(tokens, j)) j++;
  return j;
}
