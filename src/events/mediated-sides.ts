/**
 * The sides a mediator brings together when its act is told in the passive: the pair after
 * "between" in the mediated noun's phrase ("the deal between Armenia and Azerbaijan was brokered
 * by Washington"), else the subject of the verb that holds the mediated noun ("Russia and Ukraine
 * held talks in Doha mediated by Qatar and Turkey").
 *
 * @example
 * mediatedSides(syntax, trigger).map((m) => m.text); // "… held talks in Doha mediated by Qatar" → ["Russia", "Ukraine"]
 */
import type { ActorMention, Token } from "../core/types.js";
import type { TokenMatch } from "../nlp/token-matcher.js";
import type { SentenceSyntax } from "./clause-syntax.js";
import type { EventParties } from "./event-parties.js";
import type { RulePattern } from "./event-rule-index.js";

const MEDIATE = "045";

// Nouns of what two sides do together and a third party may bring about.
// biome-ignore format: word list
const MEDIATED_NOUNS: ReadonlySet<string> = new Set(["talk", "talks", "negotiation", "dialogue", "meeting", "summit", "ceasefire", "cease-fire", "truce", "deal", "agreement", "accord", "pact", "settlement", "exchange", "swap", "armistice"]);
// Words that may stand inside the mediated noun's phrase, before the participle.
const PHRASE_POS: ReadonlySet<string> = new Set([
  "DET",
  "ADJ",
  "NOUN",
  "PROPN",
  "NUM",
  "ADP",
  "CCONJ",
  "PART",
]);
// "was brokered", "had been mediated", ", mediated": what stands between the phrase and the participle.
const PASSIVE_LEAD: ReadonlySet<string> = new Set(["AUX", "ADV", "PUNCT"]);
// Verbs whose subject is a side of the mediated talks or deal ("praised a deal brokered by Turkey" names no side).
// biome-ignore format: word list
const PARTY_VERBS: ReadonlySet<string> = new Set(["hold", "attend", "join", "conduct", "resume", "begin", "start", "open", "enter", "sign", "agree", "reach", "accept", "conclude", "strike", "seal", "ink", "finalise", "finalize", "implement", "observe", "announce", "exchange", "swap", "release", "free", "restore", "normalise", "normalize", "establish", "renew"]);
const PHRASE_REACH = 10;
const MODIFIED_AFTER: ReadonlySet<string> = new Set(["DET", "ADP", "NUM", "ADJ"]);
const VERB_REACH = 9;

/**
 * A passive mediation's parties with the sides it brought together as its targets, or null when
 * the match is no passive mediation or names no sides.
 * @example passiveMediation(syntax, match, parties)?.targets // "a truce mediated by Egypt between Israel and Hamas" → [Israel, Hamas]
 */
export function passiveMediation(
  syntax: SentenceSyntax,
  match: TokenMatch<RulePattern>,
  parties: EventParties,
): EventParties | null {
  if (!parties.passive || match.value.rule.cameo !== MEDIATE) return null;
  const agentEnd = Math.max(match.end, ...parties.sources.map((m) => m.span.end));
  const sides = mediatedSides(syntax, match.start, agentEnd).filter((m) => !parties.sources.includes(m));
  return sides.length > 0 ? { ...parties, targets: sides } : null;
}

/**
 * The sides of the noun a passive mediation trigger describes, or none when no side is named.
 * @example mediatedSides(syntax, 7) // "The deal between Armenia and Azerbaijan was brokered by Washington" → [Armenia, Azerbaijan]
 */
export function mediatedSides(syntax: SentenceSyntax, trigger: number, agentEnd = trigger): ActorMention[] {
  const tokens = syntax.tokens;
  const noun = mediatedNoun(tokens, trigger);
  if (noun < 0) return [];
  // "a truce brokered by Qatar between Israel and Hamas": "between" may follow the agent.
  const between = range(noun + 1, agentEnd + 1).find((k) => tokens[k]?.lower === "between");
  if (between !== undefined) {
    const pair = pairAfter(syntax, between + 1);
    if (pair.length >= 2) return pair;
  }
  const verb = holdingVerb(syntax, noun);
  if (verb < 0) return [];
  const subject = syntax.findSubject(verb);
  if (subject.length !== 1) return subject;
  // "Ukraine held talks with Russia in Doha mediated by Turkey": the subject and whom it met.
  const withAt = range(verb + 1, trigger).find((k) => tokens[k]!.lower === "with");
  const partner = withAt !== undefined ? pairAfter(syntax, withAt + 1).slice(0, 1) : [];
  return [...subject, ...partner];
}

