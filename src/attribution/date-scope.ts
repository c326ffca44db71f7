/**
 * Which words a date bears on: the clause, phrase or noun it belongs to. "Israel, which captured the
 * Golan Heights in 1967, rejected the offer" dates the capture, not the rejection; "the 2018
 * Singapore summit" dates the summit alone; "since 2019" dates nothing outside its phrase.
 *
 * @example
 * datesTrigger(tokens, date, trigger, cues, "2025-06-12"); // "Trump met Kim in 2018", "met" → true
 */
import { addDays, firstDayAfter } from "../core/iso-date.js";
import type { DateMention, DatePrecision, Token } from "../core/types.js";
import { commaJoined } from "../nlp/joined-clause.js";
import type { AttributionCues } from "./attribution-cues.js";
import { inSpeechParticipleClause } from "./speech-participle.js";

/**
 * A date bears on a trigger in its own comma-delimited segment, when it opens the sentence
 * ("On Tuesday, …"), or when it sits in a short closing attribution ("…, officials said Wednesday").
 * @example datesTrigger(tokens, date, trigger, cues, "2025-06-12") // "Trump met Kim in 2018", "met" → true
 */
export function datesTrigger(
  tokens: readonly Token[],
  date: DateMention,
  trigger: number,
  cues: AttributionCues,
  articleDate: string,
): boolean {
  // "the first such visit since 2011", "Since talks collapsed in 2019, Pyongyang has tested …": a
  // date after "since" opens a span that reaches the report; it dates only its own phrase.
  const since = sincePhrase(tokens, date);
  if (since && (trigger < since[0] || trigger >= since[1])) return false;
  // "abandon its policy before any repeat of the 2018 Singapore summit": a date written before a
  // noun dates that noun phrase alone, unless the phrase opens the sentence ("At their 2018 summit, …").
  const phraseEnd = attributiveEnd(tokens, date);
  if (phraseEnd > 0 && !openingPhrase(tokens, date))
    return (trigger >= date.span.start && trigger < phraseEnd) || performsPhrase(tokens, trigger, date);
  // "signed a pact in 2016, which Seoul threatened to scrap": the relative clause is apart.
  if (inRelativeAfter(tokens, date, trigger)) return false;
  // "offered to hand over two suspects … blowing up a plane in 1988": a date belongs to the nearest
  // verb; another verb between the date and the trigger claims it. A sentence-opening date
  // ("On Tuesday, …") and a closing attribution ("…, officials said Wednesday") date the whole sentence.
  if (date.span.start <= 2) return true;
  // "a law passed last week after Israeli strikes on Iran in June": a date before the "after" that
  // opens the noun's phrase dates what came after the noun's event, not the event.
  if (date.span.end <= trigger && sequencedNoun(tokens, date.span.end, trigger)) return false;
  if (relativeOfTrigger(tokens, date, trigger)) return true;
  // "Israel, which occupied the Golan Heights in 1967, rejected the offer": a date inside a clause
  // set off by commas belongs to that clause's own verb.
  if (inOtherCommaClause(tokens, date, trigger)) return false;
  // "Israel struck Gaza, and on Tuesday Hamas fired rockets": a date opening the next joined clause is its own.
  if (date.span.start > trigger && opensJoinedClause(tokens, date.span.start)) return false;
  // "rejected the offer, citing the collapse of talks in 2019": a date in a clause of speech or
  // reference is that clause's.
  if (inSpeechParticipleClause(tokens, trigger, date.span.start, cues)) return false;
  const from = Math.min(trigger, date.span.end);
  const to = Math.max(trigger, date.span.start);
  // Participles ("refugees fleeing the war") attach to nouns and claim no date.
  // "withdrew from the deal in 2018 and reimposed sanctions": the verb governing an event noun is its own.
  const governor = date.span.start < trigger ? governingVerb(tokens, trigger) : -1;
  let verbsBetween = 0;
  let firstVerb = -1;
  for (let j = from + 1; j < Math.min(to, tokens.length); j++) {
    const t = tokens[j]!;
    // "test-fired a missile on Wednesday": a verb hyphened to the trigger is the trigger's own.
    const compound = j === trigger + 2 && tokens[j - 1]!.lower === "-";
    // "began publicising Chinese drills": the verb whose gerund governs the noun is of its group.
    const aspect = governor >= 0 && j + 1 === governor;
    if (t.pos === "VERB" && !t.lower.endsWith("ing") && j !== governor && !compound && !aspect) {
      verbsBetween++;
      if (firstVerb < 0) firstVerb = j;
    }
  }
  if (verbsBetween === 0) return true;
  // "the Hanoi summit collapsed in February 2019": the event noun is the subject of the date's verb.
  if (verbsBetween === 1 && date.span.start > trigger && predicateOf(tokens, trigger, firstVerb)) return true;
  // "Japan refused to compensate the victims in the 1990s": a past well before the report dates the
  // verb whose infinitive it follows too (a future date stays the infinitive's: "agreed to meet next month").
  if (
    verbsBetween === 1 &&
    firstVerb === trigger + 2 &&
    tokens[trigger + 1]!.lower === "to" &&
    isBefore(date.date, date.precision, articleDate, cues)
  )
    return true;
  const tail = Math.max(0, tokens.length - date.span.end);
  const closing = verbsBetween === 1 && cues.reportingVerbs.includes(tokens[firstVerb]!.lemma) && tail <= 3;
  return date.span.start > trigger && closing;
}

