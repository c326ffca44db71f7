/**
 * The dictionaries' people, looked up by id and by country, so that the API can say which role an
 * actor held on an event's date and list roles over time.
 *
 * @example
 * const people = peopleIndex(dictionaries.people);
 * people.roleOn("person:kim-jong-un", "2018-06-12")?.title; // "Chairman of the State Affairs Commission"
 */
import { roleOn } from "../actors/person-roles.js";
import type { PersonEntry, Role } from "../core/dictionary-schema.js";

/** A person with their dated roles. @example { id: "person:donald-trump", name: "Donald Trump", roles: [...] } */
export interface PersonRoles {
  readonly id: string;
  readonly name: string;
  readonly country: string | null;
  readonly roles: readonly Role[];
}

/** Lookups over the people dictionary. @example index.person("person:donald-trump")?.roles.length */
export interface PeopleIndex {
  person(id: string): PersonRoles | null;
  roleOn(id: string, date: string): Role | null;
  /** People who held a role for this country (and sector, when the code has one), newest first. */
  ofActor(code: string): readonly PersonRoles[];
}

/**
 * Indexes the people once.
 * @example peopleIndex([]).person("x") // null
 */
export function peopleIndex(people: readonly PersonEntry[]): PeopleIndex {
  const byId = new Map(people.map((p) => [p.id, p]));
  const summary = (p: PersonEntry): PersonRoles => ({
    id: p.id,
    name: p.names[0] ?? p.id,
    country: p.country ?? p.roles[0]?.country ?? null,
    roles: [...p.roles].sort((x, y) => (x.from < y.from ? -1 : x.from > y.from ? 1 : 0)),
  });
  return {
    person: (id) => {
      const p = byId.get(id);
      return p ? summary(p) : null;
    },
    roleOn: (id, date) => {
      const p = byId.get(id);
      return p ? roleOn(p, date) : null;
    },
    ofActor: (code) => {
      const country = code.slice(0, 3);
      const sector = code.length > 3 ? code.slice(3) : null;
      const latest = (p: PersonEntry) =>
        p.roles
          .filter((r) => r.country === country)
          .map((r) => r.from)
          .sort()
          .at(-1) ?? "";
      return people
        .filter((p) => p.roles.some((r) => r.country === country && (!sector || r.sector === sector)))
        .sort((x, y) => (latest(x) < latest(y) ? 1 : latest(x) > latest(y) ? -1 : x.id < y.id ? -1 : 1))
        .map(summary);
    },
  };
}
