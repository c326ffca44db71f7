/**
 * A month or day followed by the year it falls in, told relative to the article: "in June last
 * year", "on March 3 of next year". chrono reads the month and "last year" apart, and the month
 * alone would take the year its tense suggests.
 *
 * @example
 * withRelativeYear({ start: 3, end: 7, text: "June", date: "2025-06-01", precision: "month" }, "in June last year", 2025).date; // "2024-06-01"
 */
import type { DateExpression } from "./date-expressions.js";

// What may stand between the month and its year: "June last year", "June of last year", "June, last year".
const YEAR_AFTER = /^(?:\s*,)?\s+(?:of\s+)?(last|next|this)\s+year\b(?!['’]s)/i;
const OFFSET: Readonly<Record<string, number>> = { last: -1, next: 1, this: 0 };

/**
 * The expression with the year the words after it name, and its span reaching over them; the
 * expression itself when none follow, or when it names a year of its own or is coarser than a month.
 * @example withRelativeYear(june, "visited in June last year", 2025).text // "June last year"
 */
export function withRelativeYear(found: DateExpression, text: string, articleYear: number): DateExpression {
  if (found.precision !== "month" && found.precision !== "day") return found;
  if (/\d{4}/.test(found.text)) return found;
  const after = YEAR_AFTER.exec(text.slice(found.end, found.end + 24));
  if (!after) return found;
  const year = articleYear + OFFSET[after[1]!.toLowerCase()]!;
  const end = found.end + after[0].length;
  return {
    start: found.start,
    end,
    text: text.slice(found.start, end),
    date: `${String(year).padStart(4, "0")}${found.date.slice(4)}`,
    precision: found.precision,
  };
}
