/**
 * The weekday names of a sentence that holds no other date cue ("said on Tuesday that …"), found
 * as chrono's weekday parser finds them, without running chrono: most dated news sentences are of
 * this kind, and chrono's parse costs most of the dates stage. Anything chrono could read
 * differently (another date cue, a number, an abbreviation, a range, a time zone) returns null, and
 * the caller parses with chrono.
 *
 * @example
 * plainWeekdays("Seoul said on Tuesday that talks failed."); // [{ start: 11, text: "on Tuesday", weekday: 2 }]
 */
import { WEEKDAY_WORDS } from "./calendar-names.js";

/** A weekday as chrono's parser reports its text. @example { start: 0, text: "On Wednesday,", weekday: 3 } */
export interface PlainWeekday {
  readonly start: number;
  readonly text: string;
  /** 0 for Sunday, as chrono and Date count. */
  readonly weekday: number;
}

// chrono's weekday pattern, with the full names alone: a boundary, an opening comma or parenthesis,
// "on", the name, a closing comma or parenthesis.
const WEEKDAY = new RegExp(
  String.raw`(\W|^)(?:(?:,|\(|（)\s*)?(?:on\s*?)?(${WEEKDAY_WORDS.join("|")})(?:\s*(?:,|\)|）))?(?=\W|$)`,
  "i",
);
const ANY_WEEKDAY = new RegExp(`(?:${WEEKDAY_WORDS.join("|")})`, "i");
// Whatever else chrono might read as, or merge with, a date: digits, months and their
// abbreviations (chrono also reads them glued to "in", "of" or an ordinal word: "inJune",
// "fifthJune"), weekday abbreviations (also "onMon."), casual words, and relative words, even
// glued to another ("lastFriday", "lastd": last day).
const OTHER_CUES =
  /(?:\b|in|of|st|nd|rd|th)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)|(?:\b|on)(?:sun|mon|tues?|wed|thu|thur|thurs|fri|sat)\b|weekend|weekday|today|tonight|tomorrow|overmorrow|tmr|yesterday|night|morning|noon|midday|evening|afternoon|midnight|month|now|this|last|past|next|within|coming|[+]/i;
// chrono's spans and times counted from now or from an event ("in two days", "a week later",
// "three years ago", "next few days") need a number or article before a unit of time, next to the
// word that counts them; "they later said" is one to chrono ("the y", a year, then "later").
const COUNT = String.raw`(?:(?:about|around)\s{0,3})?(?:\d+|an?\b(?:\s{0,2}few)?|few|several|the|half(?:\s{0,2}an?)?|a?\s{0,2}couple\s{0,2}(?:of)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
const UNIT =
  "(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?|mo|mon|mos|months?|qtr|quarters?|y|yrs?|years?)";
const COUNTED = String.raw`${COUNT}\s{0,3}${UNIT}(?=\W|$)`;
const COUNTED_UNIT = new RegExp(
  String.raw`(?:within|in|for|this|last|past|next|after|\+|-)\s*(?:(?:about|around|roughly|approximately|just)\s*)?${COUNTED}|${COUNTED}\s{0,5}(?:later|after|from now|henceforth|forward|out|ago|before|earlier)`,
  "i",
);
// What chrono would join to a weekday: a range word to another date, or a time-zone abbreviation.
const JOINS_AFTER = /^\s*(?:(?:to|until|till|through)\b|[-–—~]|,?\s*\(?[A-Z]{2,5}\b)/;

/**
 * The weekdays chrono would find in `text`, or null when chrono must parse it.
 * @example plainWeekdays("On Wednesday, Kim left.")?.[0]?.text // "On Wednesday,"
 */
export function plainWeekdays(text: string): PlainWeekday[] | null {
  // Cheapest tests first: most sentences with a weekday also hold a number or another cue.
  if (DIGIT.test(text) || !ANY_WEEKDAY.test(text) || OTHER_CUES.test(text) || COUNTED_UNIT.test(text))
    return null;
  const found: PlainWeekday[] = [];
  let offset = 0;
  // chrono reads each match from where the last one ended, as the start of a new text.
  for (let unread = text; ; unread = text.substring(offset)) {
    const match = WEEKDAY.exec(unread);
    if (match === null) return found;
    const header = match[1] ?? "";
    const start = offset + match.index + header.length;
    const value = match[0].slice(header.length);
    offset = start + value.length;
    if (JOINS_AFTER.test(text.slice(offset, offset + 12))) return null;
    const weekday = WEEKDAY_WORDS.indexOf(match[2]!.toLowerCase() as (typeof WEEKDAY_WORDS)[number]);
    found.push({ start, text: value, weekday: (weekday + 1) % 7 });
  }
}

const DIGIT = /\d/;
