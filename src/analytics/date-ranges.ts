/**
 * Dates as the merge reads them: the span of days a date of some precision stands for, the store's
 * lookup window, and how far apart two dates are.
 *
 * @example
 * dateRange("2018-06-12", "month"); // ["2018-06-01", "2018-06-30"]
 */
import { addDays, firstDayAfter } from "../core/iso-date.js";
import { mondayOf } from "../core/iso-week.js";
import type { DatePrecision } from "../core/types.js";

/** The span of days a date of some precision stands for. @example dateRange("2018-06-12", "year") // ["2018-01-01", "2018-12-31"] */
export function dateRange(date: string, precision: DatePrecision): readonly [string, string] {
  if (precision === "year") return [`${date.slice(0, 4)}-01-01`, `${date.slice(0, 4)}-12-31`];
  if (precision === "decade") return [`${date.slice(0, 3)}0-01-01`, `${date.slice(0, 3)}9-12-31`];
  if (precision === "week") return [mondayOf(date), addDays(mondayOf(date), 6)];
  if (precision === "month") return [`${date.slice(0, 7)}-01`, addDays(firstDayAfter(date, 1, "month"), -1)];
  return [date, date];
}

/** Dates for the store's candidate lookup: events whose range overlaps this one. @example searchWindow("2025-06-12", "day") // ["2025-06-11", "2025-06-13"] */
export function searchWindow(date: string, precision: DatePrecision): readonly [string, string] {
  const [lo, hi] = dateRange(date, precision);
  return [addDays(lo, -1), addDays(hi, 1)];
}

const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/**
 * How far apart two dates are for merging, or null when they cannot be one event: within a day for
 * day-precise dates; when either is coarser, their spans must overlap ("last week" holds Tuesday,
 * "June" holds 12 June, 2025 holds June 2025).
 * @example dateDistance("2025-06-11", "day", "2025-06-12", "day") // 1
 */
export function dateDistance(a: string, ap: DatePrecision, b: string, bp: DatePrecision): number | null {
  if (ap === "day" && bp === "day") {
    const gap = Math.abs(dayNumber(a) - dayNumber(b));
    return gap <= 1 ? gap : null;
  }
  const [aFrom, aTo] = dateRange(a, ap);
  const [bFrom, bTo] = dateRange(b, bp);
  return aFrom <= bTo && bFrom <= aTo ? 0 : null;
}
