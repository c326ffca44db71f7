/**
 * How exactly a date is known: a day beats a week, a week a month, a month a year, a year a decade.
 * The merge keeps the most exact date its reports give.
 *
 * @example
 * precisionRank("week") > precisionRank("month"); // true
 */
import type { DatePrecision } from "./types.js";

const RANK: Readonly<Record<DatePrecision, number>> = { decade: 0, year: 1, month: 2, week: 3, day: 4 };

/** A higher rank is a more exact date. @example precisionRank("day") // 4 */
export function precisionRank(precision: DatePrecision): number {
  return RANK[precision];
}
