/**
 * Domestic agents with no country of their own ("police", "protesters") take the country where
 * the sentence places the event; unnamed troops too, when the sentence names no other country.
 *
 * @example
 * placeDomesticAgents(mentions, isPlace); // "Police … in Tbilisi" → GEOCOP
 */
import type { ActorMention, Token } from "../core/types.js";
import { countryOfDomestic, countryOfTroops, unplaced } from "./domestic-country.js";
import { isEnvoy } from "./envoys.js";
import { reporterClause } from "./reporter-clause.js";
import { traveller } from "./venues.js";
import { COMMUNITY_WORDS, EQUIPMENT_AGENTS } from "./word-cues.js";

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
  "AGR",
  "REL",
  // "Pirates seized a ship off Somalia", "drug cartels killed a mayor in Mexico"
  "CRM",
  "RAD",
]);

// Warplanes, missiles and warships fly and sail far from home: where they strike or fall is no
// sign of whose they are ("a missile fell inside Japan's zone").
// Peacekeepers serve abroad, under an international flag.
const WEAPONS = new Set([...EQUIPMENT_AGENTS, "agent:peacekeepers"]);

/**
 * Words that mark an agent as from elsewhere: "foreign diplomats", "Western ambassadors",
 * "coalition forces". @example FOREIGN_MODIFIERS.has("western") // true
 */
export const FOREIGN_MODIFIERS: ReadonlySet<string> = new Set([
  "foreign",
  "western",
  "international",
  "overseas",
  "visiting",
  "exiled",
  "expatriate",
  "occupation",
  "occupying",
  "coalition",
  "allied",
  "multinational",
  // "relief officials in Nairobi", "diplomatic sources in Islamabad": not the host's government.
  "relief",
  "aid",
  "humanitarian",
  "diplomatic",
  // "European leaders in London", "Arab ministers in Cairo": a continent's or a people's agents
  // met somewhere are not the host's.
  "european",
  "arab",
  "african",
  "asian",
]);

// The army's seat at home: "the defence ministry in Kabul" is placed as the government is, not as
// troops, which may serve abroad.
const SEATED_MILITARY: ReadonlySet<string> = new Set(["agent:defense-ministry", "agent:defense-minister"]);

// "government troops", "regime forces" are the state's own, as the government is.
const placeable = (m: ActorMention) =>
  unplaced(m) &&
  (DOMESTIC_SECTORS.has(m.actor.sector ?? "") ||
    GOVERNMENT_FORCES.test(m.text) ||
    m.entryIds.some((id) => SEATED_MILITARY.has(id)));
const military = (m: ActorMention) =>
  unplaced(m) && m.actor.sector === "MIL" && !placeable(m) && !m.entryIds.some((id) => WEAPONS.has(id));
const toPlace = (m: ActorMention) => placeable(m) || military(m);

/**
 * "Police arrested dozens of protesters outside the parliament in Tbilisi": a domestic agent with no
 * country of its own belongs to the country where the sentence places the event.
 * @example placeDomesticAgents(mentions, sentence.tokens, isPlace)[0]?.actor.code // "GEOCOP"
 */
export function placeDomesticAgents(
  named: readonly ActorMention[],
  tokens: readonly Token[],
  isPlace: (m: ActorMention) => boolean,
): ActorMention[] {
  const mentions = named.some((m) => LEADING.has(tokens[m.span.end]?.lower ?? ""))
    ? named.map((m) => ledBy(m, named, tokens))
    : named;
  // Most sentences have no such agent: nothing to place.
  if (!mentions.some(toPlace)) return [...mentions];
  const clause = reporterClause(tokens);
  const inClause = (m: ActorMention) =>
    clause !== null && m.span.start >= clause[0] && m.span.end <= clause[1];
  const located = (m: ActorMention) =>
    isPlace(m) || m.kind === "place" || (m.actor.country !== null && / in /.test(m.text));
  // "Rebels attacked the town, relief officials in Nairobi said": where the reporter is says nothing
  // of where the event was. The reporter's own agents are placed first, from the whole sentence; the
  // others then from the sentence without the reporter's places, where a reporter that has a
  // country counts as a named actor does ("…, a police spokesman in Peshawar said").
  if (!mentions.some((m) => inClause(m) && located(m)) || !mentions.some((m) => toPlace(m) && !inClause(m)))
    return placeFrom(mentions, mentions, tokens, isPlace, null);
  const reporters = placeFrom(mentions, mentions, tokens, isPlace, inClause);
  const outside = (m: ActorMention) => !inClause(m);
  const view = reporters.filter((m) => outside(m) || !(isPlace(m) || m.kind === "place"));
  return placeFrom(reporters, view, tokens, isPlace, outside).map((m) => ownReporter(m, reporters, inClause));
}

const LEADING = new Set(["led", "headed", "commanded"]);

/**
 * "A coalition led by Saudi Arabia bombed Sanaa", "a delegation headed by the Russian foreign
 * minister": an agent with no state of its own is the state of the one who leads it.
 */