/** The mediated noun at `at` ("the deal … was brokered", read object first) or in the phrase the participle there describes. */
function mediatedNoun(tokens: SentenceSyntax["tokens"], at: number): number {
  if (isMediatedNoun(tokens[at]!)) return at;
  let j = at - 1;
  while (j >= 0 && at - j <= 4 && PASSIVE_LEAD.has(tokens[j]!.pos) && tokens[j]!.lower !== ".") j--;
  for (let k = j; k >= 0 && j - k < PHRASE_REACH; k--) {
    const t = tokens[k]!;
    if (isMediatedNoun(t)) return k;
    if (t.lower !== "'s" && !PHRASE_POS.has(t.pos)) return -1;
  }
  return -1;
}

/** "talks", and "Talks" opening a sentence, which the tagger reads as a name. */
const isMediatedNoun = (t: SentenceSyntax["tokens"][number]): boolean =>
  (t.pos === "NOUN" || t.pos === "PROPN") && MEDIATED_NOUNS.has(t.lower);

const range = (from: number, to: number): number[] =>
  Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);

/** "Israel and Hamas", "Sudan's army and the RSF" at `at`: the two actors joined by "and". */
function pairAfter(syntax: SentenceSyntax, at: number): ActorMention[] {
  const tokens = syntax.tokens;
  const first = syntax.startingAt(at) ?? (tokens[at]?.pos === "DET" ? syntax.startingAt(at + 1) : undefined);
  if (!first) return [];
  if (tokens[first.span.end]?.lower !== "and") return [first];
  const next = first.span.end + 1;
  const second =
    syntax.startingAt(next) ?? (tokens[next]?.pos === "DET" ? syntax.startingAt(next + 1) : undefined);
  return second ? [first, second] : [first];
}

/** The verb whose object phrase holds the noun: "held talks", "agreed to a ceasefire", "exchanged prisoners in a swap". */
function holdingVerb(syntax: SentenceSyntax, noun: number): number {
  const tokens = syntax.tokens;
  for (let k = noun - 1; k >= 0 && noun - k <= VERB_REACH; k--) {
    const t = tokens[k]!;
    // "freed dozens of detained soldiers in an exchange": a participle after a determiner or
    // preposition describes a noun of the object.
    if (t.pos === "VERB" && !PARTY_VERBS.has(t.lemma) && MODIFIED_AFTER.has(tokens[k - 1]?.pos ?? ""))
      continue;
    if (t.pos === "VERB") return PARTY_VERBS.has(t.lemma) ? k : -1;
    if (!PHRASE_POS.has(t.pos)) return -1;
  }
  return -1;
}

/**
 * "Saudi Arabia hosted talks between US and Russian officials": the talks a mediator hosted or
 * brokered between two sides were held by them too; the meeting inside the mediation's match stands.
 * @example mediatedInside(tokens, hostTalksMatch, talksBetweenMatch) // true
 */
export function mediatedInside(
  tokens: readonly Token[],
  outer: TokenMatch<RulePattern>,
  inner: TokenMatch<RulePattern>,
): boolean {
  return (
    outer.value.rule.cameo === MEDIATE &&
    inner.value.rule.cameo.startsWith("04") &&
    inner.value.rule.cameo !== MEDIATE &&
    inner.start > outer.start &&
    inner.start < outer.end &&
    tokens[inner.end - 1]?.lower === "between" &&
    // "offered to host a summit between Putin and Zelensky": talks only offered bind neither side.
    tokens[outer.start - 1]?.lower !== "to" &&
    // "offered to host talks between the two sides": a pair named only as such may be the hosts.
    !GROUP_OPENERS.has(tokens[inner.end]?.lower ?? "") &&
    tokens[inner.end + 1]?.lower !== "two"
  );
}

const GROUP_OPENERS: ReadonlySet<string> = new Set(["both", "them", "they"]);
