/**
 * Reporting frames: who says an event happened ("North Korean media asserted that …",
 * "…, the White House said", "according to Yonhap, …") and who confirms, denies or declines to
 * confirm it. A reporter is never the source of the event it reports.
 *
 * @example
 * findReportingFrames(sentence, mentions, defaultAttributionCues)[0].reporter?.actor.code; // "PRKMED"
 */
import type { ActorMention, Sentence } from "../core/types.js";
import type { AttributionCues } from "./attribution-cues.js";
import { accordingToFrame, falsifiedReportFrames } from "./source-frames.js";
import {
  sentenceSubject,
  speakerAfterVerb,
  speakerBefore,
  relativeClauseEnd,
  relativeSubjectAt,
  speakerBeforePronoun,
  withOutletCountries,
} from "./frame-speakers.js";
import {
  clauseEnd,
  isPassiveFrame,
  negatorText,
  precededBy,
  previousComma,
  reportLemmaOf,
  restIsTail,
  skipToContent,
} from "./frame-content.js";
import { verbGroupNegated, verbGroupStart, yetTo } from "./negators.js";
import {
  anaphoricObjectEnd,
  bareReportObject,
  commentFrom,
  commentGovernor,
  nounOpensClause,
  pronounObject,
  claimJudgedAt,
  judgedClaimStart,
  ownedClaimObject,
  rejectsReport,
  reportObject,
  unattributedPassive,
} from "./status-objects.js";

/** How a frame bears on what it reports. @example "unconfirm" */
export type FrameKind = "report" | "confirm" | "deny" | "unconfirm";

/** One reporting frame in a sentence. @example frame.content // [5, 14] */
export interface ReportingFrame {
  readonly kind: FrameKind;
  readonly reporter: ActorMention | null;
  readonly verb: string;
  readonly verbToken: number;
  /** Token range of the reported content. */
  readonly content: readonly [number, number];
  /** "Kyiv confirmed the exchange": the content is a definite object naming an event told before. */
  readonly anaphoric?: boolean;
  /** "…, state television reported": the country whose state outlet it is, read from the sentence. */
  readonly reporterCountry?: string;
  /** "Pyongyang rejected the plan, saying …": the speaker is carried over from the main clause, where it acts. */
  readonly carried?: boolean;
}

// Verbs that introduce content without "that" ("said the talks failed"); others need "that" or a colon.
const BARE_CONTENT_VERBS = new Set([
  "say",
  "tell",
  "report",
  "claim",
  "assert",
  "state",
  "add",
  "announce",
  "write",
  "allege",
]);
const WITHHOLDING = new Set(["decline", "refuse", "fail"]);
const COORDINATORS = new Set(["but", "and"]);
const CLAUSE_LINKS = new Set(["while", "whereas", "but", "and", "although", "though", "as", "when"]);
const EITHER_NEGATORS = new Set(["neither", "nor"]);
const UNVERIFIED = new Set(["unconfirmed", "unverified"]);
const PRONOUN_SUBJECTS = new Set(["they", "we", "he", "she", "it", "i"]);

/** The cue verbs as sets, built once per coder rather than once per sentence. @example frameVerbs(cues).report.has("say") */
export interface FrameVerbs {
  readonly report: ReadonlySet<string>;
  readonly confirm: ReadonlySet<string>;
  readonly deny: ReadonlySet<string>;
}

/** Indexes the cue verbs that open frames. @example const verbs = frameVerbs(defaultAttributionCues); */
export function frameVerbs(cues: AttributionCues): FrameVerbs {
  return {
    report: new Set(cues.reportingVerbs),
    confirm: new Set(cues.confirmVerbs),
    deny: new Set(cues.denyVerbs),
  };
}

/**
 * Finds the reporting frames of a sentence.
 * @example findReportingFrames(sentence, mentions, cues)
 */
