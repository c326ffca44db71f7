/**
 * Which year or month a date written without one falls in, by the tense of its sentence: news
 * tells what has happened, unless the sentence looks ahead.
 *
 * @example
 * yearByTense(2025, 7, 1, "The talks collapsed in July.", { year: 2025, month: 6, day: 12 }); // 2024
 */

/** A calendar day, month numbered from 1. @example { year: 2025, month: 6, day: 12 } */
export interface CalendarDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

// Words that put a sentence's dates ahead of the article: futures, plans, schedules, proposals.
const LOOKS_AHEAD_WORDS =
  /\b(?:will|won't|wo|shall|'ll|would|could|might|next|upcoming|coming|due|scheduled|planned|plans?|expected|set to|is to|are to|to be held|propos(?:e|ed|al)|invit(?:e|ed|ation)|offer(?:s|ed)?|hopes?|intends?|until|by|order(?:s|ed)?|summon(?:s|ed)?|deadline|ultimatum)\b/i;

// The modal "may" in lower case only: "on May 10" names the month.
const MODAL_MAY = /\bmay\b/;
const looksAhead = (text: string) => LOOKS_AHEAD_WORDS.test(text) || MODAL_MAY.test(text);

// Words that place a sentence firmly ahead: a date without a year in it is the next one.
const FUTURE = /\b(?:will|shall|'ll|next|upcoming|due|scheduled|set to|is to|are to|to be held)\b/i;

/**
 * The year of a day or month written without one. News tells what has happened: a date chrono puts
 * after the article date is last year's ("the talks collapsed in July", in a June report), unless
 * the sentence looks ahead; a sentence firmly in the future takes the next one instead ("will meet
 * in March").
 * @example yearByTense(2025, 7, 1, "The talks collapsed in July.", { year: 2025, month: 6, day: 12 }) // 2024
 */
export function yearByTense(
  year: number,
  month: number,
  day: number,
  text: string,
  anchor: CalendarDay,
): number {
  const after = compareDays({ year, month, day }, anchor) > 0;
  if (after && !looksAhead(text)) return year - 1;
  if (!after && FUTURE.test(text) && (year < anchor.year || month < anchor.month)) return year + 1;
  return year;
}

/**
 * The date of "on the 15th": in the article's month, or the month before when that day is still
 * to come and the sentence does not look ahead, or the month after when it is past and the
 * sentence firmly looks ahead. Null for a day the month lacks.
 * @example monthOfDay(15, "Egypt hosted talks on the 15th.", { year: 2025, month: 6, day: 12 }) // "2025-05-15"
 */
export function monthOfDay(day: number, text: string, anchor: CalendarDay): string | null {
  let shift = 0;
  if (day > anchor.day && !looksAhead(text)) shift = -1;
  else if (day < anchor.day && FUTURE.test(text)) shift = 1;
  const date = new Date(Date.UTC(anchor.year, anchor.month - 1 + shift, day));
  if (date.getUTCDate() !== day) return null;
  return formatDay({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day });
}

function compareDays(a: CalendarDay, b: CalendarDay): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** yyyy-mm-dd. @example formatDay({ year: 2025, month: 6, day: 1 }) // "2025-06-01" */
export function formatDay(day: CalendarDay): string {
  const pad = (value: number, width: number) => String(value).padStart(width, "0");
  return `${pad(day.year, 4)}-${pad(day.month, 2)}-${pad(day.day, 2)}`;
}

// Words that put what a clause tells ahead: "will meet on Saturday", "is scheduled for Friday".
const FUTURE_CLAUSE =
  /\b(?:will|shall|'ll|(?:is|are) (?:due|scheduled|planned|set)|set to|is to|are to|to be held)\b/gi;
// A report's own verb: "…, the Kremlin said on Friday" dates the saying, which has happened.
const REPORTED = /\b(?:said|says|told|announced|added|stated|reported)\b/i;

/**
 * True when the clause that runs up to a date tells of what is still to come ("Putin and Trump
 * will meet on Saturday"), not of a report made ("…, the Kremlin said on Saturday").
 * @example futureClause("Putin and Trump will meet ") // true
 */
export function futureClause(before: string): boolean {
  const clause = before.slice(Math.max(before.lastIndexOf(","), before.lastIndexOf(";")) + 1);
  let last = -1;
  for (const m of clause.matchAll(FUTURE_CLAUSE)) last = m.index + m[0].length;
  return last >= 0 && !REPORTED.test(clause.slice(last));
}
