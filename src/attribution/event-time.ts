/**
 * When an event happened: the nearest date expression that bears on its trigger, a cue such as
 * "during Trump's first term" or "their past summit", or else the article's date.
 *
 * @example
 * eventTime(tokens, 1, dates, [], "2025-06-12", cues, termStart); // "Trump met Kim in 2018" → { date: "2018-01-01", precision: "year", historical: true }
 */
import type { ActorMention, DateMention, DatePrecision, Token } from "../core/types.js";
import type { AttributionCues } from "./attribution-cues.js";

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
  let best: DateMention | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const d of dates) {
    if (!datesTrigger(tokens, d, trigger, cues, articleDate)) continue;
    const distance = d.span.start >= trigger ? d.span.start - trigger : trigger - d.span.end + 1;
    if (distance < bestDistance) {
      best = d;
      bestDistance = distance;
    }
  }
  if (best)
    return {
      date: best.date,
      precision: best.precision,
      historical: isBefore(best.date, best.precision, articleDate, cues),
    };
  const term = termCue(tokens, mentions, cues, termStart);
  if (term) return { date: term, precision: "year", historical: term < articleDate };
  if (historicalModifier(tokens, trigger, mentions, cues))
    return { date: `${articleDate.slice(0, 4)}-01-01`, precision: "year", historical: true };
  return { date: articleDate, precision: "day", historical: false };
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
    for (const m of mentions) if (m.span.start <= j + 1 && m.span.end > j) return false;
    return true;
  }
  return false;
}

/**
 * A date bears on a trigger in its own comma-delimited segment, when it opens the sentence
 * ("On Tuesday, …"), or when it sits in a short closing attribution ("…, officials said Wednesday").
 */
function datesTrigger(
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
  if (phraseEnd > 0 && !openingPhrase(tokens, date)) return trigger >= date.span.start && trigger < phraseEnd;
  // "offered to hand over two suspects … blowing up a plane in 1988": a date belongs to the nearest
  // verb; another verb between the date and the trigger claims it. A sentence-opening date
  // ("On Tuesday, …") and a closing attribution ("…, officials said Wednesday") date the whole sentence.
  if (date.span.start <= 2) return true;
  // "Israel, which occupied the Golan Heights in 1967, rejected the offer": a date inside a clause
  // set off by commas belongs to that clause's own verb.
  if (relativeOfTrigger(tokens, date, trigger)) return true;
  if (inOtherCommaClause(tokens, date, trigger)) return false;
  const from = Math.min(trigger, date.span.end);
  const to = Math.max(trigger, date.span.start);
  // Participles ("refugees fleeing the war") attach to nouns and claim no date.
  let verbsBetween = 0;
  let firstVerb = -1;
  for (let j = from + 1; j < Math.min(to, tokens.length); j++) {
    const t = tokens[j]!;
    if (t.pos === "VERB" && !t.lower.endsWith("ing")) {
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

const SINCE_REACH = 10;

/** The tokens of the "since" phrase holding the date, from "since" to the next comma, or null. */
function sincePhrase(tokens: readonly Token[], date: DateMention): readonly [number, number] | null {
  for (let j = date.span.start - 1; j >= 0 && date.span.start - j <= SINCE_REACH; j--) {
    const w = tokens[j]!.lower;
    if (w === "," || w === ";") return null;
    if (w !== "since") continue;
    let end = date.span.end;
    while (end < tokens.length && tokens[end]!.lower !== "," && tokens[end]!.lower !== ";") end++;
    return [j, end];
  }
  return null;
}

// Words before a date that make it a noun's modifier: "the 2018 summit", "their June 2019 talks".
const ATTRIBUTIVE_OPENERS: ReadonlySet<string> = new Set([
  "the",
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

/** True when the date sits in a verbless phrase opening the sentence with "at", "in", "during" or "on". */
function openingPhrase(tokens: readonly Token[], date: DateMention): boolean {
  if (!SETTING_PREPOSITIONS.has(tokens[0]?.lower ?? "")) return false;
  for (let j = 1; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.lower === ",") return j >= date.span.end;
    if (t.pos === "VERB") return false;
  }
  return false;
}

/** True when the verb at `verb` is the predicate of the event noun at `trigger` ("the summit collapsed"). */
function predicateOf(tokens: readonly Token[], trigger: number, verb: number): boolean {
  if (tokens[trigger]!.pos !== "NOUN" || verb <= trigger) return false;
  for (let j = trigger + 1; j < verb; j++) {
    const pos = tokens[j]!.pos;
    if (pos !== "AUX" && pos !== "ADV" && pos !== "PART") return false;
  }
  return true;
}

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
  for (let j = start; j < end; j++) {
    const t = tokens[j]!;
    if (t.pos === "VERB" && !t.lower.endsWith("ing") && (j < date.span.start || j >= date.span.end))
      return true;
  }
  return false;
}

function isBefore(
  date: string,
  precision: DatePrecision,
  articleDate: string,
  cues: AttributionCues,
): boolean {
  // The period must have ended well before the report: "in 2018" in 2025 is history, "last year" is not.
  const end = new Date(`${date}T00:00:00Z`);
  if (precision === "decade") end.setUTCFullYear(end.getUTCFullYear() + 10);
  if (precision === "year") end.setUTCFullYear(end.getUTCFullYear() + 1);
  if (precision === "month") end.setUTCMonth(end.getUTCMonth() + 1);
  if (precision === "week") end.setUTCDate(end.getUTCDate() + 7);
  const limit = new Date(`${articleDate}T00:00:00Z`);
  limit.setUTCDate(limit.getUTCDate() - cues.historicalAfterDays);
  return end < limit;
}

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
