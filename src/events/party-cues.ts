/**
 * Cues around a trigger that settle its parties: the target a closing preposition names ("fire
 * missiles at Israel"), verbs that tell talks happened ("talks between X and Y resumed"), and the
 * one asked, who stands before an infinitive ("urged the North to resume dialogue").
 *
 * @example
 * addresseeInfinitive(tokens, trigger, match.end); // "urged the North to resume" → index of "to"
 */
import type { ActorMention, Sentence } from "../core/types.js";
import { isCapitalName } from "./agent-finder.js";
import { STRIKE_NOUNS } from "./force-nouns.js";
import type { TokenMatch } from "../nlp/token-matcher.js";
import type { SentenceSyntax } from "./clause-syntax.js";
import type { RulePattern } from "./event-rule-index.js";
import { hasIdentity } from "./mention-identity.js";

/**
 * A pattern ending in a preposition ("fire missiles at") names its target right after it; a
 * passive's object is its subject: with none, nothing further right is its target.
 * @example prepositionTarget(syntax, match, sources)[0]?.text // "fired missiles at Israel" → "Israel"
 */
export function prepositionTarget(
  syntax: SentenceSyntax,
  match: TokenMatch<RulePattern>,
  sources: readonly ActorMention[],
): ActorMention[] {
  const tokens = syntax.tokens;
  const right =
    syntax.startingAt(match.end) ??
    (["the", "a"].includes(tokens[match.end]?.lower ?? "") ? syntax.startingAt(match.end + 1) : undefined);
  if (
    right &&
    // "blamed Kyiv for the drone attack": a bare agent noun after the preposition names no one.
    hasIdentity(right) &&
    !syntax.excluded.has(right) &&
    !sources.includes(right) &&
    // "launch an offensive in its war with Iraq": the source's own "its" is not the target.
    !(
      right.coreferent &&
      sources.some((s) => s.actor.country !== null && s.actor.country === right.actor.country)
    ) &&
    tokens[match.end - 1]?.pos === "ADP" &&
    // "marched in Seoul", "rallied across Caracas": a city the act goes through is its place.
    !(ROUTE_PREPOSITIONS.has(tokens[match.end - 1]!.lower) && isCapitalName(right))
  ) {
    return syntax.withFollowingCoordinated(right);
  }
  return [];
}

const ROUTE_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "through", "across", "along", "around"]);

// Verbs that tell a meeting, talks or fighting took place: "resumed", "lasted", "broke down", "were held".
const HAPPENING_VERBS = new Set([
  "resume",
  "begin",
  "start",
  "open",
  "end",
  "last",
  "conclude",
  "collapse",
  "stall",
  "break",
  "take",
  "hold",
  "continue",
  "close",
  "fail",
  // "clashes between X and Y erupted", "fighting between X and Y has killed 300 people"
  "erupt",
  "flare",
  "rage",
  "intensify",
  "escalate",
  "kill",
  "leave",
  "claim",
]);

/** True when the verb at `from`, past auxiliaries and adverbs, tells that a meeting happened. @example happened(tokens, i) // "talks … resumed" → true */
export function happened(tokens: SentenceSyntax["tokens"], from: number): boolean {
  let j = from;
  while (["AUX", "ADV", "PART"].includes(tokens[j]?.pos ?? "") && j - from < 3) j++;
  const t = tokens[j];
  return t !== undefined && t.pos === "VERB" && HAPPENING_VERBS.has(t.lemma);
}

/** The CAMEO root of protests (14, PLOVER PROTEST). @example rule.cameo.startsWith(PROTEST_ROOT) */
export const PROTEST_ROOT = "14";

/** CAMEO roots of asking: appeals (02) and demands (10). @example ASKING_ROOTS.has("10") // true */
export const ASKING_ROOTS: ReadonlySet<string> = new Set(["02", "10"]);

