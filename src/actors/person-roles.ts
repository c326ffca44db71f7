/**
 * Resolves a person's actor code on a given date from their time-bounded roles.
 *
 * @example
 * roleOn(trump, "2018-06-12"); // { country: "USA", sector: "GOV", title: "President", ... }
 */
import type { OrganizationEntry, PersonEntry, Role } from "../core/dictionary-schema.js";
import type { ActorRef } from "../core/types.js";

/** The role a person held on `date` (yyyy-mm-dd), or null. @example roleOn(person, "2019-02-27") */
export function roleOn(person: PersonEntry, date: string): Role | null {
  let best: Role | null = null;
  for (const role of person.roles) {
    if (role.from <= date && (!role.to || date < role.to)) {
      // A head-of-state role outranks a lesser one held at the same time.
      if (!best || role.from > best.from) best = role;
    }
  }
  return best;
}

/** The actor a person stands for on `date`. @example personActor(kim, "2018-06-12").code === "PRKGOV" */
export function personActor(person: PersonEntry, date: string): ActorRef {
  const role = roleOn(person, date);
  const held = role?.country ?? person.country ?? person.roles[0]?.country ?? null;
  const sector = role?.sector ?? null;
  // An international organisation's officer is no state's, as the organisation's own mention is
  // not: "Guterres urged restraint" aims at no "IGO" home.
  const country = held === "IGO" ? null : held;
  return {
    code: `${held ?? ""}${sector ?? ""}`,
    country,
    sector,
    name: person.names[0] ?? null,
    actorId: person.id,
  };
}

/** True when the person held any role on `date`. @example isActiveOn(leavitt, "2025-06-12") */
export function isActiveOn(person: PersonEntry, date: string): boolean {
  return roleOn(person, date) !== null;
}

/**
 * The country and sector an organisation holds on `date`: a dated role's, else its own ("Taliban"
 * → AFG REB in 2010, AFG GOV in 2023). @example organizationRoleOn(taliban, "2010-05-04").sector // "REB"
 */
export function organizationRoleOn(
  entry: OrganizationEntry,
  date: string,
): { readonly country: string | null; readonly sector: string | null } {
  for (const role of entry.roles ?? []) {
    if (role.from <= date && (!role.to || date < role.to))
      return { country: role.country ?? entry.country ?? null, sector: role.sector };
  }
  return { country: entry.country ?? null, sector: entry.sector ?? null };
}
