/**
 * First-level regions (US states, Indian states, Afghan provinces, Russian oblasts…) from the
 * country-region-data package, as place entries that code to their country: "the shootings in South
 * Carolina" happened in the United States. Names are spelled as English news spells them (diacritics
 * dropped), and a name that could mean something else is left out: one shared by two countries
 * ("Punjab"), one the knowledge base already knows as another actor ("Georgia", "Washington"), and
 * one the dictionaries exclude as an ordinary word ("Rivers", "Delta").
 *
 * @example
 * regionEntries({ countries: ["USA"] }, { USA: "US" }, () => false)[0].names.includes("South Carolina"); // true
 */
import { allCountries } from "country-region-data";
import type { OrganizationEntry, RegionSelection } from "../core/dictionary-schema.js";

/** The Latin letters, spaces and punctuation a region name may keep after its diacritics are dropped. */
const PLAIN_NAME = /^[A-Za-z][A-Za-z .'-]*[A-Za-z]$/;

/**
 * One place entry per selected country with the region names that are safe to read.
 * `alpha2` maps ISO alpha-3 codes to alpha-2; `taken` says whether a name already names an actor.
 * @example regionEntries(selection, { IND: "IN" }, (name) => lexiconHas(name))
 */
export function regionEntries(
  selection: RegionSelection,
  alpha2: Readonly<Record<string, string>>,
  taken: (name: string) => boolean,
): OrganizationEntry[] {
  const excluded = new Set((selection.exclude ?? []).map((n) => n.toLowerCase()));
  const owners = new Map<string, Set<string>>();
  const namesOf = new Map<string, string[]>();
  // Every country's regions count towards ambiguity, selected or not: "Punjab" is in two countries.
  for (const [, slug, regions] of allCountries) {
    for (const [raw] of regions) {
      for (const name of variants(raw, selection)) {
        const key = name.toLowerCase();
        const set = owners.get(key) ?? new Set<string>();
        set.add(slug);
        owners.set(key, set);
        const list = namesOf.get(slug) ?? [];
        list.push(name);
        namesOf.set(slug, list);
      }
    }
  }
  const entries: OrganizationEntry[] = [];
  for (const country of selection.countries) {
    const slug = alpha2[country];
    if (!slug) continue;
    const names = [...new Set(namesOf.get(slug) ?? [])].filter((name) => {
      const key = name.toLowerCase();
      return owners.get(key)?.size === 1 && !excluded.has(key) && !taken(name);
    });
    if (names.length === 0) continue;
    entries.push({
      id: `place:subdivision-${country.toLowerCase()}`,
      code: country,
      kind: "place",
      country,
      names,
    });
  }
  return entries;
}

/** The name as written, without diacritics, plus its short form without a suffix or prefix. */
function variants(raw: string, selection: RegionSelection): string[] {
  const plain = raw.normalize("NFD").replace(/\p{M}/gu, "").replace(/\s+/g, " ").trim();
  if (!PLAIN_NAME.test(plain) || plain.length < 4) return [];
  const out = [plain];
  for (const suffix of selection.suffixes ?? []) {
    const tail = ` ${suffix}`;
    if (plain.toLowerCase().endsWith(tail.toLowerCase())) out.push(plain.slice(0, -tail.length));
  }
  for (const prefix of selection.prefixes ?? []) {
    const head = `${prefix} `;
    if (plain.toLowerCase().startsWith(head.toLowerCase())) out.push(plain.slice(head.length));
  }
  return out.filter((n) => n.length >= 4);
}
