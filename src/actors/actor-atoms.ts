/**
 * Dictionary hits in a sentence, the atoms the recogniser composes into actor mentions: "North
 * Korean" (demonym), "leader" (agent), "Kim Jong Un" (person).
 *
 * @example
 * findAtoms(sentence.tokens, lexicon).map((a) => a.entry.kind); // ["demonym", "agent", "person"]
 */
import type { Token } from "../core/types.js";
import { noSlots } from "../nlp/token-matcher.js";
import type { ActorLexicon, LexiconEntry } from "./actor-lexicon.js";
import { notAPerson } from "./ordinary-surnames.js";
import { warringParties } from "./word-cues.js";

/** One dictionary hit: tokens start to end (exclusive) and the entry they name. @example { start: 0, end: 2, entry } */
export interface Atom {
  readonly start: number;
  readonly end: number;
  readonly entry: LexiconEntry;
}

const PROPER_KINDS = new Set<LexiconEntry["kind"]>([
  "country",
  "demonym",
  "metonym",
  "organization",
  "person",
  "short-name",
]);
const KIND_RANK: Record<LexiconEntry["kind"], number> = {
  person: 7,
  organization: 6,
  country: 5,
  metonym: 4,
  demonym: 3,
  agent: 2,
  "short-name": 1,
};

/** A noun, or an adjective standing as a head ("Myanmar's military said") rather than a modifier ("military drills"). */
const isHeadNoun = (tokens: readonly Token[], i: number) => {
  const pos = tokens[i]!.pos;
  if (pos === "NOUN" || pos === "PROPN") return true;
  const next = tokens[i + 1]?.pos;
  return pos === "ADJ" && next !== "NOUN" && next !== "PROPN" && next !== "ADJ";
};

/** True when a token is written as a name. @example isCapitalised(token) // "iSrael" → true */
/** "UNHCR chief Barham Salih": a title the tagger reads as an adjective still heads a known person's name. */
function namedAt(tokens: readonly Token[], at: number, lexicon: ActorLexicon): boolean {
  if (tokens[at]?.pos !== "PROPN") return false;
  return lexicon.matcher.matchAt(tokens, at, noSlots).some((m) => m.value.kind === "person");
}

// "a military base", "a military convoy": what an army holds or drives is the army, when hit, as
// "an army base" is; "military aid" or "military exercises" are no one.
const FACILITIES: ReadonlySet<string> = new Set([
  "base",
  "bases",
  "airbase",
  "convoy",
  "convoys",
  "post",
  "posts",
  "outpost",
  "outposts",
  "checkpoint",
  "checkpoints",
  "camp",
  "camps",
  "barracks",
  "headquarters",
  "garrison",
  "positions",
]);

// "iSrael" in careless copy still names a country: a capital in first or second place marks a name.
export const isCapitalised = (token: Token) => /^[\p{Lu}\d]|^\p{Ll}\p{Lu}/u.test(token.text);

function someCapitalised(tokens: readonly Token[], start: number, end: number): boolean {
  for (let j = start; j < end && j < tokens.length; j++) if (isCapitalised(tokens[j]!)) return true;
  return false;
}

/** Dictionary hits in a sentence, longest first, never overlapping. @example findAtoms(sentence.tokens, lexicon) */
export function findAtoms(tokens: readonly Token[], lexicon: ActorLexicon): Atom[] {
  const atoms: Atom[] = [];
  let i = 0;
  while (i < tokens.length) {
    let best: Atom | null = null;
    // An index loop: most tokens match nothing, and an iterator per token costs more than the test.
    const found = lexicon.matcher.matchAt(tokens, i, noSlots);
    for (let k = 0; k < found.length; k++) {
      const match = found[k]!;
      const entry = match.value;
      // Proper names need a capital somewhere ("al-Qaeda"); agent nouns must be nouns ("official visit" is not an official).
      // "President obama": after a title, a known name needs no capital.
      const afterTitle = atoms.at(-1)?.end === i && atoms.at(-1)?.entry.kind === "agent";
      if (
        PROPER_KINDS.has(entry.kind) &&
        !someCapitalised(tokens, i, match.end) &&
        !(afterTitle && (entry.kind === "person" || entry.kind === "short-name"))
      )
        continue;
      // A name of several words is a noun phrase even when the tagger reads its last word as an
      // adjective before a mistagged verb ("the Indian army chief accused/NOUN …").
      if (
        entry.kind === "agent" &&
        match.end - i === 1 &&
        !isHeadNoun(tokens, match.end - 1) &&
        !FACILITIES.has(tokens[match.end]?.lower ?? "") &&
        !(entry.title && namedAt(tokens, match.end, lexicon))
      )
        continue;
      if (entry.kind === "agent" && warringParties(tokens, i)) continue;
      // "in May", "the Shah of Iran": a short name used as a month or a title names no one.
      if (entry.kind === "short-name" && notAPerson(tokens, i, match.end)) continue;
      const better =
        !best ||
        match.end > best.end ||
        (match.end === best.end && KIND_RANK[entry.kind] > KIND_RANK[best.entry.kind]);
      if (better) best = { start: i, end: match.end, entry };
    }
    best ??=
      statesGeneral(tokens, atoms.at(-1), i) ?? namedGeneral(tokens, i, lexicon) ?? actingGeneral(tokens, i);
    if (best?.entry.kind === "person") best = longerName(tokens, best, lexicon);
    if (best) {
      atoms.push(ownedInstitution(tokens, atoms.at(-1), best));
      i = best.end;
    } else {
      i++;
    }
  }
  return atoms;
}

