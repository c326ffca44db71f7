/**
 * Finds actor mentions in a sentence: dictionary hits composed into phrases such as
 * "North Korean leader Kim Jong Un", "White House Press Secretary Karoline Leavitt",
 * "Russia's UN ambassador" or "a senior Guyanese police officer".
 *
 * @example
 * recognizeActors(sentence, lexicon, "2025-06-12")[0].actor.code; // "PRKGOV"
 */
import type { ActorMention, Sentence, Token } from "../core/types.js";
import { possessiveMarker } from "../nlp/possessive-marker.js";
import { type Atom, findAtoms } from "./actor-atoms.js";
import type { ActorLexicon } from "./actor-lexicon.js";
import { FOREIGN_MODIFIERS } from "./domestic-agents.js";
import {
  bodyDescriptionEnd,
  citizensOf,
  nextAgentAfterFillers,
  ownerAfter,
  sharedHead,
} from "./agent-head.js";
import { agentPlace } from "./agent-place.js";
import { toMention } from "./mention-builder.js";
import { mediatedSide } from "./mediated-side.js";
import { facilityEnd } from "./named-facility.js";
import { personNamedLikeState } from "./name-like-states.js";
import { namePartAt, otherBearer, unknownNameEnd } from "./unknown-names.js";
import { ALLIES, COMMUNITY_WORDS, COUNTRY_KINDS, vetoedAtom } from "./word-cues.js";

/**
 * Recognises the actor mentions of one sentence, resolving people on `date`.
 * @example recognizeActors(sentence, lexicon, "2025-06-12")
 */
