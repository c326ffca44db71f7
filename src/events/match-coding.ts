/**
 * Codes one rule match as an event mention: its parties, its code and modality, its time and place,
 * the parties the text implies, and how it is attributed.
 *
 * @example
 * codeMatch(ctx, sentence, mentions, frames, dates, match)?.code.code; // "163"
 */
import { eventTime } from "../attribution/event-time.js";
import { inSpeechParticipleClause } from "../attribution/speech-participle.js";
import type { ReportingFrame } from "../attribution/reporting-frames.js";
import { standingDenial } from "../attribution/standing-denials.js";
import { habitualRelative } from "./habitual-relative.js";
import { apposedReaction } from "./apposed-reaction.js";
import type { CameoCode, EventRule } from "../core/dictionary-schema.js";
import type { ActorMention, DateMention, Sentence } from "../core/types.js";
import type { TokenMatch } from "../nlp/token-matcher.js";
import { actModality } from "./act-modality.js";
import { spokenOf } from "./act-warner.js";
import { armedAttackCode } from "./armed-attackers.js";
import { securityRaidCode } from "./security-raid.js";
import { isCapitalName } from "./agent-finder.js";
import { accidentalCause, accidentalSubject, coordinatedHost, HARM_ROOTS } from "./clause-roles.js";
import { SentenceSyntax } from "./clause-syntax.js";
import { inOtherClause, inTimePhrase } from "./other-clause.js";
import { cancelledOwnTrip } from "./cancelled-trip.js";
import { channelNear } from "./event-channel.js";
import { hedgesIn } from "./event-hedges.js";
import { destroyedHardwareCode } from "./destroyed-hardware.js";
import { expulsionCode } from "./expulsion-code.js";
import { criticisedIdea } from "./figurative-objects.js";
import { foreignSanctionCode } from "./foreign-sanction.js";
import type { EventMentionCandidate, ExtractionContext } from "./event-mention-candidate.js";
import { findParties } from "./event-parties.js";
import type { RulePattern } from "./event-rule-index.js";
import { frameAttribution, reporterExclusions } from "./frame-attribution.js";
import { warnedOfOthersAct } from "./foreseen-threat.js";
import { placedVictims, struckCities } from "./harm-victims.js";
import { backgroundNoun } from "./event-noun-roles.js";
import { impliedParties } from "./implied-parties.js";
import { passiveMediation } from "./mediated-sides.js";
import { passiveInstruments } from "./passive-instruments.js";
import { PROTEST_ROOT } from "./party-cues.js";
import { civilBlockadeCode } from "./protest-target.js";
import { talliedActs } from "./tallied-acts.js";
import { OCCUPY, takenCity } from "./taken-city.js";
import { weaponKillCode } from "./weapon-code.js";

/**
 * The event mention of one rule match, or null for harm that no actor inflicted.
 * @example codeMatch(ctx, sentence, mentions, frames, dates, match)?.targets[0]?.text // "North Korea"
 */
