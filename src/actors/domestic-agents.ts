/**
 * Domestic agents with no country of their own ("police", "protesters") take the country where
 * the sentence places the event.
 *
 * @example
 * placeDomesticAgents(mentions, isPlace); // "Police … in Tbilisi" → GEOCOP
 */
import type { ActorMention } from "../core/types.js";

const DOMESTIC_SECTORS = new Set([
  "GOV",
  "COP",
  "JUD",
  "LEG",
  "OPP",
  "REB",
  // "Militias killed 20 villagers in Libya": militias are local armed groups, as rebels are.
  "UAF",
  "CVL",
  "EDU",
  "MED",
  "BUS",
  "LAB",
  "HLH",
]);

// A demonym before a lower-case noun: "French hostages", "Palestinian prisoners".
const PEOPLE_OF_A_COUNTRY = /^\p{Lu}[\p{L}-]*\s+\p{Ll}[\p{L}-]*$/u;

/**
 * "Police arrested dozens of protesters outside the parliament in Tbilisi": a domestic agent with no
 * country of its own belongs to the country where the sentence places the event.
 * @example placeDomesticAgents(mentions, isPlace)[0]?.actor.code // "GEOCOP"
 */
export function placeDomesticAgents(
  mentions: readonly ActorMention[],
  isPlace: (m: ActorMention) => boolean,
): ActorMention[] {
  const placeable = (m: ActorMention) =>
    m.kind === "agent" && !m.actor.country && !m.group && DOMESTIC_SECTORS.has(m.actor.sector ?? "");
  // Most sentences have no such agent: nothing to place.
  if (!mentions.some(placeable)) return [...mentions];
  // The place named with "in"/"at", also inside a composed mention ("the parliament in Tbilisi");
  // else the one country the sentence names as an actor ("Fijian rebels … Prime Minister Chaudhry").
  const placed = mentions.filter((m) => isPlace(m) || (m.actor.country !== null && / in /.test(m.text)));
  // "Rebels freed two French hostages": people named by a demonym and a common noun are as often
  // foreigners where the event happens, so they place no one.
  const actors = mentions.filter(
    (m) =>
      m.actor.country !== null &&
      !m.group &&
      !m.possessive &&
      !(m.kind === "country" && PEOPLE_OF_A_COUNTRY.test(m.text)),
  );
  const named = placed.length > 0 ? placed : actors;
  const country = named[0]?.actor.country;
  if (!country || named.some((p) => p.actor.country !== country)) return [...mentions];
  return mentions.map((m) => {
    if (!placeable(m)) return m;
    return { ...m, actor: { ...m.actor, country, code: `${country}${m.actor.sector ?? ""}` } };
  });
}
