/**
 * The subject of a trigger: the nearest actor mention to its left that is not a prepositional
 * object, a possessor, a noun modifier or a reporter, with its coordinated partners.
 *
 * @example
 * findSubject(syntax, 7); // [mention of "North Korea"]
 */
import { SUBJECT_CONTROL_VERBS } from "../attribution/modality.js";
import type { ActorMention, Token } from "../core/types.js";
import { WEEKDAY_WORDS } from "../nlp/calendar-names.js";
import { attributiveParticiple } from "./clause-roles.js";
import type { SentenceSyntax } from "./clause-syntax.js";
import { closesBetweenPair, leadsNounPhrase, withCoordinated } from "./coordinated-actors.js";
import { hasIdentity } from "./mention-identity.js";
import { BOUNDARY } from "./relative-clauses.js";
import { ownNounSubject } from "./subordinate-subject.js";
import { restrictiveHead } from "./restrictive-head.js";
import { strikingSubjectAgent } from "./striking-subject.js";
import { ACTING_CRAFT } from "./force-nouns.js";

const PREPOSITIONS = new Set([
  "of",
  "with",
  "to",
  "from",
  "in",
  "at",
  "by",
  "for",
  "against",
  "on",
  "into",
  "over",
  "about",
  "toward",
  "towards",
  "between",
  "among",
  "despite",
  "after",
  "before",
  "under",
  "than",
  "like",
  "per",
  "as",
  // Places a noun's phrase is set in: "China's military drills near Taiwan drew condemnation".
  "near",
  "around",
  "along",
  "across",
  "inside",
  "outside",
  "within",
  "off",
]);
const TIME_WORDS = new Set([
  "today",
  "yesterday",
  "tomorrow",
  "tonight",
  "overnight",
  ...WEEKDAY_WORDS,
  "earlier",
  "later",
  "now",
  "again",
  "also",
  "last",
  "this",
  "next",
]);
const QUANTITY_NOUNS = new Set([
  "hundred",
  "hundreds",
  "thousand",
  "thousands",
  "dozen",
  "dozens",
  "score",
  "scores",
  "million",
  "millions",
  "ten",
  "tens",
  "some",
  "many",
  "most",
  "several",
  "all",
  "group",
  "member",
  "delegation",
  "team",
  "supporter",
  "band",
  "number",
  "contingent",
  "unit",
  "convoy",
  "wave",
  "crowd",
]);
// Words for what an actor is, set after its name: "the ECOWAS bloc", "the Wagner group".
const KIND_NOUNS = new Set([
  "bloc",
  "alliance",
  "movement",
  "group",
  "organisation",
  "organization",
  "coalition",
  "militia",
]);
const BARE_INFINITIVE_VERBS = new Set(["help", "let", "make", "see", "watch"]);
const CONJUNCTION_PREPOSITIONS = new Set(["after", "before", "as", "since", "until", "than", "like"]);
const PLACE_NOUNS = new Set([
  "province",
  "region",
  "state",
  "district",
  "county",
  "governorate",
  "oblast",
  "prefecture",
  "municipality",
]);
const ARTICLES: ReadonlySet<string> = new Set(["the", "a", "an"]);
const SUBORDINATORS = new Set(["when", "while", "because", "although", "though", "whereas", "once"]);

/**
 * The subject of the verb at `trigger`: the nearest actor mention to its left that is not a
 * prepositional object, a possessor, a noun modifier or a reporter, with its coordinated partners.
 * @example findSubject(syntax, trigger).map((m) => m.text) // "North Korea rejected …" → ["North Korea"]
 */
