/**
 * Finds date expressions in news text and resolves them against the article date. chrono-node does
 * the parsing; the rules below cover what news prose needs and chrono gets wrong or misses: bare
 * years, past-leaning weekdays, "last <Month>", durations and time-of-day-only matches.
 *
 * @example
 * findDateExpressions("They met on Wednesday.", "2025-06-12")[0]?.date; // "2025-06-11"
 */
import type { ParsedResult } from "chrono-node";
import { mondayOf } from "../core/iso-week.js";
import type { DatePrecision } from "../core/types.js";
import { findBareYears } from "./bare-years.js";
import { type CalendarDay, formatDay, futureClause, monthOfDay, yearByTense } from "./date-tense.js";
import { findDecadesAgo, findOrdinalDays, findSeasons } from "./loose-dates.js";
import { type CasualCues, casualCues, parseCasual } from "./chrono-casual.js";
import { type DateAnchor, dateAnchor } from "./date-anchor.js";
import { findLastMonths, findPartMonths } from "./month-phrases.js";
import { type PlainWeekday, plainWeekdays } from "./plain-weekdays.js";
import { withRelativeYear } from "./relative-year.js";

/** A resolved date expression; offsets index into the searched text. @example { start: 3, end: 7, text: "2018", date: "2018-01-01", precision: "year" } */
export interface DateExpression {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** ISO yyyy-mm-dd; the first day of the month or year for coarser precisions. */
  readonly date: string;
  readonly precision: DatePrecision;
}

/** How dates are searched for. @example { everyParser: true } */
export interface DateSearchOptions {
  /**
   * Parse every sentence with chrono, taking no shortcut: neither skipping its parsers of spans and
   * times of day where no calendar date is cued, nor reading plain weekday names without it. The
   * results are the same; tests compare the two.
   */
  readonly everyParser?: boolean;
}

// Lower-case English words that chrono reads as months or weekdays ("protesters march", "they sat").
const HOMOGRAPHS: ReadonlySet<string> = new Set(["march", "may", "mar", "sat", "sun", "wed", "mon", "fri"]);
const WEEKDAY_ABBREVIATION = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)$/i;
const MISREAD_CANDIDATE = /mar|may|mon|tue|wed|thu|fri|sat|sun/i;

// Number words that turn "last/next N units" into a span of time rather than a point.
const COUNT = String.raw`(?:\d+|a\s+few|few|several|(?:a\s+)?couple(?:\s+of)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|dozen|hundred)`;
const DURATION = new RegExp(
  String.raw`^(?:(?:for|within|in|during|over|throughout)\b|past\b|(?:last|next|coming|previous|following)\s+${COUNT}\b|after\b|[+-])`,
  "i",
);
const WEEKS = /\bweeks?\b/i;
const THIS_WEEK = /^this\s+week$/i;
const END_OF = /^end\s+of\b/i;
const WEEKEND = /\bweekend$/i;
const DEADLINE = /\bby\s+$/i;

// "two years later", "the day before", "after two days": relative to a narrated event, not to the
// article date ("after" opens such a time at the start; DURATION holds that case).
const ANCHORED_ELSEWHERE = /\b(?:later|earlier|before|after)$/i;

/**
 * Finds date expressions in `text`, resolved against `referenceDate` (the article date, yyyy-mm-dd).
 * @example findDateExpressions("the 2018 summit", "2025-06-12"); // [{ start: 4, end: 8, text: "2018", date: "2018-01-01", precision: "year" }]
 */
export function findDateExpressions(
  text: string,
  referenceDate: string,
  options: DateSearchOptions = {},
): readonly DateExpression[] {
  return findDatesAt(text, dateAnchor(referenceDate), options);
}

/**
 * findDateExpressions with the article date read already (dateAnchor): a coder reads it once per
 * article rather than once per sentence.
 * @example findDatesAt("the 2018 summit", dateAnchor("2025-06-12"))[0]?.precision // "year"
 */
