/**
 * English month and weekday names, one list for every rule that reads them: date expressions, and
 * the time phrases that the clause rules skip between a verb and its object or subject.
 *
 * @example
 * MONTH_NAMES[5]; // "June"
 */

// biome-ignore format: word list
/** Month names in calendar order, capitalised as written. @example MONTH_NAMES.indexOf("June") + 1 // 6 */
export const MONTH_NAMES = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
] as const;

/** Weekday names, lower-cased as tokens' `lower` is. @example WEEKDAY_WORDS.includes("sunday") // true */
export const WEEKDAY_WORDS = [
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
] as const;
