/**
 * Finds actor mentions in a sentence: dictionary hits composed into phrases such as
 * "North Korean leader Kim Jong Un", "White House Press Secretary Karoline Leavitt",
 * "Russia's UN ambassador" or "a senior Guyanese police officer".
 *
 * @example
 * recognizeActors(sentence, lexicon, "2025-06-12")[0].actor.code; // "PRKGOV"
 */
import type { PersonEntry } from "../core/dictionary-schema.js";
import type { ActorKind, ActorMention, ActorRef, Sentence, Token } from "../core/types.js";
import { noSlots } from "../nlp/token-matcher.js";
import type { ActorLexicon, LexiconEntry } from "./actor-lexicon.js";
import { isActiveOn, personActor, roleOn } from "./person-roles.js";

interface Atom {
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
const FILLER_POS = new Set(["ADJ", "NOUN", "PROPN", "NUM"]);

/** A noun, or an adjective standing as a head ("Myanmar's military said") rather than a modifier ("military drills"). */
const isHeadNoun = (tokens: readonly Token[], i: number) => {
  const pos = tokens[i]!.pos;
  if (pos === "NOUN" || pos === "PROPN") return true;
  const next = tokens[i + 1]?.pos;
  return pos === "ADJ" && next !== "NOUN" && next !== "PROPN" && next !== "ADJ";
};
// "iSrael" in careless copy still names a country: a capital in first or second place marks a name.
const isCapitalised = (token: Token) => /^[\p{Lu}\d]|^\p{Ll}\p{Lu}/u.test(token.text);

function someCapitalised(tokens: readonly Token[], start: number, end: number): boolean {
  for (let j = start; j < end && j < tokens.length; j++) if (isCapitalised(tokens[j]!)) return true;
  return false;
}

/** Dictionary hits in a sentence, longest first, never overlapping. @example findAtoms(sentence, lexicon) */
function findAtoms(tokens: readonly Token[], lexicon: ActorLexicon): Atom[] {
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
      if (entry.kind === "agent" && !isHeadNoun(tokens, match.end - 1)) continue;
      const better =
        !best ||
        match.end > best.end ||
        (match.end === best.end && KIND_RANK[entry.kind] > KIND_RANK[best.entry.kind]);
      if (better) best = { start: i, end: match.end, entry };
    }
    if (best) {
      atoms.push(best);
      i = best.end;
    } else {
      i++;
    }
  }
  return atoms;
}

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
    const parts: Atom[] = [first];
    let end = first.end;
    let prefix: Atom | null = first.entry.kind === "agent" || first.entry.kind === "person" ? null : first;
    if (prefix && first.entry.kind === "short-name") prefix = null;
    if (tokens[end]?.lower === "'s" || tokens[end]?.lower === "'") {
      // "Russia's UN ambassador" composes; "Russia's economy" stays a possessive country.
      const next = nextAgentAfterFillers(tokens, end + 1, atomAt);
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
      const next = nextAgentAfterFillers(tokens, end, atomAt, prefix !== null || agentSeen);
      if (!next) break;
      parts.push(next);
      end = next.end;
      agentSeen = agentSeen || next.entry.kind === "agent";
    }
    const last = parts[parts.length - 1]!;
    // A title takes the name that follows: "President Donald Trump", "President Michel Suleiman".
    if (last.entry.kind === "agent") {
      const person = atomAt.get(end);
      if (person && (person.entry.kind === "person" || person.entry.kind === "short-name")) {
        parts.push(person);
        end = person.end;
      } else if (last.entry.kind === "agent" && last.entry.title) {
        let j = end;
        while (j < tokens.length && tokens[j]!.pos === "PROPN" && isCapitalised(tokens[j]!) && !atomAt.has(j))
          j++;
        end = j;
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
    // A bare demonym before a common noun names people of that country: "Palestinian prisoners".
    if (parts.length === 1 && first.entry.kind === "demonym") {
      let j = end;
      while (j < tokens.length && j - end < 2 && tokens[j]!.pos === "NOUN" && !atomAt.has(j)) j++;
      end = j;
    }
    // "the president of Armenia", "a court in Guyana": an agent with no country takes the one that follows.
    const last2 = parts[parts.length - 1]!;
    if (last2.entry.kind === "agent" && !parts.some((p) => COUNTRY_KINDS.has(p.entry.kind))) {
      const link = tokens[end]?.lower ?? "";
      let j = end + 1;
      if (tokens[j]?.lower === "the") j++;
      // "the mayor of the northern West Bank city": adjectives may stand before the place.
      while (tokens[j]?.pos === "ADJ" && !atomAt.has(j) && j - end <= 3) j++;
      const place = atomAt.get(j);
      const domestic = !FOREIGN_PRESENCE.has(last2.entry.sector);
      // "observers from the OSCE", "inspectors of the IAEA": an organisation gives its code too.
      const organization = place?.entry.kind === "organization" && (link === "from" || link === "of");
      if (
        place &&
        (COUNTRY_KINDS.has(place.entry.kind) || organization) &&
        (link === "of" || link === "from" || link === "for" || (link === "in" && domestic))
      ) {
        parts.push(place);
        end = place.end;
      }
    }
    const possessive = tokens[end]?.lower === "'s" || tokens[end]?.lower === "'";
    mentions.push(toMention(sentence, parts, first.start, end, lexicon, date, possessive));
    k = atoms.findIndex((a) => a.start >= end);
    if (k < 0) break;
  }
  return mentions;
}