/**
 * "Sheikh Mishal al-Ahmad al-Sabah": one of a person's names inside the hit may run on past it as
 * another of the same person's names ("Sheikh Mishal al-Ahmad" and "Mishal al-Ahmad al-Sabah"); the
 * hit spans both, so no part of the name is left over as words of its own.
 */
function longerName(tokens: readonly Token[], atom: Atom, lexicon: ActorLexicon): Atom {
  let end = atom.end;
  for (let j = atom.start + 1; j < end; j++) {
    for (const m of lexicon.matcher.matchAt(tokens, j, noSlots))
      if (m.end > end && m.value.kind === "person" && m.value.id === atom.entry.id) end = m.end;
  }
  return end === atom.end ? atom : { ...atom, end };
}

/**
 * "the German Foreign Office", "Canada's House of Commons", "the Peruvian Congress": an institution
 * the dictionary knows as one state's, named right after another state, is that state's body of the
 * same kind, an agent the recogniser composes with the state before it.
 */
function ownedInstitution(tokens: readonly Token[], previous: Atom | undefined, atom: Atom): Atom {
  const e = atom.entry;
  if (e.kind !== "organization" || e.entry.kind !== "place" || !e.entry.sector || !e.entry.country)
    return atom;
  const owner = previous?.entry;
  if (!owner || (owner.kind !== "country" && owner.kind !== "demonym" && owner.kind !== "metonym"))
    return atom;
  if (owner.country === e.entry.country) return atom;
  const gap = tokens[previous!.end]?.lower === "'s" ? 1 : 0;
  if (previous!.end + gap !== atom.start) return atom;
  return {
    ...atom,
    entry: {
      kind: "agent",
      id: `agent:${e.id}`,
      sector: e.entry.sector,
      title: false,
      plural: false,
      country: null,
      needsOwner: true,
    },
  };
}

// Nouns after "general" that make it an adjective: "the Iraqi general election", "Israel's general staff".
const GENERAL_OF_THING = new Set(["NOUN", "ADJ"]);

/**
 * "The top US general", "a senior Iranian general said": bare "general", which the dictionary leaves
 * out for "general election" and "in general", is an officer right after a state's name or
 * possessive, when no noun follows it.
 * @example statesGeneral(tokens, usAtom, 3)?.entry.sector // "MIL"
 */
function statesGeneral(tokens: readonly Token[], previous: Atom | undefined, i: number): Atom | null {
  const t = tokens[i]!;
  if (t.lower !== "general" && t.lower !== "generals") return null;
  const owner = previous?.entry.kind;
  if (owner !== "country" && owner !== "demonym" && owner !== "metonym") return null;
  const gap = tokens[previous!.end]?.lower === "'s" ? 1 : 0;
  if (previous!.end + gap !== i || GENERAL_OF_THING.has(tokens[i + 1]?.pos ?? "")) return null;
  return generalAt(i, t.lower === "generals");
}

/** "General Asim Munir", "General Burhan": a capitalised "General" before a known person's name is his rank. */
function namedGeneral(tokens: readonly Token[], i: number, lexicon: ActorLexicon): Atom | null {
  if (tokens[i]!.text !== "General") return null;
  const named = lexicon.matcher
    .matchAt(tokens, i + 1, noSlots)
    .some((m) => m.value.kind === "person" || m.value.kind === "short-name");
  return named ? generalAt(i, false) : null;
}

// Tags of the word after "the general" that make it the one who acts: "The general thanked Egypt".
const ACTING_AFTER = new Set(["VERB", "AUX"]);

/** "The general thanked Egypt", "the general has said": "the general" before a verb is an officer. */
function actingGeneral(tokens: readonly Token[], i: number): Atom | null {
  if (tokens[i]!.lower !== "general" || tokens[i - 1]?.lower !== "the") return null;
  return ACTING_AFTER.has(tokens[i + 1]?.pos ?? "") ? generalAt(i, false) : null;
}

/** The atom of an officer's "general" at token `i`. */
function generalAt(i: number, plural: boolean): Atom {
  return {
    start: i,
    end: i + 1,
    entry: {
      kind: "agent",
      id: "agent:general",
      sector: "MIL",
      title: true,
      plural,
      country: null,
      needsOwner: false,
    },
  };
}
