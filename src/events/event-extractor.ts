/**
 * Finds event mentions in one sentence: rule matches (the trigger), their source and target by
 * shallow syntax, and the mention's modality, time, place, channel and attribution.
 *
 * @example
 * extractEventMentions(context, sentence, mentions, frames, dates);
 */
import type { CameoCode, EventRule } from "../core/dictionary-schema.js";
import type {
  ActorMention,
  AttributionStatus,
  Channel,
  DateMention,
  Modality,
  Reporter,
  Sentence,
} from "../core/types.js";
import type { AttributionCues } from "../attribution/attribution-cues.js";
import { assessModality, type EventTime, eventTime, type TermStart } from "../attribution/modality.js";
import type { ReportingFrame } from "../attribution/reporting-frames.js";
import type { TokenMatch } from "../nlp/token-matcher.js";
import {
  accidentalCause,
  conditionActor,
  coordinatedHost,
  domesticTarget,
  gerundSubject,
  governingVerb,
  HARM_ROOTS,
  impliedCountry,
  participleHost,
  RECIPROCAL_ROOTS,
  topicOf,
  unknownAddressee,
} from "./clause-roles.js";
import { hasIdentity, SentenceSyntax } from "./clause-syntax.js";
import type { EventRuleIndex, RulePattern } from "./event-rule-index.js";

/** One event mention before dedup; sources and targets may hold several coordinated actors. @example candidate.rule.id */
export interface EventMentionCandidate {
  readonly sentence: number;
  readonly rule: EventRule;
  readonly pattern: string;
  readonly code: CameoCode;
  readonly trigger: number;
  readonly matchEnd: number;
  readonly sources: readonly ActorMention[];
  readonly targets: readonly ActorMention[];
  readonly negated: boolean;
  readonly modality: Modality;
  readonly time: EventTime;
  readonly location: string | null;
  readonly channel: Channel | null;
  readonly reporter: Reporter | null;
  readonly status: AttributionStatus;
  readonly hedges: readonly string[];
  readonly literals: number;
  /** True for a passive ("were killed in a bombing"), whose agent may go unnamed. */
  readonly passive: boolean;
}

/** What the extractor needs besides the sentence. @example { rules, cues, articleDate, outlet, termStart } */
export interface ExtractionContext {
  readonly rules: EventRuleIndex;
  readonly cues: AttributionCues;
  readonly articleDate: string;
  readonly termStart: TermStart;
  /** Lemmas of verbs that take a clause ("said Kim had refused"), so the actor after them is a subject. */
  readonly clauseVerbs: ReadonlySet<string>;
}

const NOMINAL_MODIFIERS: ReadonlySet<string> = new Set(["DET", "ADJ", "NOUN", "PROPN"]);
const BEFORE_ATTRIBUTIVE: ReadonlySet<string> = new Set(["DET", "ADP", "ADJ", "PUNCT", "CCONJ"]);
const STATUS_OF_FRAME = {
  report: "asserted",
  confirm: "confirmed",
  deny: "denied",
  unconfirm: "unconfirmed",
} as const satisfies Record<ReportingFrame["kind"], AttributionStatus>;

