/**
 * The actor knowledge base compiled for matching: countries (from the world-countries package),
 * aliases, metonyms, organisations, sector agents and people, all in one token matcher.
 *
 * @example
 * const lexicon = buildActorLexicon(dictionaries, analyser);
 * lexicon.matcher.matchAt(sentence.tokens, 0, noSlots);
 */
import type { Country } from "world-countries";
import worldCountries from "world-countries";
import type { Dictionaries, OrganizationEntry, PersonEntry } from "../core/dictionary-schema.js";
import { TokenMatcher } from "../nlp/token-matcher.js";
import type { PatternElement } from "../nlp/token-pattern.js";
import type { TextAnalyser } from "../nlp/wink-analyser.js";
import { regionEntries } from "./region-names.js";
import { possessiveVariant, spellingVariant } from "./spelling-variants.js";

/** What a dictionary name stands for. @example { kind: "demonym", id: "country:PRK", country: "PRK" } */
export type LexiconEntry =
  | { readonly kind: "country"; readonly id: string; readonly country: string }
  | {
      readonly kind: "demonym";
      readonly id: string;
      readonly country: string;
      /** True for the plural that names the people ("Serbs", "Iraqis"), not an adjective. */
      readonly people?: boolean;
    }
  | { readonly kind: "metonym"; readonly id: string; readonly country: string; readonly sector: string }
  | { readonly kind: "organization"; readonly id: string; readonly entry: OrganizationEntry }
  | {
      readonly kind: "agent";
      readonly id: string;
      readonly sector: string;
      readonly title: boolean;
      readonly plural: boolean;
      /** The state the agent always serves ("pope" → VAT), or null. */
      readonly country: string | null;
      /** True when the noun names an actor only after its state or organisation ("Saudi agents"). */
      readonly needsOwner: boolean;
    }
  | { readonly kind: "person"; readonly id: string; readonly person: PersonEntry }
  | { readonly kind: "short-name"; readonly id: string; readonly people: readonly PersonEntry[] };

/** The compiled knowledge base. @example lexicon.people.get("person:kim-jong-un") */
export interface ActorLexicon {
  readonly matcher: TokenMatcher<LexiconEntry>;
  readonly people: ReadonlyMap<string, PersonEntry>;
  /** Organisations with dated roles, by id, re-read on each event's own date as people are. */
  readonly datedOrganizations: ReadonlyMap<string, OrganizationEntry>;
  readonly countryNames: ReadonlyMap<string, string>;
  /** States that split from another, with the date they did: before it, their words name the other. */
  readonly successors: ReadonlyMap<string, { readonly since: string; readonly formerly: string }>;
}

// Capitals that are also common words or personal names; they are never read as a government.
const AMBIGUOUS_CAPITALS = new Set([
  "Male",
  "Victoria",
  "Kingston",
  "Hamilton",
  "Nassau",
  "Georgetown",
  "Santiago",
]);
const SHORT_CODES_ALLOWED = new Set(["US", "UK"]);
// Alternative spellings in the country package that are also ordinary capitalised words.
const ORDINARY_WORDS = new Set([
  "Island",
  "Emirates",
  "Mann",
  "Timor",
  "Guiana",
  "Georgia State",
  "Sudan North",
]);

// The package is CommonJS; under NodeNext its default import is the array itself at run time.
const countries = worldCountries as unknown as readonly Country[];

/**
 * Builds the lexicon. Names are tokenised with the analyser so they split exactly as text does.
 * @example buildActorLexicon(dictionaries, createWinkAnalyser())
 */
