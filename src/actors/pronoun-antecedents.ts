/**
 * What a pronoun stands for: "he" and "she" a person or a single official, "it" a state or a body,
 * "they" a group, plural agents or the last two countries named.
 *
 * @example
 * pronounAntecedent(he, 1, () => prior, sentences, people, isPlace)?.antecedent?.text; // "North Korean leader Kim Jong Un"
 */
import type { ActorMention, ActorRef, Sentence, Token } from "../core/types.js";
import { commaJoined, joiner } from "../nlp/joined-clause.js";
import { lastDistinctCountries } from "./group-phrase.js";
import { coordinatedSubject, openingPair } from "./coordinated-subject.js";
import {
  closingTag,
  isClauseSubject,
  isReceived,
  isSpeaker,
  leadsSentence,
  namesAThing,
  objectIt,
  saidBy,
} from "./pronoun-context.js";
import { expletiveIt } from "./expletive-it.js";
import { participleThing } from "./participle-thing.js";
import { intruderCountry } from "./intruded-territory.js";

const SINGULAR = new Map<string, "m" | "f">([
  ["he", "m"],
  ["him", "m"],
  ["his", "m"],
  ["she", "f"],
  ["her", "f"],
]);
const NEUTER = new Set(["it", "its"]);
const PLURAL = new Set(["they", "them", "their"]);
const POSSESSIVE = new Set(["his", "her", "its", "their"]);
// Agent nouns that name a body rather than a person.
const COLLECTIVE_HEADS = new Set([
  "military",
  "army",
  "navy",
  "government",
  "ministry",
  "administration",
  "cabinet",
  "regime",
  "junta",
  "parliament",
  "council",
  "court",
  "agency",
  "office",
  "committee",
  "commission",
  "party",
  "legislature",
  "embassy",
  // "The opposition said it would boycott…", "the rebel movement said it had freed…"
  "opposition",
  "movement",
  "coalition",
  "alliance",
  "front",
  "group",
  "faction",
  "militia",
  "organisation",
  "organization",
  "union",
  "federation",
  "assembly",
  "senate",
  "congress",
  "tribunal",
  "board",
  "authority",
  "department",
  "bureau",
  "command",
  "presidency",
  "leadership",
  "delegation",
  "mission",
  // "The Turkish General Staff said its jets …", "the air force said it …"
  "staff",
  "force",
  "guard",
  "service",
  // "Ukraine's military intelligence said it had struck …"
  "intelligence",
  "directorate",
  "corps",
]);
const NOMINAL_NEXT = new Set(["NOUN", "ADJ", "PROPN", "NUM"]);
// Object pronouns, which their own clause's subject cannot be.
const OBJECT = new Set(["him", "them"]);
// Prepositions that aim an act at what follows: "the strike on its consulate".
const AIMED = new Set(["on", "against", "at", "upon"]);
const headLemma = (sentences: readonly Sentence[], m: ActorMention) =>
  sentences[m.span.sentence]?.tokens[m.span.end - 1]?.lemma ?? "";
const INSTITUTIONAL = new Set(["country", "igo", "group", "media", "place"]);

/**
 * The first of `candidates` in the sentence before `index` (its subject, most often), when none
 * stands in sentence `index` itself ("Trump will visit Beijing, he said" is Trump).
 */
function sourceBefore(candidates: readonly ActorMention[], index: number): ActorMention | undefined {
  let first: ActorMention | undefined;
  for (const m of candidates) {
    if (m.span.sentence === index) return undefined;
    if (m.span.sentence === index - 1) first ??= m;
  }
  return first;
}

/** "EU envoy Miroslav Lajcak": an organisation's mention built on a title. */
const titledOfficer = (m: ActorMention) =>
  m.kind === "igo" && m.entryIds.some((id) => id.startsWith("agent:"));

/** True for "his", "her", "its" and "their". @example isPossessivePronoun("its") // true */
export function isPossessivePronoun(word: string): boolean {
  return POSSESSIVE.has(word);
}

/** The actors a pronoun stands for, and the earlier mention it repeats when there is one. @example { actors: [kim.actor], antecedent: kim } */
export interface PronounReferent {
  readonly actors: readonly ActorRef[];
  readonly antecedent?: ActorMention;
}

/**
 * What the pronoun at a sentence's token stands for among the `prior` mentions, or null.
 * @example pronounAntecedent(token, 1, () => prior, sentences, people, isPlace)?.actors[0]?.code // "PRKGOV"
 */