export function findDatesAt(
  text: string,
  at: DateAnchor,
  options: DateSearchOptions = {},
): readonly DateExpression[] {
  const anchor = at.day;
  const digit = DIGIT.test(text);
  const lower = text.toLowerCase();
  // "said on Tuesday that …": a sentence whose only date cue is a weekday name skips chrono
  // (plainWeekdays gives null on a digit, and every weekday name ends in "day").
  const plain = options.everyParser || digit || !lower.includes("day") ? null : plainWeekdays(text);
  // Earlier groups win overlaps: "last June" beats chrono's bare "June", chrono's "June 2018" beats "2018".
  const candidates: DateExpression[] = [];
  // A plain weekday sentence names no month (plainWeekdays turns those away), so it needs no cue scan.
  if (plain) for (const w of plain) candidates.push(weekdayExpression(w, text, anchor));
  else {
    // One scan finds the cue words; each finder below is skipped where the words it needs are missing.
    const cues = casualCues(text, lower);
    if (cues.month) {
      if (cues.words.has("last")) findLastMonths(text, anchor, candidates);
      if (PART_WORDS.some((w) => lower.includes(w))) findPartMonths(text, anchor, candidates);
    }
    for (const result of chronoResults(text, cues, at, options)) {
      const found = expressionFromChrono(result, text, anchor);
      if (found) candidates.push(found);
    }
  }
  if (digit) {
    candidates.push(...findBareYears(text));
    candidates.push(...findOrdinalDays(text, (day) => monthOfDay(day, text, anchor)));
  }
  candidates.push(...findDecadesAgo(text, anchor.year));
  candidates.push(
    ...findSeasons(text, anchor.year, anchor.month, (month) =>
      yearByTense(anchor.year, month, 1, text, anchor),
    ),
  );
  return mergeExpressions(candidates.map((c) => withRelativeYear(c, text, anchor.year)));
}

const DIGIT = /\d/;
// Cue words (chrono-casual's), one of which PART_OF_DAY_OF needs.
const PARTS_OF_DAY = ["night", "morning", "evening", "afternoon"];
const PART_WORDS = ["early", "mid", "late"];

/**
 * chrono's results for `text`. "on the night of June 5": chrono merges the part of the day with
 * the date and keeps only the time, so the part of the day is hidden from it (the offsets stay
 * those of the text); the hidden text has cues of its own.
 */
function chronoResults(
  text: string,
  cues: CasualCues,
  at: DateAnchor,
  options: DateSearchOptions,
): readonly ParsedResult[] {
  let read = text;
  let readCues = cues;
  if (PARTS_OF_DAY.some((w) => cues.words.has(w))) {
    read = text.replace(PART_OF_DAY_OF, blank);
    if (read !== text) readCues = casualCues(read);
  }
  return parseCasual(read, at.reference, !options.everyParser, readCues);
}

function expressionFromChrono(
  result: ParsedResult,
  text: string,
  anchor: CalendarDay,
): DateExpression | null {
  const tags = result.tags();
  const start = result.start;
  if (tags.has("casualReference/now") || isMisreadWord(result, text)) return null;
  const relative = tags.has("result/relativeDate");
  if (relative && (DURATION.test(result.text) || ANCHORED_ELSEWHERE.test(result.text))) return null;
  // "in the last year", "the next day": a span or a narrated day, not a point relative to the article.
  if (
    relative &&
    /^(?:last|next|past)\b/i.test(result.text) &&
    /\bthe\s+$/i.test(before(text, result.index))
  ) {
    return null;
  }
  const make = (day: CalendarDay, precision: DatePrecision) =>
    expressionAt(result.index, result.text, day, precision);
  // "last week", "two weeks ago", "earlier this week": a week, not the day seven days off. chrono
  // leaves "this week" without a certain day.
  if (relative && WEEKS.test(result.text)) return make(mondayOfDay(start), "week");
  if (THIS_WEEK.test(result.text)) return make(mondayOfDay(null, anchor), "week");
  const month = start.get("month") ?? 1;
  const day = start.isCertain("day") ? (start.get("day") ?? 1) : 1;
  const chosen = start.get("year") ?? anchor.year;
  const year =
    !relative && !start.isCertain("year") && start.isCertain("month")
      ? yearByTense(chosen, month, day, text, anchor)
      : chosen;
  // "at the end of May", "by the end of last month": chrono names the month's last day, which the
  // text does not; the month is what it says.
  if (END_OF.test(result.text)) return make({ year, month, day: 1 }, "month");
  if (start.isCertain("day")) return make({ year, month, day }, "day");
  if (start.isCertain("weekday")) {
    const weekday = start.get("weekday");
    const resolved =
      weekday === null ? null : resolveWeekday(weekday, result.text, result.index, text, anchor);
    const on = resolved ?? { year, month, day: start.get("day") ?? 1 };
    // "over the weekend": the week that holds it, not its Saturday claimed as the day.
    return WEEKEND.test(result.text) ? make(mondayOfDay(null, on), "week") : make(on, "day");
  }
  if (start.isCertain("month")) return make({ year, month, day: 1 }, "month");
  if (start.isCertain("year")) return make({ year, month: 1, day: 1 }, "year");
  if (/^this\s+(?:morning|afternoon|evening)$/i.test(result.text)) return make(anchor, "day");
  // Nothing calendar-level is certain: a time of day ("at 3 pm") or a vague span ("this week").
  return null;
}