export function buildActorLexicon(dictionaries: Dictionaries, analyser: TextAnalyser): ActorLexicon {
  const matcher = new TokenMatcher<LexiconEntry>(analyser.vocabulary, "lower", 0);
  const known = new Set<string>();
  // Names wait to be tokenised together (tokenizeNames is far cheaper than a call per name) and
  // enter the matcher in the order they were added.
  let pending: { name: string; entry: LexiconEntry; caseSensitive: boolean }[] = [];
  const add = (name: string, entry: LexiconEntry, caseSensitive = false) => {
    pending.push({ name, entry, caseSensitive });
  };
  const flush = () => {
    const batch = pending;
    pending = [];
    const tokenized = analyser.tokenizeNames(batch.map((p) => p.name.trim()));
    batch.forEach(({ name, entry, caseSensitive }, i) => {
      const tokens = tokenized[i]!;
      if (tokens.length === 0) return;
      known.add(tokens.join(" "));
      const elements: PatternElement[] = caseSensitive
        ? analyserExact(analyser, name).map((text) => ({ kind: "exact" as const, text, optional: false }))
        : tokens.map((w) => ({ kind: "word" as const, words: [w], optional: false }));
      matcher.add(elements, entry);
    });
  };
  const countryNames = new Map<string, string>();
  // Country words compete: an alias outranks an independent state, which outranks a territory
  // ("American" is the United States, not the Northern Mariana Islands).
  const countryWords = new Map<
    string,
    { entry: LexiconEntry; caseSensitive: boolean; rank: number; name: string }
  >();
  const offer = (name: string, entry: LexiconEntry, rank: number, caseSensitive = false) => {
    const key = `${entry.kind}|${caseSensitive ? name : name.toLowerCase()}`;
    const held = countryWords.get(key);
    if (!held || rank > held.rank) countryWords.set(key, { entry, caseSensitive, rank, name });
  };
  const demonymForms = (d: string) => (/(an|i)$/.test(d) ? [d, `${d}s`] : [d]);
  // Each demonym with its plural ("Iraqi", "Iraqis"); the plural names the people, not an adjective.
  const demonymEntries = (id: string, country: string, names: readonly string[]) => {
    const forms = new Set(names.flatMap(demonymForms));
    return [...forms].map((form): [string, LexiconEntry] => [
      form,
      form.endsWith("s") && forms.has(form.slice(0, -1))
        ? { kind: "demonym", id, country, people: true }
        : { kind: "demonym", id, country },
    ]);
  };

  for (const c of countries) {
    const id = `country:${c.cca3}`;
    const rank = c.independent === false ? 1 : 2;
    countryNames.set(c.cca3, c.name.common);
    const names = new Set([
      c.name.common,
      c.name.official,
      ...c.altSpellings.filter((n) => !ORDINARY_WORDS.has(n)),
    ]);
    for (const name of names) {
      if (!/^[\p{Script=Latin}\s.'’()-]+$/u.test(name) || name.includes(",")) continue;
      if (/^[A-Z]{2}$/.test(name)) {
        if (SHORT_CODES_ALLOWED.has(name)) offer(name, { kind: "country", id, country: c.cca3 }, rank, true);
        continue;
      }
      offer(name, { kind: "country", id, country: c.cca3 }, rank, /^[A-Z]{3,5}$/.test(name));
    }
    const demonyms = c.demonyms?.eng;
    const given = [demonyms?.m, demonyms?.f].filter((d): d is string => !!d);
    for (const [form, entry] of demonymEntries(id, c.cca3, given)) offer(form, entry, rank);
    if (c.independent !== false) {
      for (const capital of c.capital ?? []) {
        if (!AMBIGUOUS_CAPITALS.has(capital))
          offer(capital, { kind: "metonym", id, country: c.cca3, sector: "GOV" }, rank);
      }
    }
  }

  const successors = new Map<string, { since: string; formerly: string }>();
  for (const alias of dictionaries.countryAliases) {
    const id = `country:${alias.country}`;
    if (alias.since && alias.formerly)
      successors.set(alias.country, { since: alias.since, formerly: alias.formerly });
    for (const n of alias.names ?? []) offer(n, { kind: "country", id, country: alias.country }, 3);
    for (const n of alias.caseSensitive ?? [])
      offer(n, { kind: "country", id, country: alias.country }, 3, true);
    for (const [form, entry] of demonymEntries(id, alias.country, alias.demonyms ?? [])) offer(form, entry, 3);
    for (const n of alias.metonyms ?? []) {
      const entry: LexiconEntry = {
        kind: "metonym",
        id: `metonym:${alias.country}:${n}`,
        country: alias.country,
        sector: "GOV",
      };
      offer(n.replace(/^the\s+/i, ""), entry, 3);
    }
  }
  for (const { name, entry, caseSensitive } of countryWords.values()) add(name, entry, caseSensitive);

  const datedOrganizations = new Map<string, OrganizationEntry>();
  for (const entry of dictionaries.organizations) {
    if (entry.roles?.length) datedOrganizations.set(entry.id, entry);
    const value: LexiconEntry = { kind: "organization", id: entry.id, entry };
    // A state's own institution keeps its own spelling: "the Defence Department" is not the Pentagon.
    const respelled = entry.kind === "igo" || entry.kind === "group";
    for (const n of entry.names) {
      add(n.replace(/^the\s+/i, ""), value);
      const variant = respelled ? spellingVariant(n.replace(/^the\s+/i, "")) : null;
      if (variant) add(variant, value);
      const owned = entry.kind === "igo" ? possessiveVariant(n) : null;
      if (owned) add(owned, value);
    }
    for (const n of entry.caseSensitive ?? []) add(n, value, true);
  }

  for (const agent of dictionaries.agents) {
    const value: LexiconEntry = {
      kind: "agent",
      id: agent.id,
      sector: agent.sector,
      title: agent.title === true,
      plural: agent.plural === true,
      country: agent.country ?? null,
      needsOwner: agent.needsOwner === true,
    };
    for (const n of agent.names) {
      add(n, value);
      const variant = spellingVariant(n);
      if (variant) add(variant, value);
    }
  }

  const people = new Map<string, PersonEntry>();
  const byShortName = new Map<string, PersonEntry[]>();
  for (const person of dictionaries.people) {
    people.set(person.id, person);
    for (const n of person.names) add(n, { kind: "person", id: person.id, person });
    for (const s of person.shortNames ?? []) {
      const list = byShortName.get(s) ?? [];
      list.push(person);
      byShortName.set(s, list);
    }
  }
  for (const [name, list] of byShortName) {
    add(name, { kind: "short-name", id: `short-name:${name}`, people: list });
  }
  // Regions come last: a name the knowledge base already reads as another actor stays that actor.
  flush();
  if (dictionaries.regions) {
    const alpha2 = Object.fromEntries(countries.map((c) => [c.cca3, c.cca2]));
    const taken = (name: string) => known.has(analyser.tokenizeName(name).join(" "));
    for (const entry of regionEntries(dictionaries.regions, alpha2, taken)) {
      const value: LexiconEntry = { kind: "organization", id: entry.id, entry };
      for (const n of entry.names) add(n, value);
    }
  }
  flush();
  matcher.compile();
  return { matcher, people, datedOrganizations, countryNames, successors };
}

function analyserExact(analyser: TextAnalyser, name: string): string[] {
  // Case-sensitive names keep their original spelling; tokenising the lower-cased form only gives the split points.
  const lower = analyser.tokenizeName(name);
  const out: string[] = [];
  let cursor = 0;
  for (const piece of lower) {
    const at = name.toLowerCase().replace(/[’‘]/g, "'").indexOf(piece, cursor);
    out.push(at >= 0 ? name.slice(at, at + piece.length) : piece);
    cursor = at >= 0 ? at + piece.length : cursor;
  }
  return out;
}
