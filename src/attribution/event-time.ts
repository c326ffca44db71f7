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
    if (!datesTrigger(tokens, d, trigger, cues)) continue;
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
  for (let j = trigger - 1; j >= 0 && trigger - j <= 3; j--) {
    if (cues.historicalModifiers.includes(tokens[j]!.lower)) {
      return { date: `${articleDate.slice(0, 4)}-01-01`, precision: "year", historical: true };
    }
  }
  return { date: articleDate, precision: "day", historical: false };
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
): boolean {
  // "offered to hand over two suspects … blowing up a plane in 1988": a date belongs to the nearest
  // verb; another verb between the date and the trigger claims it. A sentence-opening date
  // ("On Tuesday, …") and a closing attribution ("…, officials said Wednesday") date the whole sentence.
  // "the first direct talks since 2022", "the heaviest shelling since March": a date after "since"
  // opens the period up to now; it dates an earlier event, not this one.
  if (sincePhrase(tokens, date)) return false;
  if (date.span.start <= 2) return true;
  // "Israel, which occupied the Golan Heights in 1967, rejected the offer": a date inside a clause
  // set off by commas belongs to that clause's own verb.
  if (inOtherCommaClause(tokens, date, trigger)) return false;
  const from = Math.min(trigger, date.span.end);
  const to = Math.max(trigger, date.span.start);
  // Participles ("refugees fleeing the war") attach to nouns and claim no date.
  let verbsBetween = 0;
  let firstVerb: Token | null = null;
  for (let j = from + 1; j < Math.min(to, tokens.length); j++) {
    const t = tokens[j]!;
    if (t.pos === "VERB" && !t.lower.endsWith("ing")) {
      verbsBetween++;
      firstVerb ??= t;
    }
  }
  if (verbsBetween === 0) return true;
  const tail = Math.max(0, tokens.length - date.span.end);
  const closing = verbsBetween === 1 && cues.reportingVerbs.includes(firstVerb!.lemma) && tail <= 3;
  return date.span.start > trigger && closing;
}

/** "since 2022", "since the start of the war in 2022": the date closes a phrase "since" opens. */
function sincePhrase(tokens: readonly Token[], date: DateMention): boolean {
  if (tokens[date.span.start]?.lower === "since") return true;
  for (let j = date.span.start - 1; j >= 0 && date.span.start - j <= 7; j--) {
    const t = tokens[j]!;
    if (t.lower === "since") return true;
    if (t.pos === "VERB" || t.pos === "AUX" || t.lower === "," || t.lower === ";") return false;
  }
  return false;
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
  if (precision === "year") end.setUTCFullYear(end.getUTCFullYear() + 1);
  if (precision === "month") end.setUTCMonth(end.getUTCMonth() + 1);
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
