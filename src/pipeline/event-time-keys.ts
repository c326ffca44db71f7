/**
 * When an event mention happened, as the article merge compares it: two mentions of one act on
 * different days ("on Monday", "on Wednesday") are two events, while an undated mention joins a
 * dated one.
 *
 * @example
 * sameTime(timeKeyOf(mention, "2025-06-12"), "news"); // true
 */

import type { EventTime } from "../attribution/event-time.js";
import { addDays } from "../core/iso-date.js";
import { mondayOf } from "../core/iso-week.js";

/**
 * Historical events key on their year ("h2018"); news on an explicit day other than the article's
 * ("d2025-06-09"), a week without the article's day ("w2025-06-02", "last week"), or a month or
 * year other than the article's ("m2025-05", "y2024"); anything else is "news".
 * @example timeKeyOf({ date: "2025-06-02", precision: "week", historical: false }, "2025-06-12") // "w2025-06-02"
 */
export function timeKeyOf(time: EventTime, articleDate: string | undefined): string {
  if (time.historical) return `h${time.date.slice(0, 4)}`;
  if (articleDate === undefined) return "news";
  if (time.precision === "day") return time.date !== articleDate ? `d${time.date}` : "news";
  if (time.precision === "week") return mondayOf(articleDate) !== time.date ? `w${time.date}` : "news";
  // "who hosted Xi last year": a year or month that is not the article's is no news of its day.
  if (time.precision === "month" && time.date.slice(0, 7) !== articleDate.slice(0, 7))
    return `m${time.date.slice(0, 7)}`;
  if (time.precision === "year" && time.date.slice(0, 4) !== articleDate.slice(0, 4))
    return `y${time.date.slice(0, 4)}`;
  return "news";
}

/**
 * Two time keys can name one event: equal, one of them undated news, or a day within a week.
 * @example sameTime("d2025-06-04", "w2025-06-02") // true
 */
export function sameTime(a: string, b: string): boolean {
  if (a === b) return true;
  if (a === "news" || b === "news") return !(a === "news" ? b : a).startsWith("h");
  if (a.startsWith("w") && b.startsWith("d")) return dayInWeek(b.slice(1), a.slice(1));
  if (a.startsWith("d") && b.startsWith("w")) return dayInWeek(a.slice(1), b.slice(1));
  // A day, week or month within a month or year ("in May", "on May 5").
  const [wide, narrow] = a.length < b.length ? [a, b] : [b, a];
  if ((wide.startsWith("m") || wide.startsWith("y")) && !narrow.startsWith("h"))
    return narrow.slice(1).startsWith(wide.slice(1));
  return false;
}

const dayInWeek = (day: string, monday: string) => day >= monday && day <= addDays(monday, 6);
