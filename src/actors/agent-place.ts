/**
 * The place an agent with no state of its own takes from the words after it: "the president of
 * Armenia", "a court in Guyana", "observers from the OSCE", "a rebel group based in Uganda".
 *
 * @example
 * agentPlace(tokens, atomAt, agent, 3, 0, false)?.end; // "the president of Armenia" → 5
 */
import type { Token } from "../core/types.js";
import { possessiveMarker } from "../nlp/possessive-marker.js";
import type { Atom } from "./actor-atoms.js";
import type { LexiconEntry } from "./actor-lexicon.js";
import { nextAgentAfterFillers } from "./agent-head.js";
import { SENT_AGENTS } from "./envoys.js";
import { COUNTRY_KINDS, EQUIPMENT_AGENTS, verbBefore } from "./word-cues.js";

type AgentEntry = Extract<LexiconEntry, { readonly kind: "agent" }>;

const STATE_ORGANS = new Set(["GOV", "LEG", "JUD", "MIL", "SPY", "COP"]);
// Troops, agencies or spies "in Iraq" are often not Iraq's own. Refugees are coded by where they come
// from, and with no origin named ("refugees in Bangladesh"), by where they are.
const FOREIGN_PRESENCE = new Set(["MIL", "IGO", "SPY", "NGO"]);
// Armed groups that fight away from the seat of power; a capital named with them is a venue.
const AWAY_FROM_CAPITALS = new Set(["REB"]);

/**
 * The atoms that place `atom` (an agent ending at `end`, its phrase opening at `subjectStart`) and the
 * new end of its phrase, or null when the words after it name no state or organisation it belongs to.
 * `foreign` is set for "foreign diplomats", who serve abroad wherever they are.
 * @example agentPlace(tokens, atomAt, atom, end, start, false)?.parts[0].entry.kind // "country"
 */
export function agentPlace(
  tokens: readonly Token[],
  atomAt: ReadonlyMap<number, Atom>,
  atom: Atom,
  end: number,
  subjectStart: number,
  foreign: boolean,
): { readonly parts: Atom[]; readonly end: number } | null {
  const agent = atom.entry as AgentEntry;
  const link = tokens[end]?.lower ?? "";
  // "the special envoy for Syria": an envoy "for" a country is sent there, not its own.
  const sentThere = link === "for" && SENT_AGENTS.has(agent.id);
  // "a rebel group based in Uganda": a home base names where a group belongs.
  // "Western diplomats based in Nairobi" serve abroad wherever they are based.
  const based =
    (link === "based" || link === "headquartered") &&
    tokens[end + 1]?.lower === "in" &&
    !foreign &&
    !SENT_AGENTS.has(agent.id);
  let j = end + (based ? 2 : 1);
  if (tokens[j]?.lower === "the") j++;
  // "the mayor of the northern West Bank city": adjectives may stand before the place.
  while (tokens[j]?.pos === "ADJ" && !atomAt.has(j) && j - end <= 3) j++;
  const place = atomAt.get(j);
  // "Rebels in Oslo": a capital is where rebels meet or talk, not where they belong.
  const meetingPlace = place?.entry.kind === "metonym" && AWAY_FROM_CAPITALS.has(agent.sector);
  // Envoys, ambassadors and negotiators serve abroad: where they are is not whose they are.
  const domestic =
    !FOREIGN_PRESENCE.has(agent.sector) && !meetingPlace && !foreign && !SENT_AGENTS.has(agent.id);
  // "observers from the OSCE", "inspectors of the IAEA", "a spokesman for the Houthis": an
  // organisation gives its code too.
  const organization =
    place?.entry.kind === "organization" &&
    (link === "from" || link === "of" || (link === "for" && !sentThere && !SENT_AGENTS.has(agent.id)));
  // "Ukraine received tanks from Germany": weapons an actor is given come from a supplier, who
  // keeps a mention of its own; "rockets from Gaza hit Sderot", as a subject, are Gaza's.
  const supplied = link === "from" && EQUIPMENT_AGENTS.has(agent.id) && verbBefore(tokens, subjectStart);
  if (
    place &&
    (COUNTRY_KINDS.has(place.entry.kind) || organization) &&
    (link === "of" ||
      (link === "from" && !supplied) ||
      (link === "for" && !sentThere) ||
      (link === "in" && domestic) ||
      // "officials at Iran's UN mission", "diplomats at the Russian embassy": the body's people.
      (link === "at" && STATE_ORGANS.has(agent.sector)) ||
      based)
  ) {
    const parts: Atom[] = [place];
    let last = place.end;
    // "a spokesman for the Iranian foreign ministry", "the speaker of Iran's parliament": the body
    // the demonym or possessive qualifies comes along, for an office of the state; "opponents of
    // Rwanda's Senate" are no part of it.
    const owns = possessiveMarker(tokens[last]) && STATE_ORGANS.has(agent.sector);
    // "a spokesman for the Taliban government": a state organ named right after the body is its.
    const adjacent = atomAt.get(last);
    const organ =
      adjacent?.entry.kind === "agent" &&
      STATE_ORGANS.has(adjacent.entry.sector) &&
      STATE_ORGANS.has(agent.sector)
        ? adjacent
        : null;
    const body =
      place.entry.kind === "demonym" || (owns && COUNTRY_KINDS.has(place.entry.kind))
        ? nextAgentAfterFillers(tokens, owns ? last + 1 : last, atomAt, link === "at")
        : organ;
    if (body && body.entry.kind === "agent") {
      parts.push(body);
      last = body.end;
    } else if (link === "at") return null;
    return { parts, end: last };
  }
  return null;
}