const POS_OF_HEAD: Record<string, readonly string[]> = {
  verb: ["VERB"],
  noun: ["NOUN", "PROPN"],
  adj: ["ADJ", "VERB", "NOUN"],
  any: [],
};
/** The trigger's part of speech fits the rule; a main-verb "have" or "be" is tagged AUX by wink. */
function headFits(tokens: Sentence["tokens"], i: number, head: string): boolean {
  const allowed = POS_OF_HEAD[head] ?? [];
  const pos = tokens[i]!.pos;
  // "Israeli tank shelling": wink tags some gerunds as verbs; after a modifier they are nouns.
  if (head === "noun" && pos === "VERB" && /ing$/.test(tokens[i]!.lower)) {
    return NOMINAL_MODIFIERS.has(tokens[i - 1]?.pos ?? "");
  }
  // "exiled dissidents", "Israeli-occupied sector": a participle before a noun is an adjective.
  if (head !== "noun" && /ed$/.test(tokens[i]!.lower)) {
    const prev = tokens[i - 1];
    const next = tokens[i + 1]?.pos ?? "";
    // "the Syrian-backed Amal militia": a hyphenated participle is always an adjective.
    if (prev?.lower === "-" && (next === "NOUN" || next === "PROPN" || next === "ADJ")) return false;
    if (pos === "VERB" && next === "NOUN" && (!prev || BEFORE_ATTRIBUTIVE.has(prev.pos))) return false;
  }
  if (allowed.length === 0 || allowed.includes(pos)) return true;
  // wink sometimes tags a verb after a modal or "to" as an adjective or noun: "would free", "to shell".
  if (head === "verb" && (pos === "ADJ" || pos === "NOUN") && VERB_OPENERS.has(tokens[i - 1]?.lower ?? ""))
    return true;
  if (head !== "verb" || pos !== "AUX") return false;
  let j = i + 1;
  while (tokens[j] && (tokens[j]!.pos === "ADV" || tokens[j]!.pos === "PART")) j++;
  return tokens[j]?.pos !== "VERB" && tokens[j]?.pos !== "AUX";
}

const ALLEGATION_CODE = "112";
const DOMESTIC_BY_DEFAULT = new Set(["08", "10", "13", "14", "17"]);
const CONDITIONAL_SPEECH = new Set(["03", "10", "11", "12", "13"]);
const GOVERNING_ROOTS = new Set(["02", "03", "10", "12", "13"]);
const VERB_OPENERS = new Set([
  "would",
  "will",
  "to",
  "could",
  "should",
  "must",
  "may",
  "might",
  "can",
  "'ll",
  "not",
  "n't",
]);

const NON_COMMITTAL = new Set(["comment", "confirm", "elaborate", "specify", "disclose", "say", "answer"]);

const CHANNEL_CUES: readonly (readonly [Channel, readonly string[]])[] = [
  ["letter", ["letter", "correspondence", "message"]],
  ["call", ["phone", "call", "telephone", "videoconference"]],
  ["summit", ["summit"]],
  ["envoy", ["envoy", "emissary", "delegation"]],
  ["statement", ["statement"]],
];

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
  const endsByStart = new Map<number, number[]>();
  for (const m of mentions) {
    const ends = endsByStart.get(m.span.start);
    if (ends) ends.push(m.span.end);
    else endsByStart.set(m.span.start, [m.span.end]);
  }
  const none: number[] = [];
  const slotEnds = (i: number) => endsByStart.get(i) ?? none;
  const dateStarts = new Set(dates.map((d) => d.span.start));
  const frameVerbTokens = new Set(frames.map((f) => f.verbToken));
  const matches: TokenMatch<RulePattern>[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // An index loop: most tokens match nothing, and an iterator per token costs more than the test.
    const found = ctx.rules.matcher.matchAt(tokens, i, slotEnds);
    for (let k = 0; k < found.length; k++) {
      const match = found[k]!;
      if (!headFits(tokens, i, match.value.rule.head ?? "verb")) continue;
      // "declined to comment", "refused to confirm" are attribution, not events.
      if (tokens[match.end]?.lower === "to" && NON_COMMITTAL.has(tokens[match.end + 1]?.lemma ?? ""))
        continue;
      // "fired a missile on Tuesday": a pattern's closing preposition must lead to a target, not a date.
      const last = match.end - 1;
      if (tokens[last]?.pos === "ADP" && (dateStarts.has(match.end) || dateStarts.has(last))) continue;
      // "said" is attribution, not a statement event.
      const rule = match.value.rule;
      const reporting = frameVerbTokens.has(i);
      const plainSaying = rule.cameo === "010" && ctx.cues.reportingVerbs.includes(tokens[i]!.lemma);
      if (rule.cameo.startsWith("01") && (reporting || plainSaying)) continue;
      matches.push(match);
    }
  }
  matches.sort((a, b) => b.literals - a.literals || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const chosen: TokenMatch<RulePattern>[] = [];
  for (const m of matches) {
    const clash = chosen.some(
      (c) => (m.start >= c.start && m.start < c.end) || (c.start >= m.start && c.start < m.end),
    );
    if (!clash) chosen.push(m);
  }
  chosen.sort((a, b) => a.start - b.start);
  const out: EventMentionCandidate[] = [];
  for (const match of dropGoverned(chosen, tokens, ctx)) {
    const candidate = codeMatch(ctx, sentence, mentions, frames, dates, match);
    if (candidate) out.push(candidate);
  }
  return [...out, ...allegations(ctx, frames, out, tokens)];
}

