/**
 * Negation, modality and time of one event mention: "did not reject" is negated, "will send" is
 * intended, "could meet" is hypothetical, "their 2018 summit" is historical with its own date.
 *
 * @example
 * assessModality(tokens, 4, "verb", cues); // { negated: false, modality: "intended" }
 */
import type { CameoCode } from "../core/dictionary-schema.js";
import type { ActorMention, DateMention, DatePrecision, Modality, Token } from "../core/types.js";
import type { AttributionCues } from "./attribution-cues.js";
import { verbGroupNegated } from "./reporting-frames.js";

const NEGATORS = new Set(["not", "n't", "never"]);
// "refused to meet", "failed to agree": the governed event did not happen.
const NEGATING_GOVERNORS = new Set([
  "refuse",
  "decline",
  "fail",
  "reject",
  "avoid",
  "cancel",
  "abandon",
  "oppose",
]);

/** Negation and modality of a trigger. @example { negated: true, modality: "actual" } */
export interface ModalityAssessment {
  readonly negated: boolean;
  readonly modality: Modality;
  /** True when a verb of intent governs the trigger ("pledged to", "is ready to"), not just "will". */
  readonly declared: boolean;
  /** True for a refusal: "refused to meet", "failed to agree", "will not accept". */
  readonly refusal: boolean;
  /** Where a condition ("if", "unless") stands: around the trigger, or elsewhere in the sentence. */
  readonly condition: "inside" | "outside" | null;
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
  code?: CameoCode,
): ModalityAssessment {
  let negated = verbGroupNegated(tokens, trigger);
  const before = tokens[trigger - 1]?.lower;
  if (head !== "verb" && (before === "no" || tokens[trigger - 2]?.lower === "no")) negated = true;
  let modality: Modality = "actual";
  let declared = false;
  let refusedBy = false;
  const modal = (i: number): Modality | null => {
    const w = tokens[i]?.lower ?? "";
    if (cues.hypotheticalModals.includes(w)) return "hypothetical";
    if (cues.intendedModals.includes(w)) return "intended";
    return null;
  };
  // Walk back through the verb chain and the verbs that govern it: "would not have", "did not
  // agree to meet", "decided not to meet", "refused to meet", "plans to hold".
  for (let j = trigger - 1, hops = 0; j >= 0 && hops < 10; j--, hops++) {
    const t = tokens[j]!;
    const m = modal(j);
    if (m) {
      modality = strongest(modality, m);
      continue;
    }
    if (NEGATORS.has(t.lower)) {
      negated = true;
      continue;
    }
    if (t.lower === "to") {
      // "Obama wants Putin to attack": an act someone else wants done is hypothetical.
      let k = j - 1;
      while (k >= 0 && j - k <= 4 && ["PROPN", "NOUN", "DET", "PRON"].includes(tokens[k]!.pos)) k--;
      const wanter = tokens[k];
      if (
        k < j - 1 &&
        wanter?.pos === "VERB" &&
        (cues.intentVerbs.includes(wanter.lemma) || cues.hopeVerbs.includes(wanter.lemma))
      ) {
        modality = "hypothetical";
        break;
      }
      if (requestedOfOthers(tokens, j, cues)) {
        modality = "hypothetical";
        break;
      }
      continue;
    }
    // "a trip aimed at pushing for a ceasefire": the purpose of an act has not happened yet.
    if (t.lower === "at" && tokens[j - 1]?.lemma === "aim" && tokens[trigger]!.lower.endsWith("ing")) {
      modality = strongest(modality, "hypothetical");
      break;
    }
    // "warned the West against sending troops": what someone is warned against has not happened.
    if (t.lower === "against" && j === trigger - 1 && warnedBefore(tokens, j, cues)) {
      modality = strongest(modality, "hypothetical");
      break;
    }
    // "a United Nations appeal for deploying army troops": what is asked for has not happened.
    if (t.lower === "for" && cues.requestWords.includes(tokens[j - 1]?.lemma ?? "") && j === trigger - 1) {
      modality = strongest(modality, "hypothetical");
      break;
    }
    if (t.pos === "AUX" || t.pos === "PART" || t.pos === "ADV") continue;
    // "agreed on Saturday to halt": a time phrase between the verb and "to" changes nothing.
    if (timePhraseAt(tokens, j)) continue;
    const after = skipTimePhrase(tokens, j + 1);
    const governs =
      tokens[after]?.lower === "to" ||
      (NEGATORS.has(tokens[after]?.lower ?? "") && tokens[after + 1]?.lower === "to");
    if ((t.pos === "VERB" || t.pos === "NOUN" || t.pos === "ADJ") && governs) {
      if (NEGATING_GOVERNORS.has(t.lemma)) {
        negated = true;
        refusedBy = true;
      } else if (cues.hopeVerbs.includes(t.lemma)) modality = strongest(modality, "hypothetical");
      else if (cues.intentVerbs.includes(t.lemma) || cues.intentVerbs.includes(t.lower)) {
        modality = strongest(modality, "intended");
        declared = true;
      } else break;
      continue;
    }
    if (head !== "verb" && (t.pos === "ADJ" || t.pos === "DET" || t.pos === "NUM")) {
      if (cues.hypotheticalModifiers.includes(t.lower)) modality = strongest(modality, "hypothetical");
      continue;
    }
    break;
  }
  // A condition in the sentence ("… if Pyongyang rejects the letter"): the trigger is either inside
  // the condition or governed by it; the caller decides, since threats, demands and offers carry
  // their conditions ("threatened to … unless …", "would meet … if …").
  let condition: "inside" | "outside" | null = null;
  for (let j = 0; j < tokens.length; j++) {
    const w = tokens[j]!.lower;
    if (w === ";") {
      if (j > trigger) break;
      continue;
    }
    // "would not negotiate until Washington withdrew its policy": after a refusal or a promise,
    // "until" opens a condition too.
    const until = w === "until" && promisedOrRefused(tokens, j);
    if (w !== "if" && w !== "unless" && !until) continue;
    const inside = j < trigger && !tokens.slice(j, trigger).some((t) => t.lower === ",");
    condition = inside ? "inside" : (condition ?? "outside");
  }
  void code;
  return {
    negated,
    modality,
    declared,
    condition,
    refusal: refusedBy || (negated && modality === "intended"),
  };
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
  // "offered to hand over two suspects … blowing up a plane in 1988": a date belongs to the nearest
  // verb; another verb between the date and the trigger claims it. A sentence-opening date
  // ("On Tuesday, …") and a closing attribution ("…, officials said Wednesday") date the whole sentence.
  if (date.span.start <= 2) return true;
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

/**
 * "faces pressure from Congress to help Iran", "was urged by Seoul to resume", "called on Kim to
 * return": the act after "to" is wanted of someone, not done.
 */
function requestedOfOthers(tokens: readonly Token[], to: number, cues: AttributionCues): boolean {
  for (let k = to - 1; k >= 0 && to - k <= 7; k--) {
    const t = tokens[k]!;
    if (cues.requestWords.includes(t.lemma)) return k < to - 1;
    if (!["PROPN", "NOUN", "DET", "PRON", "ADJ", "ADP", "AUX", "PART"].includes(t.pos)) return false;
  }
  return false;
}

const TIME_WORDS = new Set([
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "today",
  "yesterday",
  "tonight",
  "overnight",
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
]);

/** True for a word of a time phrase: "Saturday", or "on" before one ("on Saturday"). */
function timePhraseAt(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i]?.lower ?? "";
  if (isTimeWord(tokens[i])) return true;
  return (w === "on" || w === "in") && isTimeWord(tokens[i + 1]);
}

