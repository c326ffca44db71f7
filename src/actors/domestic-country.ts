/**
 * Which country a domestic agent with none of its own belongs to: the place the sentence names, or
 * the one state it names as an actor; for unnamed troops, the place alone.
 *
 * @example
 * countryOfDomestic(mentions, tokens, isPlace, () => true, "domestic"); // "GEO" for "police in Tbilisi"
 */
import type { ActorMention, Token } from "../core/types.js";
import { actedOnAbroad, heldPlace } from "./acted-on-abroad.js";
import { counterpart, headsCounterpart, isEnvoy } from "./envoys.js";
import { isVenue } from "./venues.js";
import { EQUIPMENT_AGENTS, locativeBefore, verbBefore } from "./word-cues.js";

// A demonym before a lower-case noun: "French hostages", "Palestinian prisoners".
const PEOPLE_OF_A_COUNTRY = /^\p{Lu}[\p{L}-]*\s+\p{Ll}[\p{L}-]*$/u;

/**
 * An agent with no country of its own and no sign of being from elsewhere.
 * @example unplaced(mentionOf("police")) // true
 */
// "foreign diplomats", "Western ambassadors", "coalition forces": no one of the place. "Chairman
// Kim" whose Kim is not known is someone in particular, of whatever state he is.
export const unplaced = (m: ActorMention) =>
  m.kind === "agent" && !m.actor.country && !m.group && !m.foreign && !namedPerson(m);
const namedPerson = (m: ActorMention) => {
  const ids = m.entryIds;
  for (let k = 0; k < ids.length; k++) if (ids[k]!.startsWith("short-name:")) return true;
  return false;
};

// "near the Iraqi border": a border lies between two states and places no one in either.
const BORDER = /\b(?:border|borders|frontier|frontiers|boundary)$/i;
const BORDER_WORDS = new Set(["border", "borders", "frontier", "frontiers", "boundary"]);
/** "the Iraqi border", "near the Thai border": the mention, or the noun right after it, is a border. */
const atBorder = (m: ActorMention, tokens: readonly Token[]) =>
  BORDER.test(m.text) || BORDER_WORDS.has(tokens[m.span.end]?.lower ?? "");

// Nouns of fire that a demonym right before them makes a state's ("Israeli shelling", "a Russian attack").
const STRIKE_NOUNS = new Set([
  "shelling",
  "strike",
  "strikes",
  "airstrike",
  "airstrikes",
  "bombardment",
  "bombardments",
  "bombing",
  "bombings",
  "fire",
  "raid",
  "raids",
  "barrage",
  "attack",
  "attacks",
  "offensive",
]);

/**
 * "Russian missiles", "Israeli shelling", "US air strikes": a state's weapons and fire, which strike
 * far from home, so that those they hit or who report them are no sign of being that state's
 * ("Israeli shelling killed three people" names no Israelis).
 */
const strikeForce = (m: ActorMention, tokens: readonly Token[]) =>
  m.entryIds.some((id) => EQUIPMENT_AGENTS.has(id)) ||
  (m.kind === "country" && STRIKE_NOUNS.has(tokens[m.span.end]?.lower ?? ""));

/** A capital standing alone: "in Oslo" (the government's seat, coded GOV), not "in Norway". */
const isCapital = (m: ActorMention) => m.kind === "country" && m.actor.sector === "GOV";

/**
 * The country of a domestic agent: the place named with "in"/"at", also inside a composed mention
 * ("the parliament in Tbilisi"); else the one country the sentence names as an actor ("Fijian rebels
 * … Prime Minister Chaudhry"). Rebels meet and talk in other states' capitals ("rebels met
 * government envoys in Oslo"), so for them a capital places no one when another state is named.
 */
