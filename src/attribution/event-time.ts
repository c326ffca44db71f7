/**
 * When an event happened: the nearest date expression that bears on its trigger, a cue such as
 * "during Trump's first term" or "their past summit", or else the article's date.
 *
 * @example
 * eventTime(tokens, 1, dates, [], "2025-06-12", cues, termStart); // "Trump met Kim in 2018" → { date: "2018-01-01", precision: "year", historical: true }
 */

import { precisionRank } from "../core/date-precision.js";
import { addDays, firstDayAfter } from "../core/iso-date.js";
import type { ActorMention, DateMention, DatePrecision, Token } from "../core/types.js";
import type { AttributionCues } from "./attribution-cues.js";
import { datesTrigger, isBefore } from "./date-scope.js";
import { recalledOccasion } from "./recalled-occasions.js";

/** When an event happened, and whether that was before the report. @example { date: "2018-01-01", precision: "year", historical: true } */
export interface EventTime {
  readonly date: string;
  readonly precision: DatePrecision;
  readonly historical: boolean;
}

/** A person's first term, for "during Trump's first term". @example firstTermStart("person:donald-trump") */
export type TermStart = (personId: string, which: "first" | "previous") => string | null;

/**
 * Dates an event from the nearest date expression, cues such as "their past summit" and
 * "during Trump's first term", or else the article date.
 * @example eventTime(tokens, 9, dates, mentions, "2025-06-12", cues, termStart)
 */
export function eventTime(
  tokens: readonly Token[],
  trigger: number,
  dates: readonly DateMention[],
  mentions: readonly ActorMention[],
  articleDate: string,
  cues: AttributionCues,
  termStart: TermStart,
): EventTime {
  const best = nearestDate(tokens, trigger, dates, cues, articleDate);
  // "hours after Ukraine attacked the airbase on Sunday": a date of the narrated clause's own wins.
  const shift = narratedShift(tokens, trigger);
  if (shift && !(best && best.span.start > shift.at))
    return shiftedTime(tokens, shift, dates, articleDate, cues);
  // "Ukraine attacked the airbase the previous day, Russia said on Tuesday": a day counted from the
  // sentence's other date (the article's when it has none; "the next day" needs one).
  const relative = relativeDay(tokens, trigger);
  if (relative !== 0 && (best ? best.precision === "day" : relative < 0)) {
    const date = addDays(best?.date ?? articleDate, relative);
    return { date, precision: "day", historical: isBefore(date, "day", articleDate, cues) };
  }
  if (best)
    return {
      date: best.date,
      precision: best.precision,
      historical:
        isBefore(best.date, best.precision, articleDate, cues) ||
        ((recalled(tokens, trigger) || recalledOccasion(tokens, trigger)) &&
          isBefore(best.date, best.precision, articleDate, RECALL_CUES)),
    };
  const term = termCue(tokens, mentions, cues, termStart);
  if (term) return { date: term, precision: "year", historical: term < articleDate };
  // "recalling his visit to Moscow", "citing the collapse of talks": looked back on, not reported.
  // "Pyongyang has long condemned the drills": a stance held for years is background, not news.
  const longHeld = tokens[trigger - 1]?.lower === "long" && tokens[trigger - 2]?.lemma === "have";
  if (longHeld || historicalModifier(tokens, trigger, mentions, cues) || recalledOccasion(tokens, trigger))
    return { date: `${articleDate.slice(0, 4)}-01-01`, precision: "year", historical: true };
  return { date: articleDate, precision: "day", historical: false };
}

// biome-ignore format: phrase list
const RELATIVE_DAYS: readonly (readonly [string, string, string, number])[] = [
  ["the", "previous", "day", -1], ["the", "preceding", "day", -1], ["the", "day", "before", -1],
  ["a", "day", "earlier", -1], ["one", "day", "earlier", -1], ["the", "next", "day", 1],
  ["the", "following", "day", 1], ["a", "day", "later", 1], ["one", "day", "later", 1],
];
const RELATIVE_SECOND_WORDS: ReadonlySet<string> = new Set(RELATIVE_DAYS.map((phrase) => phrase[1]));