/** True when ", and" (or ", but") stands right before the date, its preposition aside. */
function opensJoinedClause(tokens: readonly Token[], start: number): boolean {
  const at = tokens[start - 1]?.pos === "ADP" ? start - 1 : start;
  return commaJoined(tokens, at - 1);
}

const NOUN_MODIFIER_TAGS: ReadonlySet<string> = new Set(["DET", "ADJ", "NUM", "PRON"]);
const SEQUENCERS: ReadonlySet<string> = new Set(["after", "before", "following"]);
const PHRASE_TAGS: ReadonlySet<string> = new Set(["DET", "ADJ", "NUM", "PROPN", "NOUN", "CCONJ", "PART"]);

/** True when "after", "before" or "following" between `from` and the noun at `trigger` opens the noun's own phrase. */
function sequencedNoun(tokens: readonly Token[], from: number, trigger: number): boolean {
  if (tokens[trigger]?.pos !== "NOUN") return false;
  for (let j = trigger - 1; j >= from; j--) {
    const t = tokens[j]!;
    if (SEQUENCERS.has(t.lower)) return true;
    if (!PHRASE_TAGS.has(t.pos) && t.lower !== "-") return false;
  }
  return false;
}

/** The verb whose object the event noun at `trigger` is ("reimposed sanctions", "held new talks"), or -1. */
function governingVerb(tokens: readonly Token[], trigger: number): number {
  if (tokens[trigger]!.pos !== "NOUN") return -1;
  for (let j = trigger - 1; j >= 0 && trigger - j <= 3; j--) {
    const pos = tokens[j]!.pos;
    if (pos === "VERB") return j;
    // "publicising Chinese drills": a demonym or name modifies the noun too.
    if (!NOUN_MODIFIER_TAGS.has(pos) && pos !== "PROPN") return -1;
  }
  return -1;
}

const RELATIVE_WORDS: ReadonlySet<string> = new Set(["which", "who", "whom", "whose"]);

/** "signed a pact in 2016, which Seoul threatened to scrap": the trigger's relative clause opens after the date. */
function inRelativeAfter(tokens: readonly Token[], date: DateMention, trigger: number): boolean {
  for (let k = trigger - 1; k >= date.span.end; k--) {
    if (tokens[k]!.lower !== ",") continue;
    return RELATIVE_WORDS.has(tokens[k + 1]?.lower ?? "");
  }
  return false;
}

