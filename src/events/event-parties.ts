/**
 * The source and target of one rule match by shallow syntax: the pattern's own slots, a noun
 * event's owner or agent, a passive's agent and subject, a verb's subject, and the object or the
 * actor after a closing preposition.
 *
 * @example
 * findParties(ctx, sentence, syntax, match).sources; // "The U.S. imposed sanctions on North Korea" → [U.S.]
 */
import type { EventRule } from "../core/dictionary-schema.js";
import type { ActorMention, Sentence } from "../core/types.js";
import type { TokenMatch } from "../nlp/token-matcher.js";
import { coordinatedHost, gerundSubject, HARM_ROOTS, participleHost } from "./clause-roles.js";
import { afterFrom, originSlot } from "./fire-origin.js";
import { pairAfterBetween } from "./between-pair.js";
import { brokeredSides } from "./brokered-sides.js";
import { backgroundNoun, governingVerb, judgedNoun, opposedModifier } from "./event-noun-roles.js";
import {
  addresseeInfinitive,
  ASKING_ROOTS,
  MEDIATION,
  PROTEST_ROOT,
  prepositionTarget,
  withoutMediators,
  withoutVenues,
} from "./party-cues.js";
import type { SentenceSyntax } from "./clause-syntax.js";
import type { ExtractionContext } from "./event-mention-candidate.js";
import type { RulePattern } from "./event-rule-index.js";
import { harmedVictims } from "./harm-victims.js";
import { hasIdentity } from "./mention-identity.js";
import { authorOfObject } from "./object-author.js";
import { passiveObjectParties } from "./passive-object-parties.js";
import { protestPurposeTarget } from "./protest-target.js";
import { repressorOf } from "./repression-target.js";
import { infinitiveOwner, purposeHost } from "./purpose-clause.js";
import { nominalGerund } from "./trigger-fit.js";
import { nounActAgent } from "./noun-act-agent.js";
import { movesForces, SENDING, withoutOwnForces } from "./own-forces.js";

/** What a trigger heads: a verb, a noun, an adjective, or any of them. @example "noun" */
export type TriggerHead = NonNullable<EventRule["head"]>;

/** Who acts and who is acted on, before places and implied actors fill the gaps. @example { head: "verb", passive: false, sources, targets, mutualPair: false } */
export interface EventParties {
  readonly head: TriggerHead;
  readonly passive: boolean;
  readonly sources: readonly ActorMention[];
  readonly targets: readonly ActorMention[];
  /** A mutual rule ("met", "clashed") with two or more actors as its source. */
  readonly mutualPair: boolean;
}

/**
 * The source and target of one rule match, and whether its trigger is a passive.
 * @example findParties(ctx, sentence, syntax, match).targets[0]?.text // "… imposed sanctions on North Korea" → "North Korea"
 */