/** -1 for "the previous day", +1 for "the next day" in the trigger's comma segment, else 0. */
function relativeDay(tokens: readonly Token[], trigger: number): number {
  let from = trigger;
  while (from > 0 && tokens[from - 1]!.lower !== ",") from--;
  for (let j = from; j + 2 < tokens.length; j++) {
    const w = tokens[j]!.lower;
    if (w === "," && j > trigger) return 0;
    if (w !== "the" && w !== "a" && w !== "one") continue;
    // Most articles open no such phrase: its second word rules out the rest.
    if (!RELATIVE_SECOND_WORDS.has(tokens[j + 1]!.lower)) continue;
    for (const [a, b, c, days] of RELATIVE_DAYS) {
      // "the day before the vote" counts from the vote (narratedShift); the phrase must close here.
      if (w === a && tokens[j + 1]!.lower === b && tokens[j + 2]!.lower === c && closes(tokens[j + 3]))
        return verbBetween(tokens, trigger, j) ? 0 : days;
    }
  }
  return 0;
}

const closes = (t: Token | undefined): boolean => !t || t.pos === "PUNCT" || t.pos === "CCONJ";

/** True when another verb stands between the trigger and the phrase at `at`, claiming it. */
function verbBetween(tokens: readonly Token[], trigger: number, at: number): boolean {
  const [from, to] = trigger < at ? [trigger + 1, at] : [at + 3, trigger];
  for (let j = from; j < to; j++)
    if (tokens[j]!.pos === "VERB" && !tokens[j]!.lower.endsWith("ing")) return true;
  return false;
}

// Words that open a clause of another event: "after the ELN attacked", "before talks resumed".
// biome-ignore format: word list
const SUBORDINATORS: ReadonlySet<string> = new Set(["after", "before", "when", "while", "because", "until", "although", "though", "once"]);
// More than any distance within one sentence's clause.
const APART = 1000;

/** The date expression that bears on the token at `at`, nearest first, or null. */
function nearestDate(
  tokens: readonly Token[],
  at: number,
  dates: readonly DateMention[],
  cues: AttributionCues,
  articleDate: string,
): DateMention | null {
  let best: DateMention | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const d of dates) {
    if (!datesTrigger(tokens, d, at, cues, articleDate)) continue;
    // "suspended talks in August after the ELN attacked a base in July": a date across a
    // subordinator is the other clause's, used only when the trigger's own clause has none.
    const [from, to] = d.span.start >= at ? [at, d.span.start] : [d.span.end, at];
    const apart = tokens.slice(from, to).some((t) => SUBORDINATORS.has(t.lower)) ? APART : 0;
    const distance = apart + (d.span.start >= at ? d.span.start - at : at - d.span.end + 1);
    if (distance < bestDistance) {
      best = d;
      bestDistance = distance;
    }
  }
  return best;
}

/** "one day after …": where the count opens (`at`) and how many days the narrated event lies from the main one. */
interface NarratedShift {
  readonly at: number;
  /** Signed: negative for "after" (the narrated event came first). */
  readonly amount: number;
  readonly unit: "day" | "month" | "year";
}

// biome-ignore format: word list
const COUNT_WORDS: ReadonlyMap<string, number> = new Map([
  ["a", 1], ["an", 1], ["one", 1], ["the", 1], ["two", 2], ["three", 3], ["four", 4], ["five", 5],
  ["six", 6], ["seven", 7], ["eight", 8], ["nine", 9], ["ten", 10],
]);
// biome-ignore format: word list
const UNITS: ReadonlyMap<string, readonly [NarratedShift["unit"], number]> = new Map([
  ["day", ["day", 1]], ["days", ["day", 1]], ["week", ["day", 7]], ["weeks", ["day", 7]], ["hour", ["day", 0]],
  ["hours", ["day", 0]], ["month", ["month", 1]], ["months", ["month", 1]], ["year", ["year", 1]],
  ["years", ["year", 1]], ["decade", ["year", 10]], ["decades", ["year", 10]],
]);
const SHIFT_REACH = 10;

/** "a day after talks collapsed", "two days before the vote": the trigger sits in a clause dated from the main one. */
function narratedShift(tokens: readonly Token[], trigger: number): NarratedShift | null {
  for (let k = trigger - 1; k >= 2 && trigger - k <= SHIFT_REACH; k--) {
    const w = tokens[k]!.lower;
    if (w === "," || w === ";") return null;
    if (w !== "after" && w !== "before") continue;
    const unit = UNITS.get(tokens[k - 1]!.lower);
    const word = tokens[k - 2]!.lower;
    const count = COUNT_WORDS.get(word) ?? (/^\d{1,2}$/.test(word) ? Number(word) : 0);
    if (unit === undefined || count === 0) return null;
    return { at: k - 2, amount: (w === "after" ? -1 : 1) * count * unit[1], unit: unit[0] };
  }
  return null;
}