export function recognizeActors(sentence: Sentence, lexicon: ActorLexicon, date: string): ActorMention[] {
  const tokens = sentence.tokens;
  const atoms = findAtoms(tokens, lexicon);
  const atomAt = new Map(atoms.map((a) => [a.start, a]));
  const mentions: ActorMention[] = [];
  let k = 0;
  while (k < atoms.length) {
    const first = atoms[k]!;
    // "Abdullah Ocalan" is not King Abdullah: a known short name that runs on into more of a name
    // belongs to someone the dictionary does not know, and names no actor.
    // "Felipe Gonzalez" is not Edmundo González: a given name not his before it names someone else.
    // "Chad Johnson": a country that is a given name there is no atom the short name runs on from.
    const prev = atoms[k - 1];
    const joined =
      prev?.end === first.start &&
      !(prev.entry.kind === "country" && personNamedLikeState(tokens, prev.start, prev.end, atomAt));
    if (
      first.entry.kind === "short-name" &&
      !joined &&
      otherBearer(tokens, first.start, first.entry.people)
    ) {
      k++;
      continue;
    }
    // "Felipe Gonzalez": two short names in a row are one name neither stands for.
    if (
      first.entry.kind === "short-name" &&
      namePartAt(tokens, first.end) &&
      unknownRunOn(atomAt.get(first.end), first.end)
    ) {
      const end = unknownNameEnd(tokens, first.start, atomAt, first.end);
      k = nextAtomFrom(atoms, k, end);
      continue;
    }
    // Words around a hit that say it names no actor here: "the South China Sea", "Iranian-backed";
    // "chemical agents", "a panel discussion": a noun that needs its state or body and has none.
    if (
      vetoedAtom(tokens, first, atomAt) ||
      (first.entry.kind === "agent" && first.entry.needsOwner && !ownerAfter(tokens, first.end, atomAt)) ||
      // A name that has come to mean something else by the text's date ("IRA" since 2022).
      (first.entry.kind === "organization" &&
        first.entry.entry.until !== undefined &&
        date >= first.entry.entry.until)
    ) {
      k++;
      continue;
    }
    const parts: Atom[] = [first];
    let end = first.end;
    let prefix: Atom | null = first.entry.kind === "agent" || first.entry.kind === "person" ? null : first;
    if (prefix && first.entry.kind === "short-name") prefix = null;
    if (possessiveMarker(tokens[end])) {
      // "Russia's UN ambassador" composes; "Russia's economy" stays a possessive country.
      const next = nextAgentAfterFillers(tokens, end + 1, atomAt);
      const person = prefix && !next ? personAfter(atomAt, end + 1) : null;
      if (person) {
        mentions.push(toMention(sentence, [first, person], first.start, person.end, lexicon, date, false));
        k = nextAtomFrom(atoms, k, person.end);
        continue;
      }
      if (!next || !prefix) {
        mentions.push(toMention(sentence, parts, first.start, end, lexicon, date, true));
        k++;
        continue;
      }
      end = end + 1;
    }
    // Modifiers and agents: "North Korean [state] media", "White House Press Secretary".
    let agentSeen = first.entry.kind === "agent";
    for (;;) {
      const state = parts.length === 1 && COUNTRY_KINDS.has(first.entry.kind);
      const next = nextAgentAfterFillers(tokens, end, atomAt, prefix !== null || agentSeen, state);
      if (!next) break;
      // "Nigerian troops rescued 50 schoolchildren" (the verb tagged a noun): a plural head noun ends
      // its phrase, and words after it begin another.
      const head = tokens[end - 1]!;
      if (agentSeen && next.start > end && head.lemma !== head.lower && head.pos === "NOUN") break;
      parts.push(next);
      end = next.end;
      agentSeen = agentSeen || next.entry.kind === "agent";
    }
    const last = parts[parts.length - 1]!;
    // A title takes the name that follows: "President Donald Trump", "President Michel Suleiman".
    if (last.entry.kind === "agent") {
      const person = atomAt.get(end);
      // "Premier Li Peng" is not Premier Li Qiang: a known short name that runs on into more of a
      // name belongs to someone the dictionary does not know, so the title alone codes the mention.
      const known =
        person &&
        (person.entry.kind === "person" ||
          (person.entry.kind === "short-name" && !namePartAt(tokens, person.end)));
      if (known) {
        parts.push(person);
        end = person.end;
      } else if (last.entry.kind === "agent" && last.entry.title) {
        end = unknownNameEnd(tokens, end, atomAt, person?.entry.kind === "short-name" ? person.end : end);
      }
    }
    // "Chinese and Russian officials": each demonym of a coordinated list takes the shared head noun.
    if (parts.length === 1 && (first.entry.kind === "demonym" || first.entry.kind === "country")) {
      const shared = sharedHead(tokens, end, atomAt);
      if (shared) {
        mentions.push(toMention(sentence, [first, shared], first.start, end, lexicon, date, false));
        k++;
        continue;
      }
    }
    // "Kosovo Albanians", "Kosovo Serbs": a people named after the place they live in belong to
    // that place, as "ethnic Albanians in southern Serbia" do.
    const people = atomAt.get(end);
    if (
      parts.length === 1 &&
      first.entry.kind === "country" &&
      people?.entry.kind === "demonym" &&
      people.entry.country !== first.entry.country &&
      // A plural people ("Albanians"), not an adjective ("Kosovo Albanian leaders" is left alone).
      tokens[people.end - 1]!.lower.endsWith("s") &&
      !atomAt.has(people.end)
    ) {
      mentions.push(toMention(sentence, parts, first.start, people.end, lexicon, date, false));
      k = nextAtomFrom(atoms, k, people.end);
      continue;
    }
    // A bare demonym before a common noun names people of that country: "Palestinian prisoners".
    if (parts.length === 1 && first.entry.kind === "demonym") {
      let j = end;
      while (j < tokens.length && j - end < 2 && tokens[j]!.pos === "NOUN" && !atomAt.has(j)) j++;
      end = j;
    } else if (parts.length === 1 && first.entry.kind === "country" && stateFire(tokens, end)) end++;
    // "foreign diplomats", "Western ambassadors": the modifier belongs to the mention and says the
    // agents are not of the place named with "in"; so do "foreign forces" and "coalition forces",
    // but in "foreign ministry" or "foreign secretary" the word names a portfolio.
    const before =
      first.entry.kind === "agent" && FOREIGN_MODIFIERS.has(tokens[first.start - 1]?.lower ?? "");
    const foreign =
      before ||
      (first.entry.kind === "agent" &&
        first.entry.sector !== "GOV" &&
        FOREIGN_MODIFIERS.has(tokens[first.start]!.lower)) ||
      // "as mediators pressed Israel and Hamas": a mediator is a third party, whoever the sentence names.
      (first.entry.kind === "agent" && MEDIATORS.has(tokens[end - 1]!.lower)) ||
      // "ready to facilitate negotiations between the government and the rebels": the mediator's
      // state is not the sides'.
      (first.entry.kind === "agent" && mediatedSide(tokens, first.start));
    let start = before ? first.start - 1 : first.start;
    // "Kurdish forces", "Druze leaders": the people or faith belongs to the mention.
    if (first.entry.kind === "agent" && !before && COMMUNITY_WORDS.has(tokens[start - 1]?.lower ?? ""))
      start--;
    // "the president of Armenia", "a court in Guyana": an agent with no country takes the one that follows.
    const last2 = parts[parts.length - 1]!;
    // "the UN envoy for Syria": an organisation already says whose agent it is; so does a possessive
    // pronoun ("recalled its ambassador from Tel Aviv", "its embassy in Kabul").
    const owned =
      parts.some((p) => COUNTRY_KINDS.has(p.entry.kind) || p.entry.kind === "organization") ||
      OWNERS.has(tokens[start - 1]?.lower ?? "");
    // "Palestinian citizens of Israel": citizens are the state's whose citizens they are.
    const citizenship = owned && last2.entry.kind === "agent" ? citizensOf(tokens, end, atomAt) : null;
    if (citizenship) {
      parts.splice(0, parts.length, last2, citizenship);
      end = citizenship.end;
    }
    if (last2.entry.kind === "agent" && !owned) {
      const placed = agentPlace(tokens, atomAt, last2, end, first.start, foreign);
      if (placed) {
        parts.push(...placed.parts);
        end = placed.end;
      }
    }
    // "Israel's militia ally", "Iran's proxies", "the chief of Israel's militia ally": the possessor
    // backs the group and is no part of it.
    const backer = parts.findIndex((p) => COUNTRY_KINDS.has(p.entry.kind));
    if (ALLIES.has(tokens[end]?.lower ?? "") && backer >= 0 && backer < parts.length - 1) {
      parts.splice(backer, 1);
      start = parts[0]!.start;
      end++;
    }
    // "Israel's Shin Bet security agency arrested …": words saying what kind of body a name is belong to it.
    if (parts[parts.length - 1]!.entry.kind === "organization" && !atomAt.has(end))
      end = bodyDescriptionEnd(tokens, end);
    // "the Imam Khomeini airport", "Prince Sultan Air Base": a name or title that names a place.
    const place = facilityEnd(tokens, parts, start, end);
    if (place > 0) {
      k = nextAtomFrom(atoms, k, place);
      continue;
    }
    const possessive = possessiveMarker(tokens[end]);
    const mention = toMention(sentence, parts, start, end, lexicon, date, possessive);
    mentions.push(foreign ? { ...mention, foreign } : mention);
    k = nextAtomFrom(atoms, k, end);
  }
  return mentions;
}