export function findParties(
  ctx: ExtractionContext,
  sentence: Sentence,
  syntax: SentenceSyntax,
  match: TokenMatch<RulePattern>,
): EventParties {
  const rule = match.value.rule;
  const tokens = sentence.tokens;
  const trigger = match.start;
  // "Israeli tank shelling", "the museum shooting": a gerund after a modifier is an event noun,
  // whose agent is its modifier, not a subject further left.
  const gerund = nominalGerund(tokens, trigger);
  const head = (rule.head ?? "verb") === "verb" && gerund ? "noun" : (rule.head ?? "verb");
  const acting = actingParties(ctx, sentence, syntax, match, head);
  const { passive } = acting;
  let { sources, targets } = acting;
  // "Trump announced a ceasefire between Israel and Iran": an act two sides make together is
  // theirs, named after "between"; whoever announced it is none of them.
  if (rule.mutual === true && head !== "noun" && tokens[match.end]?.lower === "between") {
    const pair = pairAfterBetween(syntax, match.end, trigger, true);
    if (pair.length >= 2 && !pair.some((m) => sources.includes(m))) [sources, targets] = [pair, []];
  }
  if (targets.length === 0 && rule.target !== "none") targets = prepositionTarget(syntax, match, sources);
  // "Egypt's mediation between Israel and Hamas": both sides, past the reach a verb sets.
  if (head === "noun" && tokens[match.end - 1]?.lower === "between" && targets.length === 1)
    targets = pairAfterBetween(syntax, match.end - 1, trigger, sources.length > 0).filter(
      (m) => !sources.includes(m),
    );
  // "will mediate between the Angolan government and UNITA rebels": a verb of mediation names both
  // sides, and its subject tells the act, as an owner does.
  else if (MEDIATION.has(rule.cameo) && tokens[match.end]?.lower === "between" && targets.length <= 1)
    targets = pairAfterBetween(syntax, match.end, trigger, true).filter((m) => !sources.includes(m));
  // "marched in Seoul to protest against Japan's trade curbs": a protest is aimed at what it answers,
  // even one whose pattern takes no target ("blocked a road to show their anger at Israel").
  if (targets.length === 0 && rule.cameo.startsWith(PROTEST_ROOT))
    targets = protestPurposeTarget(syntax, match.end, sources);
  // "Argentina and Britain clashed at the UN": a pair acting on each other takes a third party only
  // from its pattern ("met with", "talks with").
  const sourceActors = sources.reduce((n, m) => n + (m.group?.length ?? 1), 0);
  // "Hamas and Israel accepted an Egyptian proposal": an actor inside the matched phrase is a third party.
  const pairActs =
    rule.mutual === true &&
    sourceActors >= 2 &&
    !tokens.slice(match.end, match.end + 4).some((t) => t.lower === "with" || t.lower === "against") &&
    !actorInside(syntax, trigger + 1, match.end, sources);
  if (targets.length === 0 && rule.target !== "none" && !passive && !pairActs) {
    // A noun event's target sits inside its own phrase ("rejection of Trump's letter") or right after it.
    // "rejection of Trump's letter", "talks with Seoul"; not the object of the next verb ("… surprised Seoul").
    let reach = 14;
    if (head === "noun") {
      let verb = match.end;
      while (verb < tokens.length && tokens[verb]!.pos !== "VERB" && verb - match.end < 2) verb++;
      reach = verb - trigger - 1;
    }
    // "urged the North to resume dialogue with Washington": the one asked stands before the
    // infinitive; who comes after it belongs to the act wanted. (An appeal to rally "against" a
    // third party is aimed at that party, so only demands and appeals stop there.)
    const asking = ASKING_ROOTS.has(rule.cameo.slice(0, 2));
    const to = head === "verb" && asking ? addresseeInfinitive(tokens, trigger, match.end) : -1;
    if (to > 0) reach = Math.min(reach, to - trigger - 2);
    targets = syntax.findObject(trigger + 1, reach, new Set(sources), match.end);
    // "Hamas fired rockets from Gaza": where force comes from is not what it is aimed at.
    if (HARM_ROOTS.has(rule.cameo.slice(0, 2)))
      targets = targets.filter((m) => !afterFrom(tokens, m.span.start));
    // "telephoned the Russian president to urge a ceasefire": with no one named after it, the
    // purpose is aimed at the one contacted.
    const host = targets.length === 0 && head !== "noun" ? purposeHost(tokens, trigger) : null;
    if (host !== null) targets = syntax.findObject(host + 1, trigger - host - 2, new Set(sources));
  }
  // "rejected a ceasefire proposal put forward by Egypt and Qatar": the object's author is the target.
  if (targets.length === 0 && rule.target !== "none" && head === "verb" && !passive)
    targets = authorOfObject(syntax, match.end, sources);
  // "criticised the crackdown on protesters in Georgia": the critic judges the state that cracked down.
  if (rule.cameo.startsWith(CRITICISM_ROOT) && head !== "noun" && !passive)
    targets = repressorOf(tokens, trigger, targets) ?? targets;
  // "retook the presidential palace from the Rapid Support Forces": ground is taken from someone.
  if (rule.cameo === OCCUPY && head !== "noun" && !passive) {
    const loser = syntax.findOrigin(match.end).filter((m) => !sources.includes(m));
    if (loser.length > 0) targets = loser;
  }
  // "investigate the killing of protesters by Iranian security forces": an inquiry is aimed at
  // whoever did the act it looks into, not at the act's victims.
  if (rule.cameo.startsWith(INVESTIGATE_ROOT) && !passive) {
    const accused = syntax.findAgent(match.end, 8);
    if (accused.length > 0 && !accused.some((m) => sources.includes(m))) targets = accused;
  }
  if (targets.length > 0 && (movesForces(rule.cameo) || SENDING.has(tokens[trigger]!.lemma))) {
    const moved = targets;
    targets = withoutOwnForces(tokens, targets, sources, trigger, match.end);
    // "sent a special envoy to Pyongyang": past the envoy, where it goes.
    if (targets.length === 0) {
      let verb = match.end;
      while (verb < tokens.length && verb - match.end < 6 && tokens[verb]!.pos !== "VERB") verb++;
      targets = syntax.findObject(match.end, verb - match.end, new Set([...sources, ...moved]));
    }
  }
  // "Five people died in shelling in Kharkiv": the shelling fell on them, not on the place.
  if (head === "noun" && HARM_ROOTS.has(rule.cameo.slice(0, 2)))
    targets = harmedVictims(syntax, tokens, trigger, targets);
  targets = withoutMediators(
    rule.cameo,
    withoutVenues(rule.cameo, targets, tokens, match.end),
    sources,
    tokens,
  );
  return { head, passive, sources, targets, mutualPair: rule.mutual === true && sourceActors >= 2 };
}