export function pronounAntecedent(
  pronoun: Token,
  sentence: number,
  prior: () => readonly ActorMention[],
  sentences: readonly Sentence[],
  people: ReadonlyMap<string, { readonly gender?: "m" | "f" | undefined }>,
  isPlace: (m: ActorMention) => boolean,
): PronounReferent | null {
  const gender = SINGULAR.get(pronoun.lower);
  // Most tokens asked about are determiners ("the", "a"): nothing to resolve.
  if (!gender && !NEUTER.has(pronoun.lower) && !PLURAL.has(pronoun.lower)) return null;
  const tokens = sentences[sentence]?.tokens ?? [];
  // "Police used tear gas to disperse them": an object pronoun is not its own clause's subject.
  // "accused her of plotting" is an object; "her government" a possessive.
  const objectHer = pronoun.lower === "her" && !NOMINAL_NEXT.has(tokens[pronoun.index + 1]?.pos ?? "");
  const object = OBJECT.has(pronoun.lower) || objectHer;
  const possessive = POSSESSIVE.has(pronoun.lower) && !objectHer;
  const ownSubject = (m: ActorMention) =>
    object && m.span.sentence === sentence && isClauseSubject(tokens, m, pronoun.index);
  let antecedents: ActorMention[] = [];
  if (gender) {
    // "EU envoy Miroslav Lajcak": an organisation's officer named by title is a person too.
    const all = prior();
    // "He told him": whoever the subject stands for is not the object.
    let subjectId: string | null = null;
    for (const m of all) if (ownSubject(m)) subjectId = m.actor.actorId;
    const sameGender = (m: ActorMention) =>
      !m.personId || (people.get(m.personId)?.gender ?? gender) === gender;
    let candidates = all.filter(
      (m) =>
        // "the government" is an "it", not a "he".
        (m.kind === "person" ||
          ((m.kind === "agent" || titledOfficer(m)) &&
            !m.plural &&
            !COLLECTIVE_HEADS.has(headLemma(sentences, m)))) &&
        sameGender(m) &&
        !ownSubject(m) &&
        (subjectId === null || m.actor.actorId !== subjectId),
    );
    // "Vucic met Lajcak. He told him …": a leading "he" continues the last sentence's subject.
    if (
      !POSSESSIVE.has(pronoun.lower) &&
      !OBJECT.has(pronoun.lower) &&
      leadsSentence(tokens, pronoun.index)
    ) {
      const topic = sourceBefore(candidates, sentence);
      if (topic) candidates = [topic];
    }
    // "…, he said.": the source, the person the sentence before was about.
    const source = closingTag(tokens, pronoun.index) ? sourceBefore(candidates, sentence) : undefined;
    if (source) candidates = [source];
    // "Kim rejected his letter": what one receives ("his letter", "her offer") is someone else's, when
    // there is one, while "his first term", "his counterpart" are the subject's own; "Kim said Trump
    // would pay for threatening his country": the speaker first.
    if (possessive) {
      const earlier = candidates.filter((m) => m.span.sentence < sentence);
      const here = candidates.filter((m) => m.span.sentence === sentence);
      const subject = here[here.length - 1];
      const differs = (m: ActorMention) => !subject || m.actor.actorId !== subject.actor.actorId;
      const said = saidBy(tokens, here, pronoun.index);
      const speaker =
        here.find((m) => m !== subject && differs(m) && isSpeaker(tokens, m)) ??
        (said && differs(said) ? said : undefined);
      const received = isReceived(tokens, pronoun.index);
      const other = speaker ?? (received ? [...earlier].reverse().find(differs) : undefined);
      if (subject && other) candidates = [other];
    }
    const match = candidates[candidates.length - 1];
    if (match) antecedents = [match];
  } else if (NEUTER.has(pronoun.lower)) {
    // "The resolution caps oil imports. It also bars …": the thing the last sentence was about.
    // "The Council adopted a resolution. It also bars …": a document named after the last actor.
    if (
      leadsSentence(tokens, pronoun.index) &&
      namesAThing(sentences[sentence - 1], prior(), tokens, pronoun.index)
    )
      return null;
    // "the Israeli strike on its consulate": the actor whose act is aimed at "its" is someone else.
    const aimed = POSSESSIVE.has(pronoun.lower) && AIMED.has(tokens[pronoun.index - 1]?.lower ?? "");
    if (objectIt(tokens, pronoun.index) || expletiveIt(tokens, pronoun.index)) return null;
    if (participleThing(tokens, pronoun.index, prior())) return null;
    // "a Chinese ship entered its waters": the waters are another state's.
    const intruder = intruderCountry(
      tokens,
      pronoun.index,
      prior().filter((m) => m.span.sentence === sentence),
    );
    const fits = (m: ActorMention) =>
      !(aimed && m.span.sentence === sentence && pronoun.index - 1 - m.span.end <= 1) &&
      (intruder === null || m.actor.country !== intruder) &&
      // "a U.S.-drafted resolution": a state in a compound modifier is no antecedent.
      sentences[m.span.sentence]?.tokens[m.span.end]?.text !== "-" &&
      // "it" is a state or an organisation, never a person or a single official.
      // "North Korea's military said it …": a body named by an agent noun is an "it" too; a place
      // where something happened is not.
      (INSTITUTIONAL.has(m.kind) || (m.kind === "agent" && COLLECTIVE_HEADS.has(headLemma(sentences, m)))) &&
      !m.group &&
      !m.plural &&
      !isPlace(m) &&
      // A region is where something happened; a named institution ("the Pentagon said it …",
      // entered as a place with a role) is a body.
      (m.kind !== "place" || m.actor.sector !== null);
    const all = prior();
    // "The strikes hit radar sites, it said.": the source the sentence before named first.
    const source = closingTag(tokens, pronoun.index) ? sourceBefore(all.filter(fits), sentence) : undefined;
    // "China has long opposed arms sales to Taiwan, and on Monday it sanctioned …": the subject of
    // a clause joined by "and" goes on being its first clause's subject.
    let match =
      source ??
      (nextClauseIt(tokens, pronoun.index) ? sentenceSubject(all, sentence, tokens, fits) : undefined);
    // "Russia vetoed a UN resolution condemning its annexation": a name that only modifies a noun
    // ("UN resolution") yields to an actor named for itself.
    for (let k = all.length - 1; k >= 0 && !match; k--)
      if (fits(all[k]!) && !nounModifier(sentences, all[k]!)) match = all[k];
    for (let k = all.length - 1; k >= 0 && !match; k--) if (fits(all[k]!)) match = all[k];
    if (match && sentence - match.span.sentence <= 1) antecedents = [match];
  } else if (PLURAL.has(pronoun.lower)) {
    const pair = coordinatedSubject(tokens, prior(), sentence, pronoun.index);
    if (pair) return { actors: pair.map((m) => m.actor) };
    const recent = [...prior()].reverse().filter((m) => sentence - m.span.sentence <= 1 && !ownSubject(m));
    const groupMention = recent.find((m) => m.group && m.group.length > 1);
    const pluralAgent = recent.find((m) => m.plural);
    // "The Japanese and South Korean foreign ministers held talks. They agreed …": both of the pair.
    const opening =
      pluralAgent && !groupMention ? openingPair(pluralAgent, sentences[sentence - 1], prior()) : null;
    if (opening) return { actors: opening.map((m) => m.actor) };
    if (groupMention) antecedents = [groupMention];
    else if (pluralAgent) antecedents = [pluralAgent];
    else {
      const members = lastDistinctCountries(prior(), sentence, 2, isPlace);
      if (members.length === 2) return { actors: members };
    }
  }
  if (antecedents.length !== 1) return null;
  const a = antecedents[0]!;
  return { actors: a.group ? [...a.group] : [a.actor], antecedent: a };
}

