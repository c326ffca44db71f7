/**
 * Frames that no reporting verb opens: a source named after "according to" ("according to
 * Yonhap, …"), and a report judged false by its predicate ("reports that Riyadh had agreed to
 * normalise ties were false, a Saudi official said"), which denies what the report told.
 *
 * @example
 * falsifiedReportFrames(tokens, frames)[0]?.kind; // "Reports that Iran had agreed … were baseless" → "deny"
 */
import type { ActorMention, Token } from "../core/types.js";
import { QUOTE_MARKS } from "../nlp/quote-marks.js";
import { documentAuthor } from "./frame-speakers.js";
import { closingComma, previousComma } from "./frame-content.js";
import type { ReportingFrame } from "./reporting-frames.js";
import { REPORT_NOUNS } from "./status-objects.js";

const UNVERIFIED: ReadonlySet<string> = new Set(["unconfirmed", "unverified"]);

/**
 * The frame "according to" opens at `i`: a sentence-opening source reports what follows its
 * phrase, a closing one what precedes it.
 * @example accordingToFrame(tokens, 0, startingAt).content // "According to Yonhap, Seoul sent aid." → [4, 9]
 */
export function accordingToFrame(
  tokens: readonly Token[],
  i: number,
  startingAt: ReadonlyMap<number, ActorMention>,
): ReportingFrame {
  const speaker = startingAt.get(i + 2) ?? startingAt.get(i + 3) ?? documentAuthor(tokens, i + 2, startingAt);
  const atStart = i <= 1;
  // "According to relief workers in Nairobi, …": the report begins after the comma that closes
  // the source's phrase, which may name where the source is.
  const content: [number, number] = atStart
    ? [Math.min(tokens.length, closingComma(tokens, speaker?.span.end ?? i + 2) + 1), tokens.length]
    : [0, previousComma(tokens, i)];
  // "according to unconfirmed reports": the source itself says it is not confirmed.
  const kind = UNVERIFIED.has(tokens[i + 2]?.lower ?? "") ? "unconfirm" : "report";
  return { kind, reporter: speaker, verb: "according to", verbToken: i, content };
}

// Predicates that call a report false.
// biome-ignore format: word list
const FALSITY: ReadonlySet<string> = new Set(["false", "untrue", "baseless", "unfounded", "groundless", "fabricated", "incorrect", "inaccurate", "fake", "wrong", "lies"]);
const CLAUSE_REACH = 30;

/**
 * "Reports that Riyadh had agreed to normalise ties were false": a report noun with its "that"
 * clause, judged false by its own predicate, denies the clause. The speaker is whoever reports the
 * judgement ("…, a Saudi official said"), if anyone.
 * @example falsifiedReportFrames(tokens, frames).map((f) => f.content) // [[2, 11]]
 */
export function falsifiedReportFrames(
  tokens: readonly Token[],
  frames: readonly ReportingFrame[],
): ReportingFrame[] {
  const found: ReportingFrame[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!reportNoun(tokens[i]!) || tokens[i + 1]!.lower !== "that") continue;
    const be = judgedFalseAt(tokens, i + 2);
    if (be < 0) continue;
    const by = frames.find((f) => f.kind === "report" && i >= f.content[0] && i < f.content[1]);
    found.push({
      kind: "deny",
      reporter: by?.reporter ?? null,
      verb: tokens[be]!.text,
      verbToken: be,
      content: [i + 2, be],
    });
  }
  return found;
}

/** "reports", and "Reports" opening a sentence, which the tagger reads as a name. */
function reportNoun(t: Token): boolean {
  if (t.pos !== "NOUN" && t.pos !== "PROPN") return false;
  return REPORT_NOUNS.has(t.lemma) || REPORT_NOUNS.has(t.lower.replace(/s$/, ""));
}

/** Words between "were" and its judgement: quotation marks, "simply", "not". */
const judgementLead = (t: Token): boolean => QUOTE_MARKS.has(t.lower) || t.pos === "ADV" || t.lower === "not";

/** The "were" of "… were false" after `from`, within the sentence, or -1. */
function judgedFalseAt(tokens: readonly Token[], from: number): number {
  for (let j = from + 1; j < tokens.length && j - from <= CLAUSE_REACH; j++) {
    const t = tokens[j]!;
    if (t.lower === ";" || t.lower === ".") return -1;
    if (t.lemma !== "be") continue;
    let k = j + 1;
    while (k < tokens.length && k - j <= 4 && judgementLead(tokens[k]!)) k++;
    if (
      FALSITY.has(tokens[k]?.lower ?? "") ||
      (tokens[k - 1]?.lower === "not" && tokens[k]?.lower === "true")
    )
      return j;
  }
  return -1;
}
