/**
 * How exactly a date is known: a day beats a week, a week a month, a month a year, a year a decade.
 * The merge keeps the most exact date its reports give, and a date is shown no more exactly.
 *
 * @example
 * precisionRank("week") > precisionRank("month"); // true
 */
import { isoWeekLabel } from "./iso-week.js";
import type { DatePrecision } from "./types.js";

const RANK: Readonly<Record<DatePrecision, number>> = { decade: 0, year: 1, month: 2, week: 3, day: 4 };

/** A higher rank is a more exact date. @example precisionRank("day") // 4 */
export function precisionRank(precision: DatePrecision): number {
  return RANK[precision];
}

/**
 * A date as precise as it is known: the day, the ISO week, the month, the year or the decade.
 * @example dateLabel("2025-06-02", "week") // "2025-W23"
 */
export function dateLabel(date: string, precision: DatePrecision): string {
  if (precision === "week") return isoWeekLabel(date);
  if (precision === "month") return date.slice(0, 7);
  if (precision === "decade") return `${date.slice(0, 3)}0s`;
  return precision === "year" ? date.slice(0, 4) : date;
}
