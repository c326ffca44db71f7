/**
 * Month phrases chrono misreads: "last June" (chrono drops "last") and "mid-May", "late December
 * 2019" (chrono reads no "May" alone and drops the part of the month).
 *
 * @example
 * const found: DateExpression[] = [];
 * findLastMonths("They met last June.", { year: 2025, month: 6, day: 12 }, found); // found[0].date "2024-06-01"
 */
import { MONTH_NAMES } from "./calendar-names.js";
import type { DateExpression } from "./date-expressions.js";
import { type CalendarDay, formatDay, yearByTense } from "./date-tense.js";

// matchAll reads a copy of the expression, so one global expression serves every call.
const LAST_MONTH = new RegExp(String.raw`\b[Ll]ast\s+(${MONTH_NAMES.join("|")})\b(?!,?\s*\d)`, "g");

/**
 * "last June" is the latest June before the article's month; chrono drops "last" and misses "last
 * May". Found expressions go into `into`.
 * @example findLastMonths("They met last June.", { year: 2025, month: 6, day: 12 }, found) // found[0].date "2024-06-01"
 */
export function findLastMonths(text: string, anchor: CalendarDay, into: DateExpression[]): void {
  for (const match of text.matchAll(LAST_MONTH)) {
    into.push(monthExpression(match, (month) => (month < anchor.month ? anchor.year : anchor.year - 1)));
  }
}

/** A whole-month expression from a match whose first group names the month. */
function monthExpression(match: RegExpExecArray, yearOf: (month: number) => number): DateExpression {
  const month = MONTH_NAMES.indexOf(match[1] as (typeof MONTH_NAMES)[number]) + 1;
  const date = formatDay({ year: yearOf(month), month, day: 1 });
  return { start: match.index, end: match.index + match[0].length, text: match[0], date, precision: "month" };
}

const PART_MONTH = new RegExp(
  String.raw`\b(?:[Ee]arly|[Mm]id|[Ll]ate)(?:-|\s+)(${MONTH_NAMES.join("|")})\b(?:,?\s+((?:19|20)\d{2})\b)?(?!,?\s*\d)`,
  "g",
);

/**
 * "in mid-May", "late December 2019": the month, in its year or else the nearest to the article's
 * (chrono reads no "May" alone, and drops the part of the month). Found expressions go into `into`.
 * @example findPartMonths("in mid-May", { year: 2025, month: 6, day: 12 }, found) // found[0].date "2025-05-01"
 */
export function findPartMonths(text: string, anchor: CalendarDay, into: DateExpression[]): void {
  for (const match of text.matchAll(PART_MONTH)) {
    into.push(
      monthExpression(match, (month) =>
        match[2] ? Number(match[2]) : yearByTense(nearestYear(month, anchor), month, 1, text, anchor),
      ),
    );
  }
}

/** The year whose 1st of `month` lies nearest the article date, as chrono picks one for a bare month. */
function nearestYear(month: number, anchor: CalendarDay): number {
  const at = (year: number) =>
    Math.abs(Date.UTC(year, month - 1, 1) - Date.UTC(anchor.year, anchor.month - 1, anchor.day));
  if (at(anchor.year + 1) < at(anchor.year)) return anchor.year + 1;
  if (at(anchor.year - 1) < at(anchor.year)) return anchor.year - 1;
  return anchor.year;
}