export function findSubject(syntax: SentenceSyntax, trigger: number, allowPossessor = false): ActorMention[] {
  const tokens = syntax.tokens;
  const restrictive = restrictiveHead(syntax, trigger);
  if (restrictive !== undefined) return restrictive;
  // "Moscow warned that deploying Western troops would lead to war": a gerund opening a clause is
  // that clause's subject and names no one doing it.
  if (tokens[trigger]!.lower.endsWith("ing") && (trigger === 0 || tokens[trigger - 1]!.lower === "that"))
    return [];
  const ownRelative = syntax.insideRelative(trigger);
  // "Israel said rockets were fired at Sderot": a noun that is no actor, between a passive trigger
  // and a reporting verb, is the reported clause's subject; the reporter is none of its parties.
  const passive = syntax.isPassive(trigger);
  let bareNoun = false;
  for (let i = trigger - 1; i >= 0; i--) {
    const t = tokens[i]!;
    // "fired on protesters, some of whom threw stones": a relative clause with no subject of its
    // own takes the noun it hangs on, not the main clause's subject.
    if (BOUNDARY.has(t.lower) || (ownRelative && i < ownRelative[0])) break;
    if (bareNoun && t.pos === "VERB" && syntax.clauseVerbs.has(t.lemma)) return [];
    if (passive && t.pos === "NOUN" && !syntax.mentions.some((x) => x.span.start <= i && i < x.span.end))
      bareNoun = true;
    const rel = syntax.insideRelative(i);
    if (rel && rel !== ownRelative) {
      i = rel[0];
      continue;
    }
    // "days after a suicide bombing killed 12 people": that clause's subject is a noun.
    if (!passive && ownNounSubject(tokens, i, trigger)) return [];
    const m = syntax.mentions.find((x) => x.span.end === i + 1);
    if (!m) continue;
    if (eligibleSubject(syntax, m, trigger, allowPossessor)) return withCoordinated(syntax, m);
    i = m.span.start;
    // "two weeks after Al-Qaeda-linked rebels kidnapped …": a subordinate clause with its own
    // subject, one with no country; an actor further left belongs to another clause.
    const opener = tokens[ARTICLES.has(tokens[i - 1]?.lower ?? "") ? i - 2 : i - 1]?.lower ?? "";
    if (
      (CONJUNCTION_PREPOSITIONS.has(opener) || SUBORDINATORS.has(opener)) &&
      adjacentToVerb(tokens, m, trigger)
    )
      return [];
  }
  // A relative clause's subject is the noun it hangs on: "Kim, who rejected the letter".
  if (ownRelative) {
    const head = syntax.mentions.find(
      (x) => x.span.end === ownRelative[0] || x.span.end === ownRelative[0] - 1,
    );
    if (head && !syntax.excluded.has(head)) return [head];
  }
  return [];
}

/**
 * True when one noun phrase runs from the mention to the trigger ("Al-Qaeda-linked rebels"),
 * followed at most by auxiliaries and adverbs.
 */
function adjacentToVerb(tokens: readonly Token[], m: ActorMention, trigger: number): boolean {
  for (let j = m.span.end; j < trigger; j++) {
    const t = tokens[j]!;
    if (["AUX", "ADV", "PART", "NOUN", "PROPN", "ADJ", "NUM"].includes(t.pos) || t.lower === "-") continue;
    if (t.pos === "VERB" && tokens[j - 1]?.lower === "-") continue;
    return false;
  }
  return true;
}

