/**
 * Finds event mentions in one sentence: rule matches (the trigger), their source and target by
 * shallow syntax, and the mention's modality, time, place, channel and attribution.
 *
 * @example
 * extractEventMentions(context, sentence, mentions, frames, dates);
 */
import { eventTime } from "../attribution/event-time.js";
import { assessModality } from "../attribution/modality.js";
import type { ReportingFrame } from "../attribution/reporting-frames.js";
import { ownershipClaim } from "../attribution/status-objects.js";
import { preventedFrom } from "../attribution/unrealised-acts.js";
import type { EventRule } from "../core/dictionary-schema.js";
import type { ActorMention, DateMention, Sentence } from "../core/types.js";
import type { TokenMatch } from "../nlp/token-matcher.js";
import { allegationEvents } from "./allegation-events.js";
import { claimedAttacks, claimedInside } from "./claimed-attacks.js";
import { consequenceParticiple } from "./consequence-participle.js";
import { pressRequest, withheldComment } from "./press-requests.js";
import { namesNoOrganization } from "./named-organization.js";
import { mannerProtest } from "./protest-target.js";
import type { EventMentionCandidate, ExtractionContext } from "./event-mention-candidate.js";
import type { RulePattern } from "./event-rule-index.js";
import { figurativeAct } from "./figurative-objects.js";
import { judgedLabel } from "./judged-labels.js";
import { aimlessOrigin, passiveLaunch } from "./fire-origin.js";
import { dropGoverned } from "./governed-events.js";
import { codeMatch } from "./match-coding.js";
import { mediatedInside } from "./mediated-sides.js";
import { venueOfMeeting } from "./venue-meetings.js";
import {
  endsInCompound,
  endsInsideActor,
  endsOnAmountOfOther,
  endsOnOwner,
  endsOnSubjectStrike,
  gapCrossesClause,
  gapOpensWithGerund,
  gapOpensWithPreposition,
  gapPassesObject,
  namedBy,
} from "./pattern-gaps.js";
import { movesOwnPassively } from "./passive-instruments.js";
import { agentFollows, ellipticalPassive, passiveParticiple } from "./passive-patterns.js";
import { meetingTopic } from "./purpose-clause.js";
import { generic, shorterReading } from "./match-ranking.js";
import { slotEndsByStart } from "./slot-ends.js";
import { headFits } from "./trigger-fit.js";
import { attackTolls, interceptsNoWeapon } from "./weapon-code.js";

export type { EventMentionCandidate, ExtractionContext } from "./event-mention-candidate.js";

/** Nouns an event noun before them only describes: "test site", "launch pad". */
const PLACE_HEADS: ReadonlySet<string> = new Set([
  "site",
  "pad",
  "range",
  "ground",
  "facility",
  "complex",
  "centre",
  "center",
]);

/**
 * Codes every event mention of one sentence.
 * @example extractEventMentions(ctx, sentence, mentions, frames, dates).length
 */