const SINCE_REACH = 10;

/** The tokens of the "since" phrase holding the date, from "since" to the next comma, or null. */
function sincePhrase(tokens: readonly Token[], date: DateMention): readonly [number, number] | null {
  for (let j = date.span.start - 1; j >= 0 && date.span.start - j <= SINCE_REACH; j--) {
    const w = tokens[j]!.lower;
    if (w === "," || w === ";") return null;
    if (w !== "since") continue;
    let end = date.span.end;
    while (end < tokens.length && tokens[end]!.lower !== "," && tokens[end]!.lower !== ";") end++;
    // "have escalated since 2023, when Manila began …": the "when" clause is at the date itself.
    if (end === date.span.end && tokens[end]?.lower === "," && tokens[end + 1]?.lower === "when") {
      end += 2;
      while (end < tokens.length && tokens[end]!.lower !== "," && tokens[end]!.lower !== ";") end++;
    }
    return [j, end];
  }
  return null;
}

// Words before a date that make it a noun's modifier: "the 2018 summit", "their June 2019 talks",
// "violated a 2021 ceasefire agreement".
const ATTRIBUTIVE_OPENERS: ReadonlySet<string> = new Set([
  "the",
  "a",
  "an",
  "its",
  "their",
  "his",
  "her",
  "our",
  "this",
  "that",
  "'s",
  "’s",
]);
const NOUN_PHRASE_TAGS: ReadonlySet<string> = new Set(["NOUN", "PROPN", "ADJ", "NUM"]);
// Verbs that bring about the event their object names: "held their 2018 summit" was held in 2018,
// where "violated a 2021 ceasefire" or "revived the 2015 deal" is done now.
// biome-ignore format: word list
const PERFORMING: ReadonlySet<string> = new Set(["hold", "attend", "host", "sign", "ink", "conclude", "convene", "stage"]);

/** True when the trigger is a verb of performing whose object is the dated phrase: "held their 2018 summit". */
function performsPhrase(tokens: readonly Token[], trigger: number, date: DateMention): boolean {
  const t = tokens[trigger]!;
  return t.pos === "VERB" && PERFORMING.has(t.lemma) && trigger === date.span.start - 2;
}

/** The end of the noun phrase a date modifies ("the 2018 Singapore summit"), or -1. */
function attributiveEnd(tokens: readonly Token[], date: DateMention): number {
  const opener = tokens[date.span.start - 1];
  if (!opener || !ATTRIBUTIVE_OPENERS.has(opener.lower)) return -1;
  let end = date.span.end;
  while (end < tokens.length && (NOUN_PHRASE_TAGS.has(tokens[end]!.pos) || tokens[end]!.lower === "-")) end++;
  return end > date.span.end && tokens[end - 1]!.pos !== "ADJ" ? end : -1;
}

// Prepositions of a sentence-opening phrase that set the time of the whole sentence.
const SETTING_PREPOSITIONS: ReadonlySet<string> = new Set(["at", "in", "during", "on"]);

/**
 * True when the date sits in a verbless phrase opening the sentence with "at", "in", "during" or
 * "on". "On the anniversary of their 2018 summit, …" is set today: an anniversary dates nothing of
 * what is done on it.
 */
function openingPhrase(tokens: readonly Token[], date: DateMention): boolean {
  if (!SETTING_PREPOSITIONS.has(tokens[0]?.lower ?? "")) return false;
  for (let j = 1; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.lower === ",") return j >= date.span.end;
    if (t.pos === "VERB" || ANNIVERSARIES.has(t.lemma)) return false;
  }
  return false;
}

const ANNIVERSARIES: ReadonlySet<string> = new Set(["anniversary", "anniversaries", "eve", "centenary"]);

