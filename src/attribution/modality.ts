/**
 * Negation, modality and time of one event mention: "did not reject" is negated, "will send" is
 * intended, "could meet" is hypothetical, "their 2018 summit" is historical with its own date.
 *
 * @example
 * assessModality(tokens, 4, "verb", cues); // { negated: false, modality: "intended" }
 */
import type { ActorMention, DateMention, DatePrecision, Modality, Token } from "../core/types.js";
import type { AttributionCues } from "./attribution-cues.js";
import { verbGroupNegated } from "./reporting-frames.js";

/** Negation and modality of a trigger. @example { negated: true, modality: "actual" } */
export interface ModalityAssessment {
  readonly negated: boolean;
  readonly modality: Modality;
}

/**
 * Reads the verb group and the words governing the trigger.
 * @example assessModality(sentence.tokens, trigger, "verb", defaultAttributionCues)
 */
export function assessModality(
  tokens: readonly Token[],
  trigger: number,
  head: "verb" | "noun" | "adj" | "any",
  cues: AttributionCues,
): ModalityAssessment {
  let negated = verbGroupNegated(tokens, trigger);
  const before = tokens[trigger - 1]?.lower;
  if (head !== "verb" && (before === "no" || tokens[trigger - 2]?.lower === "no")) negated = true;
  let modality: Modality = "actual";
  const modal = (i: number): Modality | null => {
    const w = tokens[i]?.lower ?? "";
    if (cues.hypotheticalModals.includes(w)) return "hypothetical";
    if (cues.intendedModals.includes(w)) return "intended";
    return null;
  };
  // Walk back through the verb chain: "would not have", "is expected to", "plans to hold".
  for (let j = trigger - 1, hops = 0; j >= 0 && hops < 8; j--, hops++) {
    const t = tokens[j]!;
    const m = modal(j);
    if (m) {
      modality = strongest(modality, m);
      continue;
    }
    if (t.lower === "to") continue;
    if (t.pos === "AUX" || t.pos === "PART" || t.pos === "ADV") {
      if (t.lower === "not" || t.lower === "n't" || t.lower === "never") {
        if (j < trigger - 1 && tokens[j + 1]?.lower !== "to") negated = true;
      }
      continue;
    }
    if (t.pos === "VERB" || t.pos === "NOUN" || t.pos === "ADJ") {
      if (cues.hopeVerbs.includes(t.lemma) && tokens[j + 1]?.lower === "to")
        modality = strongest(modality, "hypothetical");
      else if (
        (cues.intentVerbs.includes(t.lemma) || t.lemma === "ready" || t.lemma === "willing") &&
        tokens[j + 1]?.lower === "to"
      )
        modality = strongest(modality, "intended");
      else if (head !== "verb" && cues.hypotheticalModifiers.includes(t.lower))
        modality = strongest(modality, "hypothetical");
      if (head === "verb" || t.pos === "VERB") break;
      continue;
    }
    if (t.pos === "DET" && head !== "verb") continue;
    break;
  }
  for (let j = trigger - 1; j >= 0; j--) {
    const w = tokens[j]!.lower;
    if (w === "," && j < trigger - 8) break;
    if (w === "if" || w === "unless") modality = "hypothetical";
  }
  return { negated, modality };
}

function strongest(a: Modality, b: Modality): Modality {
  const rank: Record<Modality, number> = { actual: 0, intended: 1, hypothetical: 2 };
  return rank[b] > rank[a] ? b : a;
}

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
  for (const d of dates.filter((date) => datesTrigger(tokens, date, trigger, cues))) {
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
  const segment = (i: number) => {
    let n = 0;
    for (let j = 0; j < i; j++) if (tokens[j]!.lower === "," || tokens[j]!.lower === ";") n++;
    return n;
  };
  const own = segment(trigger);
  const at = segment(date.span.start);
  if (own === at) return true;
  if (at === 0 && date.span.start <= 2) return true;
  const last = segment(tokens.length);
  const tail = tokens.filter((_, j) => segment(j) === last);
  return (
    at === last && at > own && tail.length <= 8 && tail.some((t) => cues.reportingVerbs.includes(t.lemma))
  );
}

function isBefore(
  date: string,
  precision: DatePrecision,
  articleDate: string,
  cues: AttributionCues,
): boolean {
  if (precision === "year") return date.slice(0, 4) < articleDate.slice(0, 4);
  const end = new Date(`${date}T00:00:00Z`);
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