export function findReportingFrames(
  sentence: Sentence,
  mentions: readonly ActorMention[],
  cues: AttributionCues,
  verbs: FrameVerbs = frameVerbs(cues),
): ReportingFrame[] {
  const tokens = sentence.tokens;
  const frames: ReportingFrame[] = [];
  const { report, confirm, deny } = verbs;
  const endingAt = new Map<number, ActorMention>();
  const startingAt = new Map<number, ActorMention>();
  for (const m of mentions) {
    endingAt.set(m.span.end, m);
    startingAt.set(m.span.start, m);
  }

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.lower === "according" && tokens[i + 1]?.lower === "to") {
      frames.push(accordingToFrame(tokens, i, startingAt));
      continue;
    }
    // "did not respond to a request for comment": the answer withheld is a comment withheld.
    const requested = t.lemma === "comment" ? commentGovernor(tokens, i) : -1;
    const isComment =
      t.lemma === "comment" &&
      (requested >= 0 || precededBy(tokens, i, ["decline", "refuse", "not", "n't", "no"]));
    // wink tags "alleged" in "the report alleged that …" as an adjective ("alleged crimes").
    const participle =
      t.pos === "ADJ" && tokens[i + 1]?.lower === "that" ? reportLemmaOf(t.lower, report) : null;
    if (t.pos !== "VERB" && !isComment && !participle) continue;
    // "Israel rejected the claim": a verb of refusal whose object is a report denies what it told.
    const lemma = participle ?? (t.pos === "VERB" && rejectsReport(tokens, i) ? "deny" : t.lemma);
    // Only a comment or a cue verb opens a frame: the checks below are for those alone.
    if (!isComment && !confirm.has(lemma) && !deny.has(lemma) && !report.has(lemma)) continue;
    // "dismissed China's claims over the shoal": a claim to own something is refused, not denied.
    if (deny.has(lemma) && ownedClaimObject(tokens, i + 1)) continue;
    // "any attempt to deny North Korea's position would be rejected": what a noun strives or
    // plans to deny or confirm is no one's denial.
    if (tokens[i - 1]?.lower === "to" && tokens[i - 2]?.pos === "NOUN" && !isComment) continue;
    // "declined to confirm", "refused to comment": the speaker stands before the governing verb.
    const governor =
      requested >= 0
        ? requested
        : [i - 2, i - 3].find(
            (j) => j >= 0 && WITHHOLDING.has(tokens[j]!.lemma) && tokens[j + 1]?.lower === "to",
          );
    const withheld = governor !== undefined;
    let kind: FrameKind | null = null;
    // "neither confirmed nor denied": each verb is withheld.
    const negated =
      verbGroupNegated(tokens, governor ?? i) ||
      EITHER_NEGATORS.has(tokens[(governor ?? i) - 1]?.lower ?? "") ||
      yetTo(tokens, governor ?? i);
    const passive = isPassiveFrame(tokens, i);
    if (isComment) kind = "unconfirm";
    else if (confirm.has(lemma)) kind = negated || withheld ? "unconfirm" : "confirm";
    else if (deny.has(lemma)) kind = negated || withheld ? "unconfirm" : "deny";
    else if (report.has(lemma) && (negated || withheld) && tokens[i + 1]?.lower === "whether")
      kind = "unconfirm";
    else if (report.has(lemma) && !negated && !withheld) kind = "report";
    if (!kind) continue;
    const verbStart = verbGroupStart(tokens, governor ?? i);
    const heardFrom = isComment ? commentFrom(tokens, i, startingAt) : undefined;
    if (heardFrom) {
      frames.push({ kind, reporter: heardFrom, verb: "no comment", verbToken: i, content: [i, i] });
      continue;
    }
    // "Iran is said to have supplied drones", "was reported to have paid": the subject is the one
    // who acted, not a speaker; no one is named as saying it.
    if (passive && kind === "report" && tokens[i + 1]?.lower === "to") continue;
    // "… was confirmed by Seoul": the speaker follows "by", the content is the subject clause.
    if (passive && kind !== "report") {
      const by = startingAt.get(i + 2) ?? startingAt.get(i + 3);
      if (tokens[i + 1]?.lower === "by" && by) {
        frames.push({ kind, reporter: by, verb: t.text, verbToken: i, content: [0, verbStart] });
        continue;
      }
      // "The claim could not be independently verified": no one named; the subject points back.
      const passiveFrame = unattributedPassive(tokens, verbStart, kind, i);
      if (passiveFrame) {
        frames.push(passiveFrame);
        continue;
      }
    }
    // "…, the White House said" / "…, said a spokesman": the content is what precedes the comma.
    const after = startingAt.get(i + 1);
    const left = speakerBefore(tokens, verbStart, endingAt);
    const comma = previousComma(tokens, left ? left.span.start : verbStart);
    const tailEnd = after?.span.end ?? i + 1;
    // "…, Seoul said, adding that …" is a parenthetical attribution just like a closing one.
    const parenthetical = tokens[tailEnd]?.lower === "," && comma > 0;
    // "…, while Moscow said …", "…, but Seoul said …": a clause of its own, no closing attribution.
    const trailing =
      comma > 0 &&
      !CLAUSE_LINKS.has(tokens[comma + 1]?.lower ?? "") &&
      (restIsTail(tokens, tailEnd) || parenthetical);
    // "…, confirming its mediation": a possessive after the verb opens its object, not a speaker.
    if (trailing && (left || (after && !after.possessive && tokens[i - 1]?.lower === ","))) {
      // "accused Russia of firing missiles at Kyiv, which Moscow denied": what a relative after a
      // charge denies is the charge's content, as with ", a charge Moscow denied"; the charge stands.
      const judged = claimJudgedAt(tokens, i) || tokens[comma + 1]?.lower === "which";
      const start = kind !== "report" && judged ? judgedClaimStart(tokens, comma) : 0;
      const reporter = left ?? after ?? null;
      frames.push({ kind, reporter, verb: t.text, verbToken: i, content: [start, comma] });
      continue;
    }
    let speaker = left;
    const participial = !speaker && t.text.endsWith("ing") && tokens[i - 1]?.lower === ",";
    if (participial) {
      // "Leavitt addressed these developments, emphasizing that …": the speaker is the one who spoke
      // before in this sentence, or else its main subject.
      const previous = [...frames].reverse().find((f) => f.reporter);
      speaker = previous?.reporter ?? mentions.find((m) => m.span.end <= i && !m.possessive) ?? null;
    }
    if (!speaker && after) speaker = speakerBeforePronoun(tokens, mentions, i, verbStart);
    // "She said …, but did not confirm that …": a frame verb coordinated with the main clause's
    // frame shares its speaker. ("Tillerson condemned the launch and said …" keeps Tillerson the
    // one who condemned, not a reporter.)
    if (!speaker && COORDINATORS.has(tokens[verbStart - 1]?.lower ?? "")) {
      const subject = sentenceSubject(mentions);
      if (subject && frames.some((f) => f.reporter === subject)) speaker = subject;
    }
    // "Unconfirmed reports said Russia had sent troops": the source itself is not confirmed, as
    // in "according to unconfirmed reports".
    if (kind === "report" && UNVERIFIED.has(tokens[verbStart - 2]?.lower ?? "") && !speaker) {
      const from = skipToContent(tokens, i + 1);
      frames.push({
        kind: "unconfirm",
        reporter: null,
        verb: t.text,
        verbToken: i,
        content: [from, clauseEnd(tokens, from)],
      });
      continue;
    }
    // "Officials said they could not confirm that …": a pronoun no actor stands for still says
    // the event is unconfirmed; the speaker is whoever spoke before in the sentence, if anyone.
    if (!speaker && !after && kind !== "report" && PRONOUN_SUBJECTS.has(tokens[verbStart - 1]?.lower ?? ""))
      speaker = [...frames].reverse().find((f) => f.reporter)?.reporter ?? null;
    else if (!speaker && !after) continue;
    const speakerAfter = speaker ? null : speakerAfterVerb(tokens, verbStart, after);
    const contentStart = skipToContent(tokens, speakerAfter ? speakerAfter.span.end : i + 1);
    const opensContent =
      ["that", ":", ",", '"', "“", "whether"].includes(tokens[contentStart - 1]?.lower ?? "") ||
      ["that", ":", '"', "“", "whether"].includes(tokens[contentStart]?.lower ?? "");
    // "denied the allegations", "claimed responsibility": a verb with a plain noun object reports nothing.
    const nounObject =
      (tokens[contentStart]?.pos === "NOUN" && !nounOpensClause(tokens, contentStart)) ||
      (tokens[contentStart]?.pos === "DET" && !opensContent && kind !== "report");
    if (kind === "report" && (!BARE_CONTENT_VERBS.has(lemma) || nounObject) && !opensContent) continue;
    if (
      (kind === "deny" || kind === "confirm") &&
      !opensContent &&
      nounObject &&
      !reportObject(tokens, contentStart)
    ) {
      // "Kyiv confirmed the exchange": the object points back to an event told before.
      const end = anaphoricObjectEnd(tokens, contentStart);
      const reporter = speaker ?? speakerAfter;
      if (end > 0 && reporter)
        frames.push({
          kind,
          reporter,
          verb: t.text,
          verbToken: i,
          content: [contentStart, end],
          anaphoric: true,
        });
      continue;
    }
    // "Rwanda, which denies backing the M23, called for talks": the relative ends at its comma.
    const relative = relativeSubjectAt(tokens, verbStart);
    const clause = clauseEnd(tokens, contentStart);
    const end = relative ? relativeClauseEnd(tokens, contentStart, clause) : clause;
    frames.push({
      kind,
      reporter: speaker ?? speakerAfter,
      verb: negated ? `${negatorText(tokens, verbStart, i)} ${t.text}`.trim() : t.text,
      verbToken: i,
      content: [contentStart, end],
      ...((participial || relative) && speaker ? { carried: true } : {}),
      // "Washington did not confirm the talks": a withheld confirmation names its event too;
      // "Tehran dismissed the report" points back to the event the report told. (No comment on
      // the report is left to bear on conflict alone, as other withheld comments do.)
      // "The White House declined to confirm it": a pronoun object points back as a definite one does.
      ...((kind === "unconfirm" &&
        !opensContent &&
        anaphoricObjectEnd(tokens, contentStart) > 0 &&
        !reportObject(tokens, contentStart)) ||
      (kind !== "report" && pronounObject(tokens, contentStart)) ||
      ((kind === "deny" || kind === "confirm") &&
        !opensContent &&
        bareReportObject(tokens, contentStart, end))
        ? { anaphoric: true }
        : {}),
    });
  }
  return withOutletCountries([...frames, ...falsifiedReportFrames(tokens, frames)], mentions);
}