/** Rejects chrono hits on ordinary words: "protesters march", "they sat", "The Sun reported". */
function isMisreadWord(result: ParsedResult, text: string): boolean {
  // Every word rejected below holds one of these; most hits ("June 12", "next year") hold none.
  if (!MISREAD_CANDIDATE.test(result.text)) return false;
  for (const word of result.text.matchAll(/\p{L}+/gu)) {
    const value = word[0];
    if (HOMOGRAPHS.has(value) && value === value.toLowerCase()) return true;
    const end = result.index + (word.index ?? 0) + value.length;
    // News prose writes weekdays out; an undotted "Sun" or "Fri" is a name or a word.
    if (WEEKDAY_ABBREVIATION.test(value) && text[end] !== ".") return true;
  }
  return false;
}

/**
 * News reports past events by weekday: "said on Wednesday" means the latest Wednesday up to the
 * article date, where chrono would pick the nearest one, possibly in the future.
 */
function resolveWeekday(
  weekday: number,
  found: string,
  index: number,
  text: string,
  anchor: CalendarDay,
): CalendarDay | null {
  const forward = /^(?:on\s+)?(?:next|this|coming)\b/i;
  if (forward.test(found) || /\b(?:next|this|coming)\s+$/i.test(before(text, index))) return null;
  const referenceWeekday = new Date(Date.UTC(anchor.year, anchor.month - 1, anchor.day)).getUTCDay();
  // "must withdraw by Friday": a deadline is the first such day from the article's.
  // "will meet on Saturday": a day in a clause that looks ahead is the first such day from the article's.
  if (DEADLINE.test(before(text, index)) || futureClause(text.slice(0, index)))
    return addDays(anchor, (weekday - referenceWeekday + 7) % 7);
  let back = (referenceWeekday - weekday + 7) % 7;
  if (back === 0 && /^(?:on\s+)?last\b/i.test(found)) back = 7;
  return addDays(anchor, -back);
}

/** A weekday found without chrono, dated as expressionFromChrono dates chrono's (no forward cue is possible). */
function weekdayExpression(w: PlainWeekday, text: string, anchor: CalendarDay): DateExpression {
  return expressionAt(w.start, w.text, resolveWeekday(w.weekday, w.text, w.start, text, anchor)!, "day");
}

/** The expression of `found`, read at `start`, dated `day` to `precision`. */
function expressionAt(
  start: number,
  found: string,
  day: CalendarDay,
  precision: DatePrecision,
): DateExpression {
  return { start, end: start + found.length, text: found, date: formatDay(day), precision };
}

const PART_OF_DAY_OF = /\b(?:night|morning|evening|afternoon)\s+of\s+(?=\S)/gi;
const blank = (phrase: string): string => " ".repeat(phrase.length);

function mergeExpressions(candidates: readonly DateExpression[]): readonly DateExpression[] {
  const kept: DateExpression[] = [];
  for (const candidate of candidates) {
    const overlaps = kept.some((other) => candidate.start < other.end && other.start < candidate.end);
    if (!overlaps) kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function before(text: string, index: number): string {
  return text.slice(Math.max(0, index - 40), index);
}

function addDays(day: CalendarDay, delta: number): CalendarDay {
  const date = new Date(Date.UTC(day.year, day.month - 1, day.day + delta));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The Monday of the week holding chrono's day, or else `fallback`. */
function mondayOfDay(start: ParsedResult["start"] | null, fallback?: CalendarDay): CalendarDay {
  const day = start
    ? { year: start.get("year") ?? 0, month: start.get("month") ?? 1, day: start.get("day") ?? 1 }
    : fallback!;
  const [year, month, date] = mondayOf(formatDay(day)).split("-").map(Number);
  return { year: year!, month: month!, day: date! };
}