/** "Saturday", "May", "today"; month and day names only when capitalised ("a march" is no month). */
function isTimeWord(token: Token | undefined): boolean {
  if (!token || !TIME_WORDS.has(token.lower)) return false;
  return ["today", "yesterday", "tonight", "overnight"].includes(token.lower) || /^\p{Lu}/u.test(token.text);
}

/** The first index at or after `i` that is not part of a time phrase. */
function skipTimePhrase(tokens: readonly Token[], i: number): number {
  let j = i;
  while (j < tokens.length && j - i < 3 && timePhraseAt(tokens, j)) j++;
  return j;
}

/** "warned the West against", "cautioned Israel against": a warning verb a few words back. */
function warnedBefore(tokens: readonly Token[], at: number, cues: AttributionCues): boolean {
  for (let k = at - 1; k >= 0 && at - k <= 5; k--) {
    const lemma = tokens[k]!.lemma;
    if (WARNING_VERBS.has(lemma) || cues.requestWords.includes(lemma)) return true;
  }
  return false;
}

const WARNING_VERBS = new Set(["warn", "caution", "advise", "counsel"]);

/** True when the clause before `at` holds a negation or a future modal ("would not", "no intention"). */
function promisedOrRefused(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && at - k <= 14; k--) {
    const w = tokens[k]!.lower;
    if (w === ";" || w === ".") return false;
    if (NEGATORS.has(w) || w === "no" || w === "will" || w === "would" || w === "'ll") return true;
  }
  return false;
}