function ledBy(m: ActorMention, mentions: readonly ActorMention[], tokens: readonly Token[]): ActorMention {
  // A coalition or foreign force has no state of its own either, until its leader names one.
  if (m.kind !== "agent" || m.actor.country || m.group) return m;
  if (!LEADING.has(tokens[m.span.end]?.lower ?? "") || tokens[m.span.end + 1]?.lower !== "by") return m;
  const at = tokens[m.span.end + 2]?.lower === "the" ? m.span.end + 3 : m.span.end + 2;
  const leader = mentions.find((l) => l.span.start === at && l.actor.country !== null);
  if (!leader?.actor.country) return m;
  const country = leader.actor.country;
  // "a coalition led by Saudi Arabia" is that state's alliance, not its political opposition.
  const sector = m.entryIds.includes("agent:political-group") ? leader.actor.sector : m.actor.sector;
  return { ...m, actor: { ...m.actor, country, sector, code: `${country}${sector ?? ""}` } };
}

/**
 * "The government accused Rwanda …, a spokesman said in Kinshasa": an unplaced agent of the same
 * body as a reporter who has a country is that reporter's.
 */
function ownReporter(
  m: ActorMention,
  reporters: readonly ActorMention[],
  inClause: (m: ActorMention) => boolean,
): ActorMention {
  if (inClause(m) || !placeable(m)) return m;
  let country: string | null = null;
  for (const r of reporters) {
    if (!inClause(r) || r.kind !== "agent" || r.actor.sector !== m.actor.sector || !r.actor.country) continue;
    if (country !== null && country !== r.actor.country) return m;
    country = r.actor.country;
  }
  return country ? { ...m, actor: { ...m.actor, country, code: `${country}${m.actor.sector ?? ""}` } } : m;
}

/**
 * Gives the agents that `which` selects (all when null) the country `view` places them in; a
 * mention of `view` outside `isPlace` and composed with "in" counts as a place only when `which` holds.
 */
function placeFrom(
  mentions: readonly ActorMention[],
  view: readonly ActorMention[],
  tokens: readonly Token[],
  isPlace: (m: ActorMention) => boolean,
  which: ((m: ActorMention) => boolean) | null,
): ActorMention[] {
  const chosen = (m: ActorMention) => which === null || which(m);
  const inPlace = which ?? (() => true);
  const domestic = countryOfDomestic(view, tokens, isPlace, inPlace, "domestic");
  const travellers = mentions.some((m) => chosen(m) && placeable(m) && traveller(m))
    ? countryOfDomestic(view, tokens, isPlace, inPlace, "travellers")
    : null;
  const rebels = mentions.some((m) => chosen(m) && placeable(m) && m.actor.sector === "REB")
    ? countryOfDomestic(view, tokens, isPlace, inPlace, "rebels")
    : null;
  const envoys = mentions.some((m) => chosen(m) && placeable(m) && isEnvoy(m))
    ? countryOfDomestic(view, tokens, isPlace, inPlace, "envoys")
    : null;
  const community = (m: ActorMention) => peopleAcrossBorders(m, tokens);
  const peoples = mentions.some((m) => chosen(m) && placeable(m) && community(m))
    ? countryOfDomestic(view, tokens, isPlace, inPlace, "community")
    : null;
  const armed = mentions.some((m) => chosen(m) && military(m))
    ? countryOfTroops(view, tokens, isPlace, inPlace)
    : null;
  return mentions.map((m) => {
    if (!chosen(m)) return m;
    const country = military(m)
      ? armed
      : !placeable(m)
        ? null
        : community(m)
          ? peoples
          : m.actor.sector === "REB"
            ? rebels
            : isEnvoy(m)
              ? envoys
              : traveller(m)
                ? travellers
                : domestic;
    if (!country) return m;
    const state = settlersOf(m, country);
    return { ...m, actor: { ...m.actor, country: state, code: `${state}${m.actor.sector ?? ""}` } };
  });
}

// "Settlers attacked villagers near Nablus": settlers in the Palestinian territories are Israelis.
const settlersOf = (m: ActorMention, country: string) =>
  country === "PSE" && m.entryIds.includes("agent:settlers") ? "ISR" : country;

// Agents that name an armed group themselves: "Kurdish rebels" are rebels as any are.
const GROUP_AGENTS = new Set(["agent:rebels", "agent:insurgents", "agent:militants", "agent:rebel-leader"]);

/** "Kurdish forces", "Druze leaders": the armed men or leaders of a people or faith, no state's. */
const peopleAcrossBorders = (m: ActorMention, tokens: readonly Token[]) =>
  COMMUNITY_WORDS.has(tokens[m.span.start]!.lower) &&
  ((m.actor.sector === "REB" && !m.entryIds.some((id) => GROUP_AGENTS.has(id))) ||
    m.entryIds.includes("agent:leader"));

const GOVERNMENT_FORCES = /^(?:the\s+)?(?:government|regime|state)\s/i;
