/**
 * chrono-node's casual English parse, run with only the parsers whose cue words the text holds:
 * running all of chrono's parsers over every sentence was most of the dates stage's cost.
 *
 * @example
 * parseCasual("They met on Wednesday.", { instant: new Date("2025-06-12T12:00:00Z"), timezone: 0 })[0]?.text; // "on Wednesday"
 */
import * as chrono from "chrono-node";
import type { ParsedResult, Parser, ParsingReference, Refiner } from "chrono-node";

/** The cues of a text, found once and shared by chrono's parser choice and the date finders. @example casualCues("in May").month // true */
export interface CasualCues {
  readonly text: string;
  /** The text lower-cased. */
  readonly lower: string;
  /** The cue words the lower-cased text holds, each found once by a single scan (cueWordsIn). */
  readonly words: ReadonlySet<string>;
  /** Whether a month name may stand in the text: its abbreviation is among the words, not inside a longer word. */
  readonly month: boolean;
}

// What a chrono parser's pattern cannot match without: each cue is a word or class that the
// parser's regular expression requires, so a text without it gives that parser no match and leaving
// the parser out changes nothing. Running chrono's parsers over every sentence is most of its cost;
// these cheap tests leave only the parsers that might match. Words are looked for in the lower-cased
// text, which holds every match of chrono's case-insensitive words. A parser not listed always runs.
// The within-parser needs its prefix only without forwardDate, which is never set here.
type Cue = (t: CasualCues) => boolean;
/** A cue met by any of its words. */
type Words = readonly string[];
const words =
  (list: Words): Cue =>
  (t) =>
    list.some((w) => t.words.has(w));
const pattern =
  (regex: RegExp): Cue =>
  (t) =>
    regex.test(t.text);
// biome-ignore format: word list
const MONTH_ABBREVIATIONS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const month: Cue = (t) => t.month;
// chrono's month parsers read a month name ("jan", "Sept.", "December") followed by no letter, or by
// "of" or an ordinal word glued on ("junefirst"): "declared", "mayor" and "martial" are no months.
const MONTH_WORD =
  /(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?:(?![a-z])|of|fir|sec|thi|fou|fif|six|sev|eig|nin|ten|ele|twe)/i;
// chrono's counted spans ("two days later", "three years ago", "they later": "the y") end in the
// last unit's number, the unit, then the word that counts them: that tail, loosened (any word's
// end may be the number's, spaces as wide as chrono's), is in every match, and it is rare where
// the word alone ("about", "after", "before") is common.
const NUMBER_END = String.raw`(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|an?|few|several|the|couple|of)`;
const UNIT =
  "(?:s|sec|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?|mo|mon|mos|months?|qtr|quarters?|y|yr|years?)";
// A span counted from now ("in two days", "within few week", "+3 days"), which with a time of day
// dates a day.
const COUNTED_UNIT = new RegExp(
  String.raw`(?:within|in|for|this|last|past|next|after|[+-])\s*(?:(?:about|around|roughly|approximately|just)\s*)?(?:\d+|an?|few|several|the|half|couple|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s{0,5}${UNIT}(?=\W|$)`,
  "i",
);
const DIGIT = /[0-9]/;
// chrono's weekday parser reads a weekday name followed by no letter, or by "of" or "this"/"last"
// ... glued on ("mondaythisweek"): "friendly", "satisfied" and "monitor" are no weekdays.
const WEEKDAY_WORDS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat", "weekend", "weekday"];
const WEEKDAY_WORD =
  /(?:sun(?:day)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|weekend|weekday)(?:(?![a-z])|of|this|last|past|next)/i;