function intentTriggerOf(lemma: string, rule: EventRule, ctx: ExtractionContext): boolean {
  return !rule.cameo.startsWith("03") && (ctx.cues.intentVerbs.includes(lemma) || lemma === "agree");
}

/**
 * A verb that governs another event ("pledged to expel", "threatened to attack", "called on X to
 * release") makes one event, not two: an intent verb gives way to the act it announces (coded as
 * intent), a demand or appeal keeps its own code, and a threat keeps its code unless the act has a
 * threat code of its own ("threatened to attack" → 138).
 */
function dropGoverned(
  chosen: readonly TokenMatch<RulePattern>[],
  tokens: Sentence["tokens"],
  ctx: ExtractionContext,
): TokenMatch<RulePattern>[] {
  const dropped = new Set<TokenMatch<RulePattern>>();
  for (const governor of chosen) {
    const root = governor.value.rule.cameo.slice(0, 2);
    if (!GOVERNING_ROOTS.has(root)) continue;
    const governed = chosen.find(
      (m) =>
        m !== governor &&
        m.start > governor.start &&
        m.start - governor.end <= 4 &&
        tokens.slice(governor.start + 1, m.start).some((t) => t.lower === "to") &&
        // "threatened to close the strait if Washington imposed sanctions": a condition or a new
        // clause between them means the second act is not the one announced.
        !tokens.slice(governor.end, m.start).some((t) => CLAUSE_BREAKS.has(t.lower)),
    );
    if (!governed) continue;
    if (root === "03") dropped.add(governor);
    else if (root === "13" && ctx.rules.cameo.get(governed.value.rule.cameo)?.intent?.startsWith("13"))
      dropped.add(governor);
    else dropped.add(governed);
  }
  return chosen.filter((m) => !dropped.has(m));
}

/**
 * "The US claimed that ISIL had attacked Iraq": a report that alleges wrongdoing is itself an
 * accusation by the reporter against the wrongdoer.
 */
function allegations(
  ctx: ExtractionContext,
  frames: readonly ReportingFrame[],
  events: readonly EventMentionCandidate[],
  tokens: Sentence["tokens"],
): EventMentionCandidate[] {
  const accuse = ctx.rules.cameo.get(ALLEGATION_CODE);
  if (!accuse) return [];
  const out: EventMentionCandidate[] = [];
  for (const frame of frames) {
    const verb = frame.verb.split(" ").pop()?.toLowerCase() ?? "";
    const reporter = frame.reporter;
    if (frame.kind !== "report" || !reporter || !reporter.actor.country) continue;
    // Journalism is not accusation: a news outlet reporting violence accuses no one.
    if (reporter.kind === "media" || reporter.actor.sector === "MED") continue;
    const alleging = ctx.cues.allegationVerbs.some((v) => verb.startsWith(v));
    for (const e of events) {
      if (e.trigger < frame.content[0] || e.trigger >= frame.content[1] || e.sources.length === 0) continue;
      if (e.code.code.startsWith("11") || e.negated || e.modality === "hypothetical") continue;
      // "Israel said a mortar was fired at it from Gaza": a report of another party's violence accuses
      // it; with "claimed" or "alleged", any conflictual report is an accusation.
      const violent = ["18", "19", "20"].includes(e.code.code.slice(0, 2));
      const otherParty = e.sources.every((s) => s.actor.country !== reporter.actor.country);
      // Without "claimed"/"alleged", only the victim's own report accuses: "Israel said a mortar was fired at it".
      // "The US said that Iraq had attacked …": a state's explicit report of another's violence.
      const thatClause = frame.content[0] > 0 && tokens[frame.content[0] - 1]?.lower === "that";
      const victim =
        thatClause ||
        e.targets.some(
          (t) =>
            t.actor.country === reporter.actor.country ||
            t.group?.some((g) => g.country === reporter.actor.country),
        );
      if (!(alleging ? e.code.quadClass >= 3 : violent && otherParty && victim)) continue;
      out.push({
        ...e,
        rule: {
          id: "allegation-of-wrongdoing",
          cameo: ALLEGATION_CODE,
          patterns: ["(reporting frame) allege|claim|charge that …"],
        },
        pattern: `${frame.verb} that …`,
        code: accuse,
        trigger: frame.verbToken,
        matchEnd: frame.verbToken + 1,
        sources: [reporter],
        targets: e.sources,
        reporter: null,
        channel: null,
        literals: 1,
        passive: false,
      });
    }
  }
  return out;
}