/** The "to" of an infinitive inside the match with words between it and the trigger, else -1. @example addresseeInfinitive(tokens, trigger, end) // "urged X to resume" → index of "to" */
export function addresseeInfinitive(tokens: Sentence["tokens"], trigger: number, end: number): number {
  for (let j = trigger + 2; j < end; j++) {
    if (tokens[j]!.lower === "to" && ["VERB", "AUX"].includes(tokens[j + 1]?.pos ?? "")) return j;
  }
  return -1;
}

const CONSULT_ROOT = "04";
const VISITING: ReadonlySet<string> = new Set(["042", "043"]);
// Mediation and diplomatic cooperation (agreements signed, ties restored) are made with a party,
// never with the place they are made in. (An intent's place may still be its target: "will provide
// food aid to refugees in Liberia".)
const PARTY_ROOTS: ReadonlySet<string> = new Set(["05"]);
// "Qatar and Egypt hosted talks in Doha": a mediator brings sides together wherever it does so.
/** Mediation (045) and the offer of it (039). @example MEDIATION.has("045") // true */
export const MEDIATION: ReadonlySet<string> = new Set(["045", "039"]);

/** True for acts made with a party, never with the place they happen in. @example madeWithParty("057") // true */
export const madeWithParty = (cameo: string): boolean =>
  PARTY_ROOTS.has(cameo.slice(0, 2)) || MEDIATION.has(cameo);
/**
 * True for contacts held somewhere rather than made to a place: talks and meetings (04), not a
 * visit or the hosting of one (042, 043), whose place is where the visitor goes.
 * @example heldAtVenue("040") // true
 */
export const heldAtVenue = (cameo: string): boolean => cameo.startsWith(CONSULT_ROOT) && !VISITING.has(cameo);
// Words of parties meeting each other, whose place is only where they met. A summit or conference
// is an occasion one travels to ("will attend a summit in Switzerland"), and its place stays.
const MEETING_WORDS: ReadonlySet<string> = new Set([
  "meet",
  "meeting",
  "talk",
  "talks",
  "negotiation",
  "negotiations",
  "consultation",
  "consultations",
  "discussion",
  "discussions",
]);

/**
 * True when the words from the trigger up to a place say parties met or talked: "will hold talks
 * in Istanbul", "met Smith in Paris".
 * @example partiesMeet(tokens, 1, 4) // "Putin will hold talks in Istanbul" → true
 */
export function partiesMeet(tokens: Sentence["tokens"], trigger: number, place: number): boolean {
  for (let j = trigger; j < place; j++) if (MEETING_WORDS.has(tokens[j]!.lemma)) return true;
  return false;
}
const VENUE_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "at"]);

/**
 * "returned to Istanbul for talks": one consults people, not a city, which is the venue; a visit
 * (042) or hosting (043) still goes to a place. "signed the deal in Vienna": a city or country
 * after "in" or "at", outside the pattern's own words, is where an agreement was made.
 * @example withoutVenues("040", [istanbul]) // []
 */
export function withoutVenues(
  cameo: string,
  targets: ActorMention[],
  tokens?: Sentence["tokens"],
  matchEnd = 0,
): ActorMention[] {
  if (tokens && madeWithParty(cameo)) return targets.filter((t) => !venueOfAgreement(tokens, t, matchEnd));
  if (!cameo.startsWith(CONSULT_ROOT) || VISITING.has(cameo)) return targets;
  // "Putin will hold talks in Istanbul", "met Smith in Paris": a city, capital or country after
  // "in" or "at" is where the talks are held, not whom they are held with.
  return targets.filter((t) => t.kind !== "place" && !(tokens && venueOfAgreement(tokens, t, matchEnd)));
}