/** The agent after a list of demonyms: "Chinese [and Russian] officials" → officials. */
function sharedHead(tokens: readonly Token[], from: number, atomAt: ReadonlyMap<number, Atom>): Atom | null {
  let j = from;
  let linked = false;
  for (;;) {
    const link = tokens[j]?.lower;
    if (link !== "and" && link !== "," && link !== "or") break;
    j++;
    if (tokens[j]?.lower === "and") j++;
    const next = atomAt.get(j);
    if (!next || (next.entry.kind !== "demonym" && next.entry.kind !== "country")) return null;
    linked = true;
    j = next.end;
  }
  if (!linked) return null;
  const head = nextAgentAfterFillers(tokens, j, atomAt, false);
  return head && head.entry.kind === "agent" ? head : null;
}

const COUNTRY_KINDS = new Set<LexiconEntry["kind"]>(["country", "demonym", "metonym"]);
// Troops, rebels or refugees "in Iraq" are often not Iraq's own.
const FOREIGN_PRESENCE = new Set(["MIL", "REF", "IGO", "SPY", "NGO"]);

const LEADING_TITLE =
  /\b(president|prime minister|supreme leader|chairman|king|queen|chancellor|premier|emir|general secretary)\b/i;
const DEPUTY = /\b(vice|deputy|former|acting)\b/i;

/**
 * A short name used alone ("Kim") stands for its one active holder, or else for the one active
 * holder who leads a state; an article that named someone else first is handled by coreference.
 */
function mostProminent(people: readonly PersonEntry[], date: string): PersonEntry | null {
  const active = people.filter((p) => isActiveOn(p, date));
  if (active.length === 1) return active[0]!;
  if (active.length === 0) return people.length === 1 ? people[0]! : null;
  const leaders = active.filter((p) => {
    const role = roleOn(p, date);
    return role !== null && LEADING_TITLE.test(role.title) && !DEPUTY.test(role.title);
  });
  return leaders.length === 1 ? leaders[0]! : null;
}