export function countryOfDomestic(
  mentions: readonly ActorMention[],
  tokens: readonly Token[],
  isPlace: (m: ActorMention) => boolean,
  inPlace: (m: ActorMention) => boolean,
  who: "domestic" | "travellers" | "rebels" | "envoys" | "community",
): string | null {
  const home = who === "domestic" || who === "travellers";
  // "the envoy for Yemen", "the ambassador to Iran": the state right after an envoy is where he is sent.
  const sentTo = (m: ActorMention) =>
    who === "envoys" &&
    mentions.some((e) => isEnvoy(e) && m.span.start >= e.span.end && m.span.start - e.span.end <= 2);
  // A capital is a venue when the sentence names another state: "rebels met Colombian envoys in Oslo";
  // "rebel positions near Monrovia" are Liberia's. "Rebels in Oslo", the capital right after them,
  // is where they are talking even when no other state is named.
  const venue = (m: ActorMention) =>
    isCapital(m) &&
    (mentions.some((o) => o.actor.country !== null && o.actor.country !== m.actor.country && !isCapital(o)) ||
      (tokens[m.span.start - 1]?.lower === "in" &&
        mentions.some((r) => r.actor.sector === "REB" && r.span.end === m.span.start - 1)));
  // "Colombian rebels in Oslo began talks with the government", "Syrian opposition leaders in
  // Istanbul": a place right after another state's actors, before the verb, is where they are, and
  // places no one else ("police in Kabul" still are Kabul's; "attacked a Chinese convoy in
  // Pakistan" still places the attackers).
  const visited = (m: ActorMention) =>
    (m.kind === "country" || m.kind === "place") &&
    tokens[m.span.start - 1]?.lower === "in" &&
    !verbBefore(tokens, m.span.start) &&
    mentions.some(
      (r) =>
        r.span.end === m.span.start - 1 && r.actor.country !== null && r.actor.country !== m.actor.country,
    );
  // "The foreign ministers met in Paris": where leaders meet is no sign of whose they are.
  const counted = mentions.filter(
    (m) =>
      !atBorder(m, tokens) &&
      !(who === "rebels" && venue(m)) &&
      !(who === "travellers" && isVenue(m, tokens)) &&
      !visited(m) &&
      !sentTo(m),
  );
  // Envoys serve abroad: only the states the sentence names as actors say whose they are.
  const placed =
    who === "envoys"
      ? []
      : counted.filter(
          (m) =>
            isPlace(m) ||
            inRegion(m, tokens) ||
            (m.actor.country !== null && / in /.test(m.text) && inPlace(m)),
        );
  // "Rebels freed two French hostages": people named by a demonym and a common noun are as often
  // foreigners where the event happens, so they place no one.
  const actors = counted.filter(
    (m) =>
      m.actor.country !== null &&
      !(who === "envoys" && (isPlace(m) || m.kind === "place" || counterpart(tokens, mentions, m))) &&
      !(home && headsCounterpart(tokens, mentions, m)) &&
      !m.group &&
      !m.possessive &&
      // "…, witnesses told Reuters": a news outlet reports from everywhere.
      m.kind !== "media" &&
      m.actor.sector !== "MED" &&
      !(m.kind === "country" && PEOPLE_OF_A_COUNTRY.test(m.text) && !heldPlace(m, tokens)) &&
      !strikeForce(m, tokens),
  );
  // "Turkey pledged not to attack Kurdish forces": a people's forces or leaders, across borders,
  // are placed by a place alone.
  if (placed.length > 0 || who === "community") return oneCountry(placed);
  // "The US envoy met rebel leaders": an envoy's state alone is not that of the people he deals
  // with (beside another state's, it still makes the choice ambiguous).
  if (who !== "envoys" && actors.every(isEnvoy)) return null;
  const country = oneCountry(actors);
  if (country === null || (!home && who !== "rebels")) return country;
  // What the agent acts on never places it, but a state it names still makes the choice ambiguous.
  const agentAt = firstUnplacedAgent(mentions);
  let other = false;
  let own = false;
  for (const m of actors) {
    // Rebels strike at their own state's capital ("rebels attacked N'Djamena").
    const ownCapital = who === "rebels" && m.kind === "country" && m.actor.sector === "GOV";
    if (agentAt >= 0 && m.span.start > agentAt && !ownCapital && actedOnAbroad(m, tokens))
      other ||= m.actor.country !== country;
    else own = true;
  }
  return own && !other ? country : null;
}

/**
 * "Soldiers opened fire on demonstrators in Myanmar": troops no one names belong to the country
 * where they act, when the sentence places the event there and names no other country at all
 * ("troops in Iraq … American" could be anyone's). `inPlace` says which mentions composed with "in"
 * are places; the others are the reporter's.
 */
export function countryOfTroops(
  mentions: readonly ActorMention[],
  tokens: readonly Token[],
  isPlace: (m: ActorMention) => boolean,
  inPlace: (m: ActorMention) => boolean,
): string | null {
  // Regions count as places here ("killed four soldiers in North Waziristan").
  // ("the government of Sindh" is a region too; "the Pentagon", a place with a role, is not).
  const region = (m: ActorMention) =>
    m.kind === "place" && (m.actor.sector === null || (m.entryIds[0] ?? "").startsWith("agent:"));
  let placed = mentions.filter(
    (m) =>
      !atBorder(m, tokens) &&
      (isPlace(m) || region(m) || (m.actor.country !== null && / in /.test(m.text) && inPlace(m))),
  );
  // "…, military officials in Kinshasa said": an army that reports speaks of its own soldiers.
  if (placed.length === 0)
    placed = mentions.filter((m) => !inPlace(m) && m.actor.sector === "MIL" && m.actor.country !== null);
  // "Netanyahu ordered the army to …", "Abiy Ahmed accused the army of abuses": with no place and
  // no other state named, a leader or government deals with its own army.
  if (placed.length === 0)
    placed = mentions.filter(
      (m) =>
        m.actor.sector === "GOV" && m.actor.country !== null && (m.kind === "person" || m.kind === "agent"),
    );
  // "Syrian rebels accused the army of …": rebels a state's name or adjective places fight its army.
  if (placed.length === 0)
    placed = mentions.filter(
      (m) => m.actor.sector === "REB" && m.actor.country !== null && m.kind === "agent" && !m.group,
    );
  if (placed.length === 0) return null;
  const country = oneCountry(placed);
  return country && mentions.every((m) => m.actor.country === null || m.actor.country === country)
    ? country
    : null;
}

/** Where the first agent with no country starts, or -1. */
function firstUnplacedAgent(mentions: readonly ActorMention[]): number {
  for (const m of mentions) if (unplaced(m)) return m.span.start;
  return -1;
}

/** "in Indian-administered Kashmir", "in northern Borno": a region (a place with no role) where the event is. */
function inRegion(m: ActorMention, tokens: readonly Token[]): boolean {
  if (m.kind !== "place" || m.actor.sector !== null || m.actor.country === null) return false;
  return locativeBefore(tokens, m.span.start);
}

/** The one country all the mentions name, or null when they name none or several. */
function oneCountry(named: readonly ActorMention[]): string | null {
  const country = named[0]?.actor.country;
  if (!country || named.some((p) => p.actor.country !== country)) return null;
  return country;
}