/** "in Vienna", "at Camp David", "in the Qatari capital Doha" past the pattern: a place, not a party. */
function venueOfAgreement(tokens: Sentence["tokens"], m: ActorMention, matchEnd: number): boolean {
  const at = wordBefore(tokens, m);
  if (at < matchEnd || !VENUE_PREPOSITIONS.has(tokens[at]?.lower ?? "") || hostOfPost(tokens, m))
    return false;
  return m.kind === "place" || isCapitalName(m) || (m.kind === "country" && m.actor.sector === null);
}

// Diplomatic posts, whose place names the state that hosts them.
const POSTS: ReadonlySet<string> = new Set(["embassy", "embassies", "consulate", "consulates", "mission"]);

/**
 * "reopened its embassy in Tehran": the place an embassy stands in names the state ties are
 * restored with, no mere venue.
 * @example hostOfPost(tokens, tehran) // true
 */
export function hostOfPost(tokens: Sentence["tokens"], m: ActorMention): boolean {
  const at = wordBefore(tokens, m);
  return tokens[at]?.lower === "in" && POSTS.has(tokens[at - 1]?.lower ?? "");
}

/**
 * "Saudi Arabia and the US offered to host talks between the two sides": a mediator is never one
 * of the sides it brings together, whatever a plural phrase was taken to stand for.
 * @example withoutMediators("045", [theTwoSides], [saudi, us]) // []
 */
export function withoutMediators(
  cameo: string,
  targets: ActorMention[],
  sources: readonly ActorMention[],
  tokens?: Sentence["tokens"],
): ActorMention[] {
  // "Putin held talks in Moscow": one meets no one in one's own capital; it is where one meets.
  if (tokens && cameo.startsWith(CONSULT_ROOT))
    targets = targets.filter((t) => !ownCapitalAfterIn(tokens, t, sources));
  if (!MEDIATION.has(cameo)) return targets;
  const own = new Set(sources.map((s) => s.actor.code).filter((c) => c !== ""));
  return targets.filter((t) => !(t.group ?? [t.actor]).every((a) => own.has(a.code)));
}

/** "… in Astana" after a Kazakh source: the source's own capital, placed by "in" or "at". */
function ownCapitalAfterIn(
  tokens: Sentence["tokens"],
  t: ActorMention,
  sources: readonly ActorMention[],
): boolean {
  const at = wordBefore(tokens, t);
  return (
    VENUE_PREPOSITIONS.has(tokens[at]?.lower ?? "") &&
    isCapitalName(t) &&
    sources.length > 0 &&
    sources.every((s) => s.actor.country === t.actor.country)
  );
}

/** The index of the word before a mention, past "the": "in" in "in the Qatari capital Doha". */
function wordBefore(tokens: Sentence["tokens"], m: ActorMention): number {
  return tokens[m.span.start - 1]?.lower === "the" ? m.span.start - 2 : m.span.start - 1;
}

/**
 * "Hamas leaders in Doha", "rebels at the border with Chad": the place says where the source is;
 * after a strike ("Israeli strikes in Gaza") it says where the strike fell.
 * @example placeOfSource(tokens, hamasLeaders, doha) // true
 */
export function placeOfSource(
  tokens: Sentence["tokens"],
  source: ActorMention,
  place: ActorMention,
): boolean {
  if (source.span.sentence !== place.span.sentence) return false;
  if (STRIKE_NOUNS.has(tokens[source.span.end - 1]?.lemma ?? "")) return false;
  const at = tokens[source.span.end]?.lower;
  if (at !== "in" && at !== "at" && at !== "near") return false;
  const start = tokens[source.span.end + 1]?.lower === "the" ? source.span.end + 2 : source.span.end + 1;
  return place.span.start === start;
}

/**
 * True when the place at `start` is introduced by "at": "at Hanoi", "at the Hanoi summit".
 * @example atVenue(tokens, 9) // "asked for relief at the Hanoi summit" → true
 */
export function atVenue(tokens: Sentence["tokens"], start: number): boolean {
  const before = tokens[start - 1]?.lower === "the" ? start - 2 : start - 1;
  return tokens[before]?.lower === "at";
}