function codeMatch(
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
  const frame = innermostFrame(frames, trigger);
  // A reporter is never the source or target of what it reports, nor of the clauses around it; an
  // event reported inside a frame takes its actors from the reported words alone.
  // A speaker carried over to ", saying …" from the main clause still acts in that main clause.
  const excluded = new Set(
    frames
      .filter((f) => f.reporter && f.verbToken !== trigger && (inFrame(f, trigger) || nearVerb(f)))
      .map((f) => f.reporter!),
  );
  for (const f of frames) {
    if (!inFrame(f, trigger)) continue;
    for (const m of mentions) if (m.span.end <= f.content[0] || m.span.start >= f.content[1]) excluded.add(m);
  }
  const syntax = new SentenceSyntax(sentence, mentions, excluded, ctx.clauseVerbs);
  // "Israeli tank shelling", "the museum shooting": a gerund after a modifier is an event noun,
  // whose agent is its modifier, not a subject further left.
  const gerund = /ing$/.test(tokens[trigger]!.lower) && NOMINAL_MODIFIERS.has(tokens[trigger - 1]?.pos ?? "");
  const head = (rule.head ?? "verb") === "verb" && gerund ? "noun" : (rule.head ?? "verb");
  // A rule for "any" head whose trigger is a noun takes its owner or agent first: "the missile
  // launch by Pyongyang" is Pyongyang's even when Washington condemns it.
  const nounTrigger =
    rule.head === "any" &&
    (["NOUN", "PROPN"].includes(tokens[trigger]!.pos) ||
      // "North Korea's nuclear test": an adjective opening a noun phrase.
      (tokens[trigger]!.pos === "ADJ" && ["NOUN", "PROPN"].includes(tokens[match.end - 1]?.pos ?? "")));
  const slotMentions = (role: "source" | "target") => {
    const range = match.slots[role];
    const m = range ? syntax.startingAt(range[0]) : undefined;
    return m ? syntax.withFollowingCoordinated(m) : [];
  };
  let passive = false;
  let sources = slotMentions("source");
  let targets = slotMentions("target");
  // A noun event's own actor: its owner ("Pyongyang's launch"), else its agent ("the launch by Pyongyang").
  const nounOwner = () => {
    const owner = syntax.findPossessor(trigger);
    return owner.length > 0 ? owner : syntax.findAgent(match.end);
  };
  const ownedNoun = nounTrigger && sources.length === 0 ? nounOwner() : [];
  if (sources.length > 0) {
    if (targets.length === 0) targets = syntax.findSubject(trigger);
  } else if (head === "noun") {
    sources = nounOwner();
    if (sources.length === 0 && tokens[match.end]?.lower === "between") {
      const pair = syntax.findObject(match.end, 3);
      if (pair.length >= 2) sources = pair;
    }
    if (sources.length === 0) {
      const verb = governingVerb(sentence, trigger, ctx.clauseVerbs);
      if (verb !== null) sources = syntax.findSubject(coordinatedHost(tokens, verb) ?? verb);
    }
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
      targets = syntax.isReducedRelativeAt(trigger)
        ? mentions.filter((m) => m.span.end === trigger && !excluded.has(m))
        : syntax.findSubject(trigger, true);
    }
  } else if (ownedNoun.length > 0) {
    sources = ownedNoun;
  } else {
    // "Insurgents bombarded a part of Aleppo, killing eight people": an adverbial participle's subject
    // is the main clause's subject, never the object just before the comma.
    const main = participleHost(tokens, trigger) ?? coordinatedHost(tokens, trigger);
    sources = gerundSubject(syntax, tokens, trigger) ?? syntax.findSubject(main ?? trigger);
  }
  // A passive's object is its subject: with none, nothing further right is its target.
  // A pattern ending in a preposition ("fire missiles at") names its target right after it.
  const right =
    syntax.startingAt(match.end) ??
    (["the", "a"].includes(tokens[match.end]?.lower ?? "") ? syntax.startingAt(match.end + 1) : undefined);
  if (
    targets.length === 0 &&
    rule.target !== "none" &&
    right &&
    // "blamed Kyiv for the drone attack": a bare agent noun after the preposition names no one.
    hasIdentity(right) &&
    !excluded.has(right) &&
    !sources.includes(right) &&
    // "launch an offensive in its war with Iraq": the source's own "its" is not the target.
    !(
      right.coreferent &&
      sources.some((s) => s.actor.country !== null && s.actor.country === right.actor.country)
    ) &&
    tokens[match.end - 1]?.pos === "ADP"
  ) {
    targets = syntax.withFollowingCoordinated(right);
  }
  // "Argentina and Britain clashed at the UN": a pair acting on each other takes a third party only
  // from its pattern ("met with", "talks with").
  const sourceActors = sources.reduce((n, m) => n + (m.group?.length ?? 1), 0);
  const pairActs =
    rule.mutual === true &&
    sourceActors >= 2 &&
    !tokens.slice(match.end, match.end + 4).some((t) => t.lower === "with" || t.lower === "against");
  if (targets.length === 0 && rule.target !== "none" && !passive && !pairActs) {
    // A noun event's target sits inside its own phrase ("rejection of Trump's letter") or right after it.
    // "rejection of Trump's letter", "talks with Seoul"; not the object of the next verb ("… surprised Seoul").
    let reach = 14;
    if (head === "noun") {
      let verb = match.end;
      while (verb < tokens.length && tokens[verb]!.pos !== "VERB" && verb - match.end < 2) verb++;
      reach = verb - trigger - 1;
    }
    targets = syntax.findObject(trigger + 1, reach, new Set(sources));
  }
  // "victims killed by the MH17 crash", "killed in a car crash": harm no actor inflicted.
  if (
    sources.length === 0 &&
    HARM_ROOTS.has(ruleCode.code.slice(0, 2)) &&
    accidentalCause(tokens, match.end, ctx.cues)
  )
    return null;
  const assessed = assessModality(tokens, trigger, head, ctx.cues, ruleCode);
  // "will not accept refugees", "refused to meet": refusing a cooperative act is a rejection.
  const refusal = assessed.refusal && ruleCode.refusal ? ctx.rules.cameo.get(ruleCode.refusal) : undefined;
  const negated = refusal ? false : assessed.negated;
  const modality = refusal
    ? "actual"
    : intentTriggerOf(tokens[trigger]!.lemma, rule, ctx) && assessed.modality !== "hypothetical"
      ? "intended"
      : assessed.modality;
  // A rule triggered by an intent verb itself ("agreed to a ceasefire", "offered aid") declares intent.
  const declared = assessed.declared || intentTriggerOf(tokens[trigger]!.lemma, rule, ctx);
  // CAMEO codes a declared act as the intent to act: "pledged to provide aid" and "said it will
  // provide aid" are 033, "wants to attack" is 138. A narrated future ("will meet in Zurich") keeps its code.
  const reportFrame = innermostFrame(
    frames.filter((f) => f.kind === "report"),
    trigger,
  );
  const bySourceSide =
    reportFrame?.reporter !== undefined &&
    reportFrame.reporter !== null &&
    (!reportFrame.reporter.actor.country ||
      sources.some((s) => s.actor.country === reportFrame.reporter!.actor.country || s.coreferent));
  const declaredCode =
    refusal ??
    (modality === "intended" && (declared || bySourceSide) && ruleCode.intent
      ? (ctx.rules.cameo.get(ruleCode.intent) ?? ruleCode)
      : ruleCode);
  // "will boycott the elections unless the president steps down": a harmful act promised on a
  // condition is a threat (CAMEO 13), whatever verb announced it.
  const threat =
    !refusal &&
    modality === "intended" &&
    assessed.condition === "outside" &&
    declaredCode.quadClass >= 3 &&
    !declaredCode.code.startsWith("13");
  const code = threat
    ? (ctx.rules.cameo.get(ruleCode.intent?.startsWith("13") ? ruleCode.intent : "130") ?? declaredCode)
    : declaredCode;
  // Threats, demands, rejections and offers carry their conditions; any other act under a
  // condition is hypothetical.
  const carriesCondition = CONDITIONAL_SPEECH.has(code.code.slice(0, 2));
  const conditional =
    assessed.condition === "inside" || (assessed.condition === "outside" && !carriesCondition);
  const finalModality = conditional && !refusal ? "hypothetical" : modality;
  const time = eventTime(tokens, trigger, dates, mentions, ctx.articleDate, ctx.cues, ctx.termStart);
  // "…, relief officials in Nairobi said": a place in the reporter's words is not where the event was.
  const location = mentions.find(
    (m) => !excluded.has(m) && syntax.isLocative(m) && Math.abs(m.span.start - trigger) <= 16,
  );
  // An act with no named target falls on the place where it happened:
  // "imposed a curfew in Cizre, Turkey", "lifted a curfew in Montenegro", "rallies in the Gaza Strip".
  const mutualPair = rule.mutual === true && sourceActors >= 2;
  // "A roadside bombing near Samarra killed one U.S. soldier": violence with no named perpetrator is
  // coded from the country where it happened, marked as implied, as CAMEO coders do.
  // "Thousands marched in Tbilisi": so are protesters the text does not name.
  const root = code.code.slice(0, 2);
  if (
    sources.length === 0 &&
    location?.actor.country &&
    ((HARM_ROOTS.has(root) && targets.length > 0 && !targets.includes(location)) ||
      (root === "14" && targets.every((t) => t === location)))
  ) {
    sources = [impliedCountry(location, "implied-location-source")];
  }
  if (targets.length === 0 && location && !mutualPair) {
    targets = [location];
  }
  // "India and Pakistan agreed to halt all firing": two states cooperating or stepping back with no
  // one else named do it towards each other.
  const countries = new Set(sources.map((s) => s.actor.country).filter((c) => c !== null));
  // "Seoul and Tokyo agreed to share intelligence on North Korea": what a pair cooperates about is
  // its topic, not its partner.
  if (
    countries.size >= 2 &&
    RECIPROCAL_ROOTS.has(root) &&
    targets.length > 0 &&
    targets.every((t) => topicOf(tokens, t))
  ) {
    targets = [];
  }
  const towardEachOther =
    !mutualPair && targets.length === 0 && countries.size >= 2 && RECIPROCAL_ROOTS.has(root);
  // "threatened to stop negotiations if the United States goes ahead": a threat with no one named
  // is aimed at whoever its condition names.
  if (targets.length === 0 && root === "13" && assessed.condition === "outside") {
    const named = conditionActor(tokens, trigger, mentions, sources);
    if (named) targets = [named];
  }
  // A protest, a strike called off, a curfew or a demand with no one named is aimed at the
  // actors' own state: CAMEO codes such domestic events X → X.
  if (
    targets.length === 0 &&
    !mutualPair &&
    !towardEachOther &&
    DOMESTIC_BY_DEFAULT.has(code.code.slice(0, 2)) &&
    !unknownAddressee(tokens, trigger + 1, mentions)
  ) {
    const home = sources.find((s) => s.actor.country);
    if (home) targets = [domesticTarget(home)];
  }
  const status: AttributionStatus = frame ? STATUS_OF_FRAME[frame.kind] : "asserted";
  const reporter: Reporter | null = reportFrame?.reporter
    ? {
        code: reportFrame.reporter.actor.code || null,
        text: reportFrame.reporter.text,
        verb: reportFrame.verb,
      }
    : null;
  return {
    sentence: sentence.index,
    rule: towardEachOther ? { ...rule, mutual: true } : rule,
    pattern,
    code,
    trigger,
    matchEnd: match.end,
    sources,
    targets,
    negated,
    modality: rule.modality && finalModality === "actual" ? rule.modality : finalModality,
    time,
    location: location ? location.text.replace(/^the\s+/i, "") : null,
    channel: rule.channel ?? channelNear(sentence, trigger, code),
    reporter,
    status,
    hedges: hedgesIn(sentence, trigger, ctx.cues),
    literals: match.literals,
    passive,
  };
}