/** True for a subject "it" opening a clause joined by "and" or "but", a time phrase between them. */
function nextClauseIt(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]!.lower !== "it" || !["VERB", "AUX", "ADV"].includes(tokens[at + 1]?.pos ?? "")) return false;
  for (let j = at - 1; j >= 0 && at - j <= 5; j--) {
    if (joiner(tokens[j])) return commaJoined(tokens, j);
    if (tokens[j]!.pos === "VERB" || tokens[j]!.pos === "AUX") return false;
  }
  return false;
}

/** The last mention of the sentence that fits and stands right before its verb. */
function sentenceSubject(
  all: readonly ActorMention[],
  sentence: number,
  tokens: readonly Token[],
  fits: (m: ActorMention) => boolean,
): ActorMention | undefined {
  let found: ActorMention | undefined;
  for (const m of all)
    if (m.span.sentence === sentence && fits(m) && ["VERB", "AUX"].includes(tokens[m.span.end]?.pos ?? ""))
      found = m;
  return found;
}

/** "a UN resolution", "the US decision": a name standing before a common noun that is no part of it. */
function nounModifier(sentences: readonly Sentence[], m: ActorMention): boolean {
  return !m.possessive && sentences[m.span.sentence]?.tokens[m.span.end]?.pos === "NOUN";
}