export function extractEventMentions(
  ctx: ExtractionContext,
  sentence: Sentence,
  mentions: readonly ActorMention[],
  frames: readonly ReportingFrame[],
  dates: readonly DateMention[],
): EventMentionCandidate[] {
  const tokens = sentence.tokens;
  // Indexed on the first slot edge a walk reaches: most sentences reach none.
  let endsByStart: Map<number, number[]> | null = null;
  const slotEnds = (i: number) => {
    endsByStart ??= slotEndsByStart(tokens, mentions);
    return endsByStart.get(i) ?? NO_ENDS;
  };
  const matches: TokenMatch<RulePattern>[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // An index loop: most tokens match nothing, and an iterator per token costs more than the test.
    const found = ctx.rules.matcher.matchAt(tokens, i, slotEnds);
    for (let k = 0; k < found.length; k++) {
      const match = found[k]!;
      if (!headFits(tokens, i, match.value.rule.head ?? "verb")) continue;
      if (
        match.value.passiveForm !== undefined &&
        !(
          passiveParticiple(tokens, i, match.end) &&
          // "Russian troops were deployed near the border": forces' state acts with no agent named.
          (agentFollows(tokens, match.end) || movesOwnPassively(match.value, tokens, match.end))
        )
      )
        continue;
      // "its nuclear test site", "a missile launch pad": the event noun names a kind of place.
      if (
        match.value.rule.head !== undefined &&
        match.value.rule.head !== "verb" &&
        PLACE_HEADS.has(tokens[match.end]?.lemma ?? "")
      )
        continue;
      // "did not rule out the use of force": a rule that needs its trigger denied codes nothing else.
      if (match.value.rule.polarity === "negated" && !deniedTrigger(tokens, i, match.value.rule, ctx))
        continue;
      // "declined to comment", "refused to confirm" are attribution, not events; nor is "declined to
      // comment on the meeting" a rejection of the meeting.
      if (withheldComment(tokens, match.start, match.end)) continue;
      // "fired a missile on Tuesday": a pattern's closing preposition must lead to a target, not a date.
      const last = match.end - 1;
      if (
        tokens[last]?.pos === "ADP" &&
        dates.some((d) => d.span.start === match.end || d.span.start === last)
      )
        continue;
      // "dismissed Western claims that Russia plans to invade": a pattern's gap does not reach into
      // the clause a relative or complement word opens.
      if (
        gapCrossesClause(tokens, match) ||
        gapPassesObject(tokens, match) ||
        gapOpensWithPreposition(tokens, match, found, dates) ||
        gapOpensWithGerund(tokens, match) ||
        endsInCompound(tokens, match) ||
        endsOnAmountOfOther(tokens, match) ||
        endsInsideActor(tokens, match, mentions) ||
        endsOnSubjectStrike(tokens, match) ||
        endsOnOwner(tokens, match)
      )
        continue;
      // "imposed sanctions on Russia, targeting its shadow fleet": a participle of targeting tells
      // what the main act aims at.
      if (tokens[i]!.lemma === "target" && tokens[i - 1]?.lower === "," && tokens[i]!.lower.endsWith("ing"))
        continue;
      // "waged a war on drugs", "vowed to fight corruption": force against an ill is figurative.
      // "condemned the strike as murder": what a judgement calls an act is no act of its own.
      // "would close the strait if attacked": no one named attacks.
      if (
        figurativeAct(tokens, match.value.rule.cameo, i, match.end) ||
        judgedLabel(tokens, i) ||
        ellipticalPassive(tokens, i)
      )
        continue;
      if (
        mannerProtest(tokens, i, match.value.rule.cameo) ||
        preventedFrom(tokens, i) ||
        namesNoOrganization(match, mentions) ||
        interceptsNoWeapon(tokens, match, mentions)
      )
        continue;
      // "The missiles were launched from the Pyongyang area": fire aimed at no one is a show of
      // force; the active's own reading stands at this trigger, the passive's takes this match's place.
      const show = aimlessOrigin(tokens, match, (words, j) =>
        words === tokens && j === i ? found : ctx.rules.matcher.matchAt(words, j, NO_SLOTS),
      );
      if (show && !passiveLaunch(tokens, i)) continue;
      if (show) {
        matches.push({ ...match, value: show.value });
        continue;
      }
      // "traded accusations, raising fears of war": the exchange raises them; no one comments.
      // "did not respond to requests for comment": a reporter's request is no demand.
      if (consequenceParticiple(tokens, i, match.value.rule.cameo) || pressRequest(tokens, i, match.end))
        continue;
      // "said" is attribution, not a statement event.
      const rule = match.value.rule;
      // "rejected China's claim to the waters" turns a demand down; no allegation is denied.
      if (rule.cameo === "016" && ownershipClaim(tokens, match.end - 1)) continue;
      // "met Hamas leaders to discuss a proposal": what a meeting is about is no act of its own.
      if (rule.cameo.startsWith("01") && meetingTopic(tokens, i)) continue;
      if (
        rule.cameo.startsWith("01") &&
        (frames.some((f) => f.verbToken === i) ||
          (rule.cameo === "010" && ctx.cues.reportingVerbs.includes(tokens[i]!.lemma)))
      )
        continue;
      // "dismissed Western claims that Russia plans to invade": denying a claim rejects no proposal;
      // the claim is coded as denied.
      // "dismissed the South Korean proposal" names what it turns down, and is a rejection.
      if (
        rule.cameo.startsWith("12") &&
        frames.some((f) => f.verbToken === i && f.kind === "deny") &&
        !namesRejectedObject(tokens, match)
      )
        continue;
      matches.push(match);
    }
  }
  if (matches.length === 0) return [];
  if (matches.length > 1) {
    // The QuadClass of the act each trigger starts: cooperation and conflict are different acts.
    const triggers = new Map<number, number>();
    for (const m of matches) triggers.set(m.start, ctx.rules.cameo.get(m.value.rule.cameo)?.quadClass ?? 0);
    const kept = matches.filter((m) => !swallowsAct(ctx, tokens, m, triggers));
    matches.length = 0;
    matches.push(...kept);
  }
  if (matches.length > 1)
    matches.sort(
      (a, b) =>
        b.literals - a.literals ||
        // "disperse demonstrators protesting election results": of one rule's readings at one
        // trigger, the shorter leaves the words past it to their own act.
        shorterReading(tokens, a, b) ||
        b.end - b.start - (a.end - a.start) ||
        a.start - b.start ||
        // "fired artillery at": of two rules reading the same words, the one with a code of its own
        // (194, artillery) says more than the root's catch-all (190, any weapon).
        generic(a.value.rule.cameo) - generic(b.value.rule.cameo),
    );
  const chosen: TokenMatch<RulePattern>[] = [];
  for (const m of matches) {
    const clash = chosen.some(
      (c) =>
        ((m.start >= c.start && m.start < c.end) || (c.start >= m.start && c.start < m.end)) &&
        // "claimed responsibility for the suicide bombing at a police station": both acts stand.
        !claimedInside(tokens, c, m) &&
        !mediatedInside(tokens, c, m),
    );
    if (!clash) chosen.push(m);
  }
  if (chosen.length > 1) chosen.sort((a, b) => a.start - b.start);
  const out: EventMentionCandidate[] = [];
  // "met at the BRICS summit": the summit is the meeting's place.
  const acts = chosen.length > 1 ? chosen.filter((m) => !venueOfMeeting(tokens, chosen, m)) : chosen;
  for (const match of dropGoverned(acts, tokens, ctx)) {
    const candidate = codeMatch(ctx, sentence, mentions, frames, dates, match);
    if (candidate) out.push(candidate);
  }
  const timeAt = (at: number) =>
    eventTime(tokens, at, dates, mentions, ctx.articleDate, ctx.cues, ctx.termStart);
  const coded = claimedAttacks(tokens, attackTolls(tokens, out));
  const { accusations, alleged } = allegationEvents(ctx, frames, coded, tokens, timeAt);
  if (accusations.length === 0) return coded;
  // "Russia claimed that Ukrainian forces attacked a village": the claim is coded, not the attack.
  return [...coded.filter((e) => !alleged.has(e)), ...accusations];
}