function nextAgentAfterFillers(
  tokens: readonly Token[],
  from: number,
  atomAt: ReadonlyMap<number, Atom>,
  allowOrganization = true,
): Atom | null {
  for (let j = from; j < tokens.length && j - from <= 2; j++) {
    const atom = atomAt.get(j);
    if (atom) {
      if (atom.entry.kind === "agent") return atom;
      if (allowOrganization && (atom.entry.kind === "organization" || atom.entry.kind === "metonym")) {
        const after = nextAgentAfterFillers(tokens, atom.end, atomAt, false);
        return after ? { ...after, start: atom.start } : null;
      }
      return null;
    }
    if (!FILLER_POS.has(tokens[j]!.pos) && tokens[j]!.lower !== "-") return null;
  }
  return null;
}

function toMention(
  sentence: Sentence,
  parts: readonly Atom[],
  start: number,
  end: number,
  lexicon: ActorLexicon,
  date: string,
  possessive: boolean,
): ActorMention {
  const tokens = sentence.tokens;
  let country: string | null = null;
  let sector: string | null = null;
  let code: string | null = null;
  let name: string | null = null;
  let actorId: string | null = null;
  let kind: ActorKind = "agent";
  let personId: string | null = null;
  let plural = false;
  for (const part of parts) {
    const e = part.entry;
    switch (e.kind) {
      case "country":
      case "demonym":
        country ??= e.country;
        name ??= lexicon.countryNames.get(e.country) ?? e.country;
        actorId ??= `country:${e.country}`;
        if (parts.length === 1) kind = "country";
        break;
      case "metonym":
        country ??= e.country;
        sector ??= e.sector;
        name ??= lexicon.countryNames.get(e.country) ?? e.country;
        actorId ??= e.id;
        if (parts.length === 1) kind = "country";
        break;
      case "organization": {
        const o = e.entry;
        if (country === null && code === null) {
          // Non-governmental organisations carry the generic CAMEO code NGO; the entry names which.
          code = o.code.startsWith("NGO") ? "NGO" : o.code;
          country = o.country ?? null;
          sector = o.sector ?? null;
          name = o.names[0] ?? null;
          actorId = o.id;
          kind = o.kind;
        }
        break;
      }
      case "agent":
        // The first specific agent decides the sector: "police officer" is police.
        if (sector === null || (parts[0]!.entry.kind === "metonym" && e.sector !== "GOV")) sector = e.sector;
        plural = e.plural || tokens[part.end - 1]!.lemma !== tokens[part.end - 1]!.lower;
        break;
      case "person": {
        const resolved = personActor(e.person, date);
        personId = e.person.id;
        kind = "person";
        actorId = e.person.id;
        name = resolved.name;
        country = resolved.country ?? country;
        sector = resolved.sector ?? sector;
        break;
      }
      case "short-name": {
        const person = mostProminent(e.people, date);
        if (person) {
          const resolved = personActor(person, date);
          personId = person.id;
          kind = "person";
          actorId = person.id;
          name = resolved.name;
          country = resolved.country ?? country;
          sector = resolved.sector ?? sector;
        }
        break;
      }
    }
  }
  // "ethnic Albanians in southern Serbia": an ethnic group is no citizen of the state its name
  // recalls; the country where the sentence places it decides.
  if (tokens[start - 1]?.lower === "ethnic" && parts.some((p) => p.entry.kind === "demonym") && !personId) {
    country = null;
    name = null;
    actorId = null;
    kind = "agent";
    sector ??= "CVL";
  }
  const actor: ActorRef = {
    code:
      code && !country ? code : `${country ?? ""}${country || !code ? (sector ?? "") : ""}` || (code ?? ""),
    country,
    sector,
    name,
    actorId,
  };
  const first = tokens[start]!;
  const last = tokens[end - 1]!;
  return {
    span: { sentence: sentence.index, start, end },
    chars: { start: first.start, end: last.end },
    text: sentence.text.slice(first.start - sentence.start, last.end - sentence.start),
    kind,
    actor,
    entryIds: parts.map((p) => p.entry.id),
    coreferent: false,
    personId,
    possessive,
    plural,
  };
}