/** True when the mention can be the subject of the verb at `trigger`. */
function eligibleSubject(
  syntax: SentenceSyntax,
  m: ActorMention,
  trigger: number,
  allowPossessor: boolean,
): boolean {
  const tokens = syntax.tokens;
  if (syntax.excluded.has(m) || (m.possessive && !allowPossessor)) return false;
  // "… killed one U.S. soldier and wounded two": an actor right after a verb is that verb's object,
  // unless the verb takes a clause ("said Kim had refused").
  let v = m.span.start - 1;
  while (v >= 0 && ["DET", "NUM", "ADJ"].includes(tokens[v]!.pos)) v--;
  const governing = tokens[v];
  // "wants Putin to attack": the object of "want" is the subject of the infinitive.
  // "promised Lukashenko to supply": after a verb of promising the object is only told.
  const infinitiveSubject =
    (tokens[m.span.end]?.lower === "to" &&
      m.span.end + 1 >= trigger - 1 &&
      !SUBJECT_CONTROL_VERBS.has(tokens[v]?.lemma ?? "")) ||
    // "helps Iran evade the embargo", "let Ukraine join": the object of a verb taking a bare
    // infinitive is its subject.
    (m.span.end === trigger && BARE_INFINITIVE_VERBS.has(tokens[v]?.lemma ?? ""));
  // "the Syrian-backed Amal militia": a hyphenated participle governs nothing.
  const hyphenated = (v > 0 && tokens[v - 1]?.lower === "-") || attributiveParticiple(tokens, v);
  if (
    governing &&
    governing.pos === "VERB" &&
    !syntax.clauseVerbs.has(governing.lemma) &&
    !infinitiveSubject &&
    !hyphenated
  )
    return false;
  if (!hasIdentity(m)) return false;
  const before = tokens[m.span.start - 1]?.lower ?? "";
  const before2 = tokens[m.span.start - 2]?.lower ?? "";
  // "A camp for Congolese refugees was attacked": in a passive, the subject's complement names the
  // target; not an object inside a participle's phrase ("prisoners held for spying for Iran").
  const head = ["the", "a", "an"].includes(before) ? tokens[m.span.start - 3] : tokens[m.span.start - 2];
  const complement =
    allowPossessor && (before === "for" || before === "of") && head !== undefined && head.pos !== "VERB";
  // "Hundreds of UN troops", "a group of Moroccan diplomats": the actor after "of" is the head.
  const ofAt =
    before === "of"
      ? m.span.start - 1
      : before2 === "of" && ["the", "a", "an"].includes(before)
        ? m.span.start - 2
        : -1;
  const ofHead = ofAt > 0 ? tokens[ofAt - 1] : undefined;
  const quantified = ofHead !== undefined && (ofHead.pos === "NUM" || QUANTITY_NOUNS.has(ofHead.lemma));
  // "Turkish troops in northern Syria shelled": the preposition may stand before an article and
  // adjectives of place.
  let p = m.span.start - 1;
  while (p > 0 && m.span.start - p <= 3 && leadsNounPhrase(tokens, p)) p--;
  const blocked =
    !quantified && (PREPOSITIONS.has(tokens[p]?.lower ?? "") || closesBetweenPair(tokens, m.span.start));
  // "after its coast guard fired": before a finite verb, "after", "before", "as" open a clause.
  // "as the US leader visited China": the article may stand between.
  const opener = ARTICLES.has(before) ? before2 : before;
  // "after a Chinese coast guard vessel fired": or before the craft it acts through.
  const opensClause =
    CONJUNCTION_PREPOSITIONS.has(opener) &&
    (["VERB", "AUX"].includes(tokens[m.span.end]?.pos ?? "") ||
      (ACTING_CRAFT.has(tokens[m.span.end]?.lemma ?? "") && adjacentToVerb(tokens, m, trigger)));
  if (blocked && !complement && !opensClause && !strikingSubjectAgent(syntax, m)) return false;
  const next = tokens[m.span.end];
  // "North Korea relations", "U.S. intelligence": a mention that modifies a noun is not a subject.
  if (
    next &&
    m.span.end < trigger &&
    (next.pos === "NOUN" || next.pos === "PROPN") &&
    next.lower !== "itself" &&
    // "Iran today threatened", "Arafat Wednesday rejected": a time word is not a noun being modified.
    !TIME_WORDS.has(next.lower) &&
    // "Chinese coast guard vessels blocked", "Russian warplanes bombed": an actor acts through its craft.
    !ACTING_CRAFT.has(next.lemma) &&
    // "The ECOWAS bloc gave Niger an ultimatum": a word for what the actor is names it again.
    !(
      KIND_NOUNS.has(next.lemma) &&
      m.span.end + 1 <= trigger &&
      !["NOUN", "PROPN"].includes(tokens[m.span.end + 1]?.pos ?? "")
    ) &&
    // "the government of Sindh province": a word for a kind of place belongs to the name.
    !PLACE_NOUNS.has(next.lemma) &&
    // wink tags some verbs as nouns ("Trump plans to meet"): a noun followed by "to" is a verb here.
    tokens[m.span.end + 1]?.lower !== "to" &&
    // "North Korea test-fired": a noun hyphened to the verb is part of it.
    !(tokens[m.span.end + 1]?.lower === "-" && m.span.end + 2 === trigger) &&
    // "Saudi oil facilities were hit": a passive's subject phrase is acted on through its national
    // modifier (a name heading a compound, "Malaysia Airlines flight MH17", is no state's).
    !(allowPossessor && m.kind !== "person" && next.pos === "NOUN" && adjacentToVerb(tokens, m, trigger))
  ) {
    const mentionNext = syntax.startingAt(m.span.end);
    if (!mentionNext) return false;
  }
  return true;
}