export function codeMatch(
  ctx: ExtractionContext,
  sentence: Sentence,
  mentions: readonly ActorMention[],
  frames: readonly ReportingFrame[],
  dates: readonly DateMention[],
  match: TokenMatch<RulePattern>,
): EventMentionCandidate | null {
  const { rule, pattern } = match.value;
  const ruleCode = ctx.rules.cameo.get(rule.cameo)!;
  const tokens = sentence.tokens;
  const trigger = match.start;
  const attribution = frameAttribution(frames, trigger);
  const excluded = reporterExclusions(frames, mentions, trigger, coordinatedHost(tokens, trigger));
  const syntax = new SentenceSyntax(sentence, mentions, excluded, ctx.clauseVerbs);
  // "Seoul would pay dearly, North Korea warned": the one to pay is threatened by who says so.
  const named = findParties(ctx, sentence, syntax, match);
  const found = spokenOf(rule, named, attribution.reportFrame, tokens, trigger, mentions);
  if (found === null) return null;
  const parties =
    apposedReaction(syntax, trigger, found) ??
    passiveMediation(syntax, match, found) ??
    passiveInstruments(syntax, match, found);
  // "victims killed by the MH17 crash", "killed in a car crash": harm no actor inflicted.
  if (
    parties.sources.length === 0 &&
    HARM_ROOTS.has(ruleCode.code.slice(0, 2)) &&
    (accidentalCause(tokens, match.end, ctx.cues) || accidentalSubject(tokens, trigger, ctx.cues))
  )
    return null;
  // "Taiwan warned of a Chinese invasion": the act foreseen is another's, and no one is threatened.
  if (warnedOfOthersAct(syntax, match, parties.sources)) return null;
  // "Beijing protested the visit": a government does not take to the streets; its protest is an
  // official complaint (CAMEO 114), as "protested to Tokyo" already is.
  // "attacked the proposal as reckless": an attack on an idea criticises it.
  // "Lula cancelled a trip to China": a visit not made, no cut in relations.
  const ownTrip = cancelledOwnTrip(tokens, match, parties.sources, mentions);
  const recoded = ownTrip
    ? VISIT
    : criticisedIdea(tokens, ruleCode.code, trigger, match.end)
      ? CRITICISM
      : (expulsionCode(ruleCode, tokens, match, parties.targets) ??
        destroyedHardwareCode(ruleCode, tokens[trigger]!.lemma, parties.sources, parties.targets) ??
        foreignSanctionCode(ruleCode, tokens, match, parties.sources, parties.targets) ??
        armedAttackCode(ruleCode, tokens, match, parties.sources, parties.targets) ??
        securityRaidCode(ruleCode, parties.sources) ??
        weaponKillCode(ruleCode.code, tokens, match, parties.passive));
  const code = recoded
    ? (ctx.rules.cameo.get(recoded) ?? ruleCode)
    : officialProtest(ruleCode, tokens[trigger]!.lemma, parties.sources)
      ? (ctx.rules.cameo.get(OFFICIAL_COMPLAINT) ?? ruleCode)
      : takenCity(ruleCode, tokens, trigger, parties.targets)
        ? (ctx.rules.cameo.get(OCCUPY) ?? ruleCode)
        : stateCharged(ruleCode, tokens, trigger, parties.targets)
          ? (ctx.rules.cameo.get(ACCUSATION) ?? ruleCode)
          : ruleCode;
  const act = actModality(ctx, tokens, match, parties, code, attribution.reportFrame, mentions);
  // "Polish truckers blockaded border crossings": done, not threatened, a civil blockade is a protest.
  const civil = civilBlockadeCode(act.code.code, parties.sources);
  const actCode = civil ? (ctx.rules.cameo.get(civil) ?? act.code) : act.code;
  // "Israeli jets struck Gaza the previous day", "the deal was signed on Monday by …": a noun
  // trigger's own verb, inside the match, is what its time phrases date.
  const dated = eventTime(
    tokens,
    verbInMatch(tokens, match) ?? trigger,
    dates,
    mentions,
    ctx.articleDate,
    ctx.cues,
    ctx.termStart,
  );
  // "has conducted six nuclear tests since 2006": a tally of acts over years is background.
  // "Iran has long denied seeking nuclear weapons": what a standing denial denies is background too,
  // as is what "militants who carry out attacks" do as a rule.
  const time =
    !dated.historical &&
    (talliedActs(tokens, trigger, match.end, dates, ctx.articleDate) ||
      standingDenial(tokens, attribution.statusFrame) ||
      habitualRelative(tokens, trigger))
      ? { ...dated, historical: true }
      : dated;
  // "…, relief officials in Nairobi said": a place in the reporter's words is not where the event was.
  // "the Helsinki summit", "the Baghdad bombing": a capital naming a noun event is where it was.
  // "strikes across southern Lebanon, hours after the group fired drones at a base near Haifa":
  // of the places in reach, the nearest in the act's own clause is where it was.
  // "fired rockets at Israel after the killing of its commander": a background act's place is in its own phrase.
  const background = rule.head === "noun" && backgroundNoun(sentence, trigger, false);
  const harm = HARM_ROOTS.has(actCode.code.slice(0, 2));
  const location = nearest(
    tokens,
    mentions.filter(
      (m) =>
        !excluded.has(m) &&
        !(background && m.span.start < trigger) &&
        // "killed in Israeli strikes in Gaza": the attack's own author is no place.
        !parties.sources.includes(m) &&
        (syntax.isLocative(m) || (namesNoun(tokens, m, trigger) && isCapitalName(m))) &&
        Math.abs(m.span.start - trigger) <= 16 &&
        !inOtherClause(tokens, m.span.start, trigger) &&
        // "suspended the treaty after the attack in Kashmir": the place of the act that phrase of
        // time names; force, though, is mostly where the act before it was ("struck targets after the truce in Gaza").
        !(!harm && inTimePhrase(tokens, trigger, m.span.start)) &&
        // "rejected the offer, citing the collapse of talks in Hanoi": that place is the talks'.
        !inSpeechParticipleClause(tokens, trigger, m.span.start, ctx.cues),
    ),
    trigger,
  );
  const implied = impliedParties(tokens, trigger, mentions, parties, act, location);
  const { sources, towardEachOther } = implied;
  const targets = harm
    ? struckCities(placedVictims(implied.targets, sources, location), sources)
    : implied.targets;
  return {
    sentence: sentence.index,
    rule: partyRule(rule, towardEachOther, actCode.code),
    pattern,
    code: actCode,
    trigger,
    matchEnd: match.end,
    sources,
    targets,
    negated: ownTrip ? !act.negated : act.negated,
    // "vowed not to return the Golan Heights": a refusal is made, whatever the vow rule implies.
    modality:
      rule.modality && act.modality === "actual" && !actCode.code.startsWith("12")
        ? rule.modality
        : act.modality,
    time,
    // "off its east coast": a pronoun stands for a state but names no place.
    location:
      location && tokens[location.span.start]!.pos !== "PRON" ? location.text.replace(/^the\s+/i, "") : null,
    channel: rule.channel ?? channelNear(sentence, trigger, actCode),
    reporter: attribution.reporter,
    status: attribution.status,
    hedges: hedgesIn(sentence, trigger, ctx.cues),
    literals: match.literals,
    passive: parties.passive,
  };
}