/**
 * "Italy suspended flights on Wednesday, one day after a Serbian jet shot down a helicopter": the
 * narrated event lies that many days from the main clause's date (the article's when it has none);
 * a main clause dated coarser than a day lends its own date.
 */
function shiftedTime(
  tokens: readonly Token[],
  shift: NarratedShift,
  dates: readonly DateMention[],
  articleDate: string,
  cues: AttributionCues,
): EventTime {
  let main = shift.at - 1;
  if (main < 0) {
    // "A day after talks collapsed, Hamas fired rockets": the main clause follows the comma.
    main = shift.at;
    while (main < tokens.length && tokens[main]!.lower !== ",") main++;
    main++;
  }
  const base = main < tokens.length ? nearestDate(tokens, main, dates, cues, articleDate) : null;
  const from = base?.date ?? articleDate;
  const basePrecision = base?.precision ?? "day";
  // "ten years after the invasion": a count of months or years claims only a month or a year, and
  // a coarser main date lends its own.
  const precision = precisionRank(basePrecision) < precisionRank(shift.unit) ? basePrecision : shift.unit;
  const date =
    precision !== shift.unit
      ? from
      : shift.unit === "day"
        ? addDays(from, shift.amount)
        : firstDayAfter(from, shift.amount, shift.unit);
  return { date, precision, historical: isBefore(date, precision, articleDate, cues) };
}

// "last met in November", "first spoke in 2019": an occasion recalled as the latest or first of its
// kind is background once a month has passed, however recent its year.
const RECALL_WORDS: ReadonlySet<string> = new Set(["last", "first", "previously", "once"]);
const RECALL_CUES = { historicalAfterDays: 30 } as const;

/** True when "last", "first" or "previously" stands right before the trigger or its auxiliary ("had last met"). */
function recalled(tokens: readonly Token[], trigger: number): boolean {
  for (let j = trigger - 1; j >= 0 && trigger - j <= 2; j--) {
    const t = tokens[j]!;
    if (RECALL_WORDS.has(t.lower)) return tokens[trigger]!.pos === "VERB";
    if (t.pos !== "AUX") return false;
  }
  return false;
}

/**
 * "their past summit", "previous engagements aimed to …": a modifier of the event or of its
 * subject. "The former president criticised …" is current: the modifier belongs to an actor.
 */
function historicalModifier(
  tokens: readonly Token[],
  trigger: number,
  mentions: readonly ActorMention[],
  cues: AttributionCues,
): boolean {
  for (let j = trigger - 1; j >= 0 && trigger - j <= 3; j--) {
    if (!cues.historicalModifiers.includes(tokens[j]!.lower)) continue;
    // "Earlier, Russia hosted …", "earlier this week": a sentence adverb tells of the same news.
    if (!MODIFIED.has(tokens[j + 1]?.pos ?? "")) continue;
    for (const m of mentions) if (m.span.start <= j + 1 && m.span.end > j) return false;
    return true;
  }
  return false;
}

// What a historical modifier modifies: "their past summit", "previous US-led talks", "two earlier tests".
const MODIFIED: ReadonlySet<string> = new Set(["NOUN", "PROPN", "ADJ", "NUM", "VERB"]);

/** "During Trump's first term" → the first term's start. */
function termCue(
  tokens: readonly Token[],
  mentions: readonly ActorMention[],
  cues: AttributionCues,
  termStart: TermStart,
): string | null {
  for (let i = 0; i < tokens.length; i++) {
    if (!cues.termNouns.includes(tokens[i]!.lemma)) continue;
    const adjective = tokens[i - 1]?.lower ?? "";
    const which = ["first", "initial"].includes(adjective)
      ? "first"
      : ["previous", "former", "earlier", "prior", "last"].includes(adjective)
        ? "previous"
        : null;
    if (!which) continue;
    const owner = mentions.find((m) => m.personId && m.span.end <= i - 1 && i - 1 - m.span.end <= 2);
    if (owner?.personId) return termStart(owner.personId, which);
  }
  return null;
}