const NO_ENDS: readonly number[] = Object.freeze([]);
const NO_SLOTS = () => NO_ENDS;

/** True when the trigger's verb group is negated or a refusal governs it ("refused to rule out"). */
function deniedTrigger(
  tokens: Sentence["tokens"],
  i: number,
  rule: EventRule,
  ctx: ExtractionContext,
): boolean {
  // "had not yet opened the letter": what is still to come is pending, not denied.
  if (tokens[i - 1]?.lower === "yet") return false;
  const assessed = assessModality(tokens, i, rule.head ?? "verb", ctx.cues);
  return assessed.negated || assessed.refusal;
}
/**
 * True when a rejection's pattern runs past its verb to the thing turned down ("dismissed the
 * offer"), not to a claim that a clause follows ("dismissed suggestions that Moscow was involved").
 */
function namesRejectedObject(tokens: Sentence["tokens"], match: TokenMatch<RulePattern>): boolean {
  return (
    match.end - match.start > 1 &&
    tokens[match.end - 1]!.pos === "NOUN" &&
    tokens[match.end]?.lower !== "that" &&
    !CLAIM_NOUNS.has(tokens[match.end - 1]!.lemma)
  );
}
// Nouns for what is said, not offered: denying one is no rejection of a proposal. ("dismissed the
// idea as premature" turns down a proposal; "dismissed the idea that …" stops at "that" above.)
const CLAIM_NOUNS: ReadonlySet<string> = new Set(["suggestion", "claim", "report", "allegation"]);

/** QuadClass 3 and 4 (verbal and material conflict) against 1 and 2 (cooperation). */
const conflictual = (quadClass: number | undefined) => (quadClass ?? 0) >= 3;

/**
 * True when another act's trigger stands as an infinitive inside the match's gap, unnamed by its
 * pattern: "vowed to veto EU aid" is a vow to veto, no pledge of aid.
 */
function swallowsAct(
  ctx: ExtractionContext,
  tokens: Sentence["tokens"],
  match: TokenMatch<RulePattern>,
  triggers: ReadonlyMap<number, number>,
): boolean {
  const quad = ctx.rules.cameo.get(match.value.rule.cameo)?.quadClass;
  for (let j = match.start + 2; j < match.end - 1; j++) {
    if (tokens[j - 1]!.lower !== "to" || tokens[j]!.pos !== "VERB") continue;
    // "committed to provide security guarantees": a carrier verb of the same kind of act is no other act.
    const inner = triggers.get(j);
    if (inner !== undefined && conflictual(inner) !== conflictual(quad) && !namedBy(match, tokens[j]!))
      return true;
  }
  return false;
}