/**
 * The rule as its parties read: two states acting on each other are mutual; a refusal of talks
 * ("will not negotiate with the United States") is one side's, not both sides' as the talks were.
 */
function partyRule(rule: EventRule, towardEachOther: boolean, code: string): EventRule {
  const refused = rule.reciprocal === true && code.slice(0, 2) !== rule.cameo.slice(0, 2);
  if (!towardEachOther && !refused) return rule;
  return { ...rule, ...(towardEachOther ? { mutual: true } : {}), ...(refused ? { reciprocal: false } : {}) };
}

const VISIT = "042";
const CRITICISM = "111";
const ACCUSATION = "112";

/**
 * "Serbia lodged a protest, charging its neighbor with supporting dissidents": no court charges a
 * state; charging one with an act is an accusation (CAMEO 112), not legal action (173).
 */
function stateCharged(
  ruleCode: CameoCode,
  tokens: Sentence["tokens"],
  trigger: number,
  targets: readonly ActorMention[],
): boolean {
  if (ruleCode.code !== "173" || tokens[trigger]!.lemma !== "charge" || targets.length === 0) return false;
  // "charged a French tourist": only a state named as such, not a person of it, is no court's to charge.
  return targets.every((t) => stateByName(t) && !NOUN_AFTER.has(tokens[t.span.end]?.pos ?? ""));
}

const NOUN_AFTER: ReadonlySet<string> = new Set(["NOUN", "PROPN"]);

const OFFICIAL_COMPLAINT = "114";
// Crowds that a government noun only describes: "government supporters", "ruling party members".
const CROWDS = new Set(["agent:supporters", "agent:ruling-party"]);

// "Iran protested against the remarks": a state named by its name protests through its government;
// its people are named by a demonym ("Iranians protested").
const stateByName = (s: ActorMention) =>
  s.kind === "country" && s.actor.name !== null && s.text.replace(/^the\s+/i, "") === s.actor.name;

/** True when "protest" has a government, a state by its name or an international organisation as its every source. */
function officialProtest(ruleCode: CameoCode, lemma: string, sources: readonly ActorMention[]): boolean {
  return (
    ruleCode.code.startsWith(PROTEST_ROOT) &&
    lemma === "protest" &&
    sources.length > 0 &&
    sources.every(
      (s) =>
        s.actor.code.startsWith("IGO") ||
        stateByName(s) ||
        (s.actor.sector === "GOV" && !s.entryIds.some((id) => CROWDS.has(id))),
    )
  );
}

// Words that close one clause and open another: a place beyond them is the other clause's.
const CLAUSE_BREAKS: ReadonlySet<string> = new Set([
  ",",
  ";",
  "after",
  "before",
  "when",
  "while",
  "since",
  "because",
]);

/**
 * The place in the trigger's own clause nearest it, else the first in reach: "struck targets in
 * southern Lebanon after Hezbollah fired drones at a base near Haifa" fired near Haifa.
 */
function nearest(
  tokens: Sentence["tokens"],
  places: readonly ActorMention[],
  trigger: number,
): ActorMention | undefined {
  const own = places.filter((m) => {
    const [from, to] = m.span.start < trigger ? [m.span.end, trigger] : [trigger + 1, m.span.start];
    for (let j = from; j < to; j++) if (CLAUSE_BREAKS.has(tokens[j]!.lower)) return false;
    return true;
  });
  let best: ActorMention | undefined;
  for (const m of own)
    if (!best || Math.abs(m.span.start - trigger) < Math.abs(best.span.start - trigger)) best = m;
  return best ?? places[0];
}

/** True when `m` modifies the noun trigger: "the Helsinki summit", "the Baghdad car bombing". */
function namesNoun(tokens: Sentence["tokens"], m: ActorMention, trigger: number): boolean {
  if (tokens[trigger]?.pos !== "NOUN" || m.span.end > trigger || trigger - m.span.end > 1) return false;
  return m.span.end === trigger || tokens[m.span.end]!.pos === "NOUN";
}

/** The last verb inside a noun-headed match ("jets struck", "the deal was signed"), or null. */
function verbInMatch(tokens: Sentence["tokens"], match: TokenMatch<RulePattern>): number | null {
  if (match.value.rule.head !== "noun") return null;
  for (let j = match.end - 1; j > match.start; j--) if (tokens[j]!.pos === "VERB") return j;
  return null;
}