/**
 * "Brazil's Lula", "Israel's Netanyahu": a known person right after a state's possessive is one
 * mention with it, the state checking that the short name is its own holder's.
 */
function personAfter(atomAt: ReadonlyMap<number, Atom>, at: number): Atom | null {
  const atom = atomAt.get(at);
  return atom && (atom.entry.kind === "person" || atom.entry.kind === "short-name") ? atom : null;
}

/** True when no hit starts at `at`, or only another one-word short name ("Felipe Gonzalez"). */
function unknownRunOn(next: Atom | undefined, at: number): boolean {
  return !next || (next.entry.kind === "short-name" && next.end === at + 1);
}

const OWNERS = new Set(["its", "their", "his", "her", "our"]);

/** The index of the first hit at or after token `end`, scanning on from `k` (hits are in token order). */
function nextAtomFrom(atoms: readonly Atom[], k: number, end: number): number {
  let j = k;
  while (j < atoms.length && atoms[j]!.start < end) j++;
  return j;
}

// Nouns of fire a state's name qualifies as a demonym would: "US strikes" are "American strikes".
const FIRE_NOUNS = new Set(["strike", "strikes", "shelling", "bombardment", "bombing", "raid", "raids"]);
const OBJECT_STARTS = new Set(["DET", "PROPN", "PRON", "NUM"]);

/** "US strikes on a boat", "UK raids": a state's name before a noun of fire, which is no verb of its ("Israel strikes Iran"). */
function stateFire(tokens: readonly Token[], at: number): boolean {
  const noun = tokens[at];
  if (noun?.pos !== "NOUN" || !FIRE_NOUNS.has(noun.lower)) return false;
  return !OBJECT_STARTS.has(tokens[at + 1]?.pos ?? "");
}

const MEDIATORS: ReadonlySet<string> = new Set(["mediator", "mediators"]);