const INVESTIGATE_ROOT = "09";
const OCCUPY = "192";
const CRITICISM_ROOT = "11";

/** True when an actor other than the sources, with an identity, starts among tokens `from` to `to`. */
function actorInside(
  syntax: SentenceSyntax,
  from: number,
  to: number,
  sources: readonly ActorMention[],
): boolean {
  for (const m of syntax.mentions)
    if (m.span.start >= from && m.span.start < to && hasIdentity(m) && !sources.includes(m)) return true;
  return false;
}

/** The pattern's slots, then the owner, agent or subject that acts, and a passive's subject as its target. */
function actingParties(
  ctx: ExtractionContext,
  sentence: Sentence,
  syntax: SentenceSyntax,
  match: TokenMatch<RulePattern>,
  head: TriggerHead,
): { readonly passive: boolean; readonly sources: ActorMention[]; readonly targets: ActorMention[] } {
  const rule = match.value.rule;
  const tokens = sentence.tokens;
  // "were forcibly deported": an adverb opening the pattern is read from its verb, passive or not.
  const adverbFirst = tokens[match.start]!.pos === "ADV" && tokens[match.start + 1]?.pos === "VERB";
  const trigger = adverbFirst && match.start + 1 < match.end ? match.start + 1 : match.start;
  // A rule for "any" head whose trigger is a noun takes its owner or agent first: "the missile
  // launch by Pyongyang" is Pyongyang's even when Washington condemns it.
  const nounTrigger =
    rule.head === "any" &&
    (["NOUN", "PROPN"].includes(tokens[trigger]!.pos) ||
      // "North Korea's nuclear test": an adjective opening a noun phrase ("Beijing's military
      // buildup near Taiwan", whose pattern reads on to a preposition).
      (tokens[trigger]!.pos === "ADJ" &&
        (["NOUN", "PROPN"].includes(tokens[match.end - 1]?.pos ?? "") ||
          tokens[trigger + 1]?.pos === "NOUN")));
  const slotMentions = (role: "source" | "target") => {
    const range = match.slots[role];
    const m = range ? syntax.startingAt(range[0]) : undefined;
    return m ? syntax.withFollowingCoordinated(m) : [];
  };
  if (match.value.passiveForm !== undefined) {
    const parties = passiveObjectParties(syntax, trigger, match.end);
    return rule.target === "none" ? { ...parties, targets: [] } : parties;
  }
  let passive = false;
  let sources = slotMentions("source");
  let targets = slotMentions("target");
  // A noun event's own actor: its owner ("Pyongyang's launch"), else its agent ("the launch by Pyongyang").
  // "an inquiry into alleged war crimes by Sri Lankan forces": past an inquiry's topic, "by" names
  // whom the topic accuses, not who inquires.
  const probeTopic = rule.cameo.startsWith(INVESTIGATE_ROOT) && match.end - trigger > 2;
  const nounOwner = () => {
    const owner = syntax.findPossessor(trigger);
    return owner.length > 0 || probeTopic ? owner : syntax.findNounEventAgent(trigger, match.end);
  };
  const ownedNoun = nounTrigger && sources.length === 0 ? nounOwner() : [];
  if (sources.length > 0) {
    // "met Kim Yong Chol … and received a letter from Kim": the receiver is the first verb's subject.
    // "A UN convoy came under fire from …": the receiver is acted on, as a passive's subject is.
    // "Hamas fired rockets from Gaza": where fire comes from is its origin, and the subject fired.
    const subject =
      targets.length === 0 ? syntax.findSubject(coordinatedHost(tokens, trigger) ?? trigger, true) : [];
    if (subject.length > 0 && originSlot(tokens, match)) sources = subject;
    else if (targets.length === 0) targets = subject;
  } else if (opposedModifier(sentence, trigger)) {
    sources = [];
  } else if (head === "noun") {
    // "talks between Israel and Syria": the pattern may hold "between" or stop before it. The pair
    // holds the talks even where a mediator stands before the noun ("Qatar mediated talks between …").
    const between = [match.end, match.end - 1].find((j) => tokens[j]?.lower === "between");
    const pair = between === undefined ? [] : pairAfterBetween(syntax, between, trigger);
    sources = pair.length >= 2 && !MEDIATION.has(rule.cameo) ? pair : nounOwner();
    if (sources.length === 0 && pair.length >= 2) sources = pair;
    if (sources.length === 0) {
      const verb = governingVerb(sentence, trigger, ctx.clauseVerbs);
      if (verb !== null) sources = syntax.findSubject(coordinatedHost(tokens, verb) ?? verb);
    }
    if (sources.length === 0) sources = nounActAgent(syntax, trigger, match.end, rule.cameo);
  } else if (
    (head === "verb" || head === "any") &&
    syntax.isPassive(trigger) &&
    // "Algeria is prepared to lift the ban": a participle of intent before "to" is no passive.
    !(ctx.cues.intentVerbs.includes(tokens[trigger]!.lemma) && tokens[trigger + 1]?.lower === "to")
  ) {
    passive = true;
    // "Iran was accused by Israel of aggression": the agent may sit inside the pattern's own gap.
    sources = syntax.findAgent(trigger + 1);
    if (sources.length === 0) sources = syntax.findAgent(match.end);
    // "a mortar bomb was fired at it from the Gaza Strip": with no agent, the origin acts.
    if (sources.length === 0) sources = syntax.findOrigin(match.end);
    // "North Korea's letter was rejected": the letter's owner is the target; in a reduced relative
    // ("victims killed by the crash") only the noun it hangs on can be.
    if (targets.length === 0) {
      // "The militia, backed by Iran,": the noun before the comma is what the participle describes.
      const described = syntax.isReducedRelativeAt(trigger)
        ? trigger
        : syntax.isAppositiveAt(trigger)
          ? trigger - 1
          : -1;
      targets =
        described >= 0
          ? syntax.mentions.filter(
              // "talks in Doha mediated by Qatar": the talks are described, not their venue.
              (m) => m.span.end === described && !syntax.excluded.has(m) && !syntax.isLocative(m),
            )
          : syntax.findSubject(trigger, true);
      if (targets.length === 0) targets = brokeredSides(syntax, trigger, rule.cameo);
    }
  } else if (ownedNoun.length > 0) {
    sources = ownedNoun;
  } else if (nounTrigger && (judgedNoun(sentence, trigger) || backgroundNoun(sentence, trigger))) {
    // "Japan criticised the missile test": the critic did not test the missile; "cut off aid
    // after the nuclear tests": nor did the one who reacted to them.
    sources = [];
  } else {
    // "Insurgents bombarded a part of Aleppo, killing eight people": an adverbial participle's subject
    // is the main clause's subject, never the object just before the comma.
    const main =
      participleHost(tokens, trigger) ?? coordinatedHost(tokens, trigger) ?? purposeHost(tokens, trigger);
    const owner = infinitiveOwner(syntax, trigger);
    sources =
      owner.length > 0
        ? owner
        : (gerundSubject(syntax, tokens, trigger) ?? syntax.findSubject(main ?? trigger));
    if (sources.length === 0 && nounTrigger) sources = nounActAgent(syntax, trigger, match.end, rule.cameo);
  }
  return { passive, sources, targets };
}