/** Words that open another clause between a governing verb and a later act. */
const CLAUSE_BREAKS = new Set([
  ",",
  ";",
  "if",
  "unless",
  "because",
  "when",
  "after",
  "before",
  "while",
  "that",
  "but",
]);

/** True when the reporter stands by its reporting verb ("KCNA said", "said a spokesman"). */
function nearVerb(frame: ReportingFrame): boolean {
  const r = frame.reporter!.span;
  return r.end >= frame.verbToken - 4 && r.start <= frame.verbToken + 4;
}

function inFrame(frame: ReportingFrame, i: number): boolean {
  return i >= frame.content[0] && i < frame.content[1];
}

/** The narrowest frame whose content holds the trigger; a status frame outranks a plain report. */
function innermostFrame(frames: readonly ReportingFrame[], i: number): ReportingFrame | null {
  let best: ReportingFrame | null = null;
  for (const f of frames) {
    if (!inFrame(f, i)) continue;
    if (!best || f.content[0] > best.content[0] || (f.kind !== "report" && best.kind === "report")) best = f;
  }
  return best;
}

function channelNear(sentence: Sentence, trigger: number, code: CameoCode): Channel | null {
  if (code.quadClass === 2 || code.quadClass === 4) return null;
  const tokens = sentence.tokens;
  let best: Channel | null = null;
  let distance = Number.POSITIVE_INFINITY;
  for (const [channel, words] of CHANNEL_CUES) {
    for (let j = 0; j < tokens.length; j++) {
      const t = tokens[j]!;
      const near = Math.abs(j - trigger);
      if ((words.includes(t.lemma) || words.includes(t.lower)) && near < distance && near <= 16) {
        best = channel;
        distance = near;
      }
    }
  }
  if (best) return best;
  if (code.code.startsWith("04")) return "meeting";
  return null;
}

function hedgesIn(sentence: Sentence, trigger: number, cues: AttributionCues): string[] {
  const found: string[] = [];
  const tokens = sentence.tokens;
  for (let j = 0; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (!cues.hedges.includes(t.lower)) continue;
    if (t.lower === "according" && tokens[j + 1]?.lower === "to") found.push("according to");
    else if (t.lower === "reported" && t.pos === "VERB" && j !== trigger - 1) continue;
    else if (t.lower !== "according") found.push(t.lower);
  }
  for (let j = 0; j + 1 < tokens.length; j++) {
    if (
      tokens[j]!.lemma === "report" &&
      tokens[j]!.pos === "NOUN" &&
      ["suggest", "say", "claim", "indicate"].includes(tokens[j + 1]!.lemma)
    )
      found.push(`${tokens[j]!.text} ${tokens[j + 1]!.text}`);
  }
  return [...new Set(found)];
}