/**
 * True when the verb at `verb` is the predicate of the event noun at `trigger` ("the summit
 * collapsed"), past the noun's own phrase ("the withdrawal of US troops from Afghanistan was completed").
 */
function predicateOf(tokens: readonly Token[], trigger: number, verb: number): boolean {
  if (tokens[trigger]!.pos !== "NOUN" || verb <= trigger) return false;
  let j = verb - 1;
  while (j > trigger && PREDICATE_OPENERS.has(tokens[j]!.pos)) j--;
  if (j === trigger) return true;
  // Past a phrase of its own only when the noun opens the sentence: its subject, not an object
  // a participle describes ("issued arrest warrants for two men sought in …").
  for (let k = 0; k < trigger; k++) if (!NOUN_MODIFIER_TAGS.has(tokens[k]!.pos)) return false;
  for (; j > trigger; j--) {
    const t = tokens[j]!;
    if (!SUBJECT_PHRASE_TAGS.has(t.pos) && t.lower !== "-") return false;
  }
  return true;
}

const PREDICATE_OPENERS: ReadonlySet<string> = new Set(["AUX", "ADV", "PART"]);
const SUBJECT_PHRASE_TAGS: ReadonlySet<string> = new Set(["ADP", "DET", "ADJ", "NUM", "NOUN", "PROPN"]);

const ANTECEDENT_REACH = 5;

/** "the summit with Trump, which took place in 2018": the date of a relative clause dates the event noun before it. */
function relativeOfTrigger(tokens: readonly Token[], date: DateMention, trigger: number): boolean {
  let start = date.span.start;
  while (start > 0 && tokens[start - 1]!.lower !== ",") start--;
  const comma = start - 1;
  if (comma <= trigger || comma - trigger > ANTECEDENT_REACH || tokens[start]?.lower !== "which")
    return false;
  if (tokens[trigger]!.pos !== "NOUN") return false;
  for (let j = trigger + 1; j < comma; j++) if (tokens[j]!.pos === "VERB") return false;
  return true;
}

/** True when the date sits between commas, with a verb of its own, apart from the trigger. */
function inOtherCommaClause(tokens: readonly Token[], date: DateMention, trigger: number): boolean {
  let start = date.span.start;
  while (start > 0 && tokens[start - 1]!.lower !== ",") start--;
  let end = date.span.end;
  while (end < tokens.length && tokens[end]!.lower !== ",") end++;
  if (start === 0 || end >= tokens.length || (trigger >= start && trigger < end)) return false;
  // "Serbia eased measures in Montenegro, the scene of ethnic violence last March, as …": an
  // apposition dates its own noun.
  if (tokens[start]!.pos === "DET" && date.span.start > start) return true;
  for (let j = start; j < end; j++) {
    const t = tokens[j]!;
    if (t.pos === "VERB" && !t.lower.endsWith("ing") && (j < date.span.start || j >= date.span.end))
      return true;
  }
  return false;
}

/**
 * True when the date's period ended well before the report: "in 2018" in 2025 is history, "last year" is not.
 * @example isBefore("2018-01-01", "year", "2025-06-12", cues) // true
 */
export function isBefore(
  date: string,
  precision: DatePrecision,
  articleDate: string,
  cues: Pick<AttributionCues, "historicalAfterDays">,
): boolean {
  // The period must have ended well before the report: "in 2018" in 2025 is history, "last year" is
  // not. ISO dates compare as strings, which spares two Date objects a call.
  return periodEnd(date, precision) < addDays(articleDate, -cues.historicalAfterDays);
}

/** The first day after a period of `precision` that starts on `date` (a day's own date for a day). */
function periodEnd(date: string, precision: DatePrecision): string {
  if (precision === "decade") return firstDayAfter(date, 10, "year");
  if (precision === "year" || precision === "month") return firstDayAfter(date, 1, precision);
  return precision === "week" ? addDays(date, 7) : date;
}