const weekday: Cue = (t) => WEEKDAY_WORDS.some((w) => t.words.has(w)) && WEEKDAY_WORD.test(t.text);
// chrono's relative dates are "this", "last", "past" or "next" right before a unit of time ("next
// month"): "this was", "at this time" and "their past summit" are none. The same words before a
// count ("this three hours") start a counted span, which can date a day though its parser is
// secondary, so they keep chrono running too.
const RELATIVE_WORDS = ["this", "last", "past", "next"];
const RELATIVE_UNIT = new RegExp(
  String.raw`(?:this|last|past|next)\s*(?:${UNIT}(?=\W|$)|(?:(?:about|around)\s{0,3})?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|an?\b|few|several|the|a?\s{0,2}couple))`,
  "i",
);
const relativeUnit: Cue = (t) => RELATIVE_WORDS.some((w) => t.words.has(w)) && RELATIVE_UNIT.test(t.text);
const AGO_WORDS = ["ago", "before", "earlier"];
const LATER_WORDS = ["later", "after", "from now", "henceforth", "forward", "out"];
const counted = (list: Words): Cue => {
  const tail = new RegExp(String.raw`${NUMBER_END}\s{0,5}${UNIT}\s{0,5}(?:${list.join("|")})(?=\W|$)`, "i");
  return (t) => list.some((w) => t.words.has(w)) && tail.test(t.text);
};
const PARSER_CUES: ReadonlyMap<string, Cue | Words> = new Map<string, Cue | Words>([
  // A year, a month (named or numbered) and a day, each after one separator: "2018-06-12", "2018 June 12".
  ["ENYearMonthDayParser", pattern(/[0-9]{4}[-./\s](?:[a-z]+\.?|[0-9]{1,2})[-./\s][0-9]/i)],
  ["ISOFormatParser", pattern(/[0-9]{4}-[0-9]/)],
  ["SlashDateFormatParser", pattern(/[0-9][/.-][0-9]/)],
  ["ENTimeUnitWithinFormatParser", ["in", "for"]],
  ["ENMonthNameLittleEndianParser", month],
  ["ENMonthNameMiddleEndianParser", month],
  ["ENWeekdayParser", weekday],
  ["ENSlashMonthFormatParser", pattern(/[0-9]\/[0-9]/)],
  ["ENTimeExpressionParser", pattern(/[0-9]/)],
  ["ENTimeUnitAgoFormatParser", counted(AGO_WORDS)],
  ["ENTimeUnitLaterFormatParser", counted(LATER_WORDS)],
  ["ENYearMonthNameParser", (t) => t.month && /[1-9]/.test(t.text)],
  // "last\s*night" needs "night".
  ["ENCasualDateParser", ["now", "today", "tonight", "tomorrow", "overmorrow", "tmr", "yesterday", "night"]],
  ["ENCasualTimeParser", ["morning", "afternoon", "evening", "night", "midday", "noon"]],
  ["ENEndOfCurrentMonthParser", ["month"]],
  ["ENMonthNameParser", month],
  ["ENRelativeDateFormatParser", relativeUnit],
  ["ENTimeUnitCasualRelativeFormatParser", ["this", "last", "past", "next", "after", "+", "-"]],
]);
// Parsers that alone find only spans ("within two weeks", "in the next few days"), times measured
// from a narrated event ("after two days") or times of day: no calendar date. They matter merged
// with a date another parser finds, so with `calendarOnly` a text whose cues call for none of the
// other parsers is not parsed at all.
const SECONDARY_PARSERS: ReadonlySet<string> = new Set([
  "ENTimeUnitWithinFormatParser",
  "ENTimeUnitCasualRelativeFormatParser",
  "ENTimeExpressionParser",
]);
const CASUAL_PARSERS: readonly (readonly [Parser, Cue | undefined, boolean])[] = chrono.en.casual.parsers.map(
  (parser) => {
    const name = parser.constructor.name;
    const cue = PARSER_CUES.get(name);
    return [
      parser,
      Array.isArray(cue) ? words(cue) : (cue as Cue | undefined),
      SECONDARY_PARSERS.has(name),
    ] as const;
  },
);
const CASUAL_REFINERS: readonly Refiner[] = [...chrono.en.casual.refiners];

// One scan for every cue word, longest first; a word found also counts the cue words inside it
// ("tonight" holds "night", "month" holds "mon"), so the set holds what substring tests would find.
const CUE_WORDS = [
  ...new Set([
    ...[...PARSER_CUES.values()].flatMap((cue) => (Array.isArray(cue) ? cue : [])),
    ...WEEKDAY_WORDS,
    ...RELATIVE_WORDS,
    ...AGO_WORDS,
    ...LATER_WORDS,
    ...MONTH_ABBREVIATIONS,
  ]),
].sort((a, b) => b.length - a.length);
const CUE_SCAN = new RegExp(CUE_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&")).join("|"), "g");
const CUES_INSIDE: ReadonlyMap<string, readonly string[]> = new Map(
  CUE_WORDS.map((w) => [w, CUE_WORDS.filter((inner) => w.includes(inner))]),
);

function cueWordsIn(lower: string): Set<string> {
  const found = new Set<string>();
  for (const match of lower.matchAll(CUE_SCAN)) for (const w of CUES_INSIDE.get(match[0])!) found.add(w);
  return found;
}

/**
 * Finds the cue words of `text` in one scan; the date finders read the same result to skip their
 * own scans where their words are missing. `lower` is the text lower-cased, when the caller has it.
 * @example casualCues("Kim left on Monday.").words.has("mon") // true
 */
export function casualCues(text: string, lower = text.toLowerCase()): CasualCues {
  const found = cueWordsIn(lower);
  const month = MONTH_ABBREVIATIONS.some((m) => found.has(m)) && MONTH_WORD.test(text);
  return { text, lower, words: found, month };
}

/**
 * chrono's casual English parse, run with only the parsers whose cues the text holds. With
 * `calendarOnly`, a text whose cues call only for parsers of spans and times of day gives nothing.
 * `cues` must be those of `text` (casualCues), when the caller has found them already.
 * @example parseCasual(text, reference)
 */
export function parseCasual(
  text: string,
  reference: ParsingReference,
  calendarOnly = false,
  cues: CasualCues = casualCues(text),
): ParsedResult[] {
  const parsers: Parser[] = [];
  let calendar = false;
  for (const [parser, cue, secondary] of CASUAL_PARSERS) {
    if (cue && !cue(cues)) continue;
    parsers.push(parser);
    calendar ||= !secondary;
  }
  // "meet at 3 pm in two days": a time of day with a counted span dates a day, though each of
  // their parsers alone finds no date.
  if (calendarOnly && !calendar && parsers.length > 1 && DIGIT.test(text) && COUNTED_UNIT.test(text))
    calendar = true;
  if (parsers.length === 0 || (calendarOnly && !calendar)) return [];
  return new chrono.Chrono({ parsers, refiners: [...CASUAL_REFINERS] }).parse(text, reference, {
    forwardDate: false,
  });
}
