/**
 * Builds one actor mention from the dictionary hits composed into it: the country, sector, name and
 * person they name together, and the CAMEO code that follows.
 *
 * @example
 * toMention(sentence, parts, 0, 6, lexicon, "2025-06-12", false).actor.code; // "PRKGOV"
 */
import type { OrganizationEntry, PersonEntry } from "../core/dictionary-schema.js";
import type { ActorKind, ActorMention, ActorRef, Sentence, Token } from "../core/types.js";
import type { Atom } from "./actor-atoms.js";
import type { ActorLexicon } from "./actor-lexicon.js";
import { isOrdinaryWordName } from "./ordinary-surnames.js";
import { isActiveOn, organizationRoleOn, personActor, roleOn } from "./person-roles.js";
import { namesUsGeorgia } from "./us-georgia.js";
import { COMMUNITY_WORDS } from "./word-cues.js";

const LEADING_TITLE =
  /\b(president|prime minister|supreme leader|chairman|king|queen|chancellor|premier|emir|general secretary)\b/i;
const DEPUTY = /\b(vice|deputy|former|acting)\b/i;
// Words before a title that say it is held no longer.
const FORMER = new Set([
  "former",
  "ex",
  "ousted",
  "deposed",
  "toppled",
  "exiled",
  "late",
  "onetime",
  "one-time",
  "erstwhile",
]);
// The head of a state, then of a government, by that title alone, not "President of the Presidium of …".
const HEAD_OF_STATE = /^(?:president|supreme leader|king|queen|emir)$/i;
const HEAD_OF_GOVERNMENT = /^(?:prime minister|premier|chancellor|chairman)$/i;

// A head of whatever body the phrase names ("chief", "head", "boss").
const HEAD_AGENT = "agent:head";
/**
 * A short name used alone ("Kim") stands for its one active holder, or else for the one active
 * holder who leads a state (by that title alone, when several lead something); an article that
 * named someone else first is handled by coreference.
 */
function mostProminent(people: readonly PersonEntry[], date: string, name: string): PersonEntry | null {
  const active = people.filter((p) => isActiveOn(p, date));
  if (active.length === 1) return active[0]!;
  // Out of office, "Brown" or "Fox" is anyone of that name.
  if (active.length === 0) return people.length === 1 && !isOrdinaryWordName(name) ? people[0]! : null;
  const leaders = active.filter((p) => {
    const role = roleOn(p, date);
    return role !== null && LEADING_TITLE.test(role.title) && !DEPUTY.test(role.title);
  });
  if (leaders.length < 2) return leaders[0] ?? null;
  // "Kim" in 2019: the Supreme Leader, not the President of the Presidium, who also leads something,
  // nor the Premier; in 2000, with a South Korean President of that name too, no one.
  const heads = leaders.filter((p) => HEAD_OF_STATE.test(roleOn(p, date)?.title ?? ""));
  if (heads.length > 0) return heads.length === 1 ? heads[0]! : null;
  const governments = leaders.filter((p) => HEAD_OF_GOVERNMENT.test(roleOn(p, date)?.title ?? ""));
  return governments.length === 1 ? governments[0]! : null;
}

/**
 * The code of an organisation without a country (one with a country codes as country and sector).
 * Non-governmental organisations carry the generic CAMEO code NGO, except transnational ones (the Red
 * Cross, Amnesty), which the PLOVER gold records code as international organisations (IGO).
 */
function organizationCode(o: OrganizationEntry): string {
  if (o.code.startsWith("NGO")) return o.kind === "igo" ? `IGO${o.code.slice(3)}` : "NGO";
  return o.code;
}

/**
 * The mention of tokens start to end, composed of `parts`, with people resolved on `date`.
 * @example toMention(sentence, [korean, leader, kim], 0, 6, lexicon, "2025-06-12", false).actor.code // "PRKGOV"
 */
export function toMention(
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
  // The sector a named person's own role on the date gives, apart from any title before the name.
  let ownSector: string | null = null;
  let plural = false;
  // "the southern regional capital Juba" in 1995: a state's words before it existed name its predecessor.
  const stateOn = (c: string) => {
    const s = lexicon.successors.get(c);
    return s && date < s.since ? s.formerly : c;
  };
  // The phrase's head noun, before any place after it ("the opposition newspaper in Managua").
  const lastAgent = [...parts].reverse().find((p) => p.entry.kind === "agent");
  for (const part of parts) {
    const e = part.entry;
    switch (e.kind) {
      case "country":
      case "demonym": {
        const state =
          e.country === "GEO" && namesUsGeorgia(tokens, part.start, part.end) ? "USA" : stateOn(e.country);
        country ??= state;
        name ??= lexicon.countryNames.get(state) ?? state;
        actorId ??= `country:${state}`;
        if (parts.length === 1) kind = "country";
        // "Serbs", "Iraqis": the people of a state, many of them.
        if (parts.length === 1 && e.kind === "demonym" && e.people) plural = true;
        break;
      }
      case "metonym": {
        // A capital before its state existed is a city of the predecessor, not its government.
        const state = stateOn(e.country);
        country ??= state;
        if (state === e.country) sector ??= e.sector;
        name ??= lexicon.countryNames.get(state) ?? state;
        actorId ??= state === e.country ? e.id : `country:${state}`;
        if (parts.length === 1) kind = "country";
        break;
      }
      case "organization": {
        const o = e.entry;
        if (country === null && code === null) {
          // "the governor of Kherson region": a place with no role keeps the agent's sector.
          const role = organizationRoleOn(o, date);
          country = role.country;
          sector = role.sector ?? sector;
          code = organizationCode(o);
          name = o.names[0] ?? null;
          actorId = o.id;
          kind = o.kind;
          // A community of people ("Jewish settlers") is a group of people, as "protesters" are;
          // so is a movement named in the plural of its own name ("the Houthis … they").
          plural =
            (sector === "CVL" && tokens[part.end - 1]!.lemma !== tokens[part.end - 1]!.lower) ||
            pluralOfOwnName(o.names, tokens, part);
        }
        break;
      }
      case "agent":
        // "the head of Iran's judiciary", "the chief of the Russian army": a head is of the body's sector.
        if (e.id === HEAD_AGENT && parts.some((p) => p !== part && p.entry.kind === "agent")) break;
        // The first specific agent decides the sector: "police officer" is police; but the makers
        // and traders of a thing are businesses ("Iranian drone makers", "arms dealers"), and a paper or
        // broadcaster is the media whoever owns it ("the ruling party newspaper", "the army radio").
        if (
          sector === null ||
          (parts[0]!.entry.kind === "metonym" && e.sector !== "GOV") ||
          ((e.sector === "BUS" || e.sector === "MED") && part === lastAgent && code === null)
        )
          sector = e.sector;
        plural = e.plural || tokens[part.end - 1]!.lemma !== tokens[part.end - 1]!.lower;
        // "the pope": an office one state always holds names that state.
        if (e.country && country === null && code === null) {
          country = stateOn(e.country);
          name ??= lexicon.countryNames.get(country) ?? country;
          actorId ??= `country:${country}`;
        }
        break;
      case "person": {
        const resolved = personActor(e.person, date);
        personId = e.person.id;
        kind = "person";
        actorId = e.person.id;
        name = resolved.name;
        // "UNHCR chief Barham Salih" before his term in the dictionary: the body the text names
        // outranks the state he once served.
        if (code === null || resolved.sector !== null) country = resolved.country ?? country;
        sector = resolved.sector ?? sector;
        ownSector = resolved.sector;
        break;
      }
      case "short-name": {
        const person = mostProminent(e.people, date, e.id.slice("short-name:".length));
        const resolved = person ? personActor(person, date) : null;
        // "Jordan's King Hussein", "South Korean President Kim": a short name under another
        // country's title is someone else of that name.
        if (
          person &&
          resolved &&
          (country === null || resolved.country === null || resolved.country === country)
        ) {
          personId = person.id;
          kind = "person";
          actorId = person.id;
          name = resolved.name;
          country = resolved.country ?? country;
          sector = resolved.sector ?? sector;
          ownSector = resolved.sector;
        }
        break;
      }
    }
  }
  // "Former US President Joe Biden", "former soldiers": a title once held is no role now. A named
  // former holder is one of the elites (CAMEO ELI, as the PLOVER records code "former president
  // Carlos Menem"), unless his own role on the date is another ("former NATO chief Jens
  // Stoltenberg" is Norway's finance minister in 2025); former soldiers or rebels are civilians.
  if (FORMER.has(tokens[start - 1]?.lower ?? "") && sector !== null)
    sector = personId !== null ? (ownSector ?? "ELI") : kind === "agent" ? "CVL" : sector;
  // "ethnic Albanians in southern Serbia": an ethnic group is no citizen of the state its name
  // recalls; the country where the sentence places it decides.
  if (tokens[start - 1]?.lower === "ethnic" && parts.some((p) => p.entry.kind === "demonym") && !personId) {
    country = null;
    name = null;
    actorId = null;
    kind = "agent";
    sector ??= "CVL";
  }
  // "Kabul airport", "the Hanoi summit": a capital before a common noun names the city, not its
  // government (a noun in -s may be a mistagged verb: "Beijing views the move as …").
  const next = tokens[end];
  const city =
    parts.length === 1 &&
    parts[0]!.entry.kind === "metonym" &&
    parts[0]!.entry.id.startsWith("country:") &&
    !possessive &&
    next?.pos === "NOUN" &&
    !next.lower.endsWith("s");
  if (city) sector = null;
  // "Kurdish forces", "Druze leaders": a people's or faith's armed men are no state's army, and its
  // leaders no government.
  // "Tigrayan forces" keep the state the people live in: Ethiopia's rebels, not its army.
  if (
    COMMUNITY_WORDS.has(tokens[start]!.lower) &&
    (parts[0]!.entry.kind === "agent" || (parts[0]!.entry.kind === "demonym" && parts.length > 1)) &&
    code === null &&
    !personId
  ) {
    if (sector === "MIL") sector = "REB";
    else if (parts.some((p) => p.entry.id === "agent:leader")) sector = "CVL";
  }
  // "the Saudi-led coalition": a coalition or alliance a state leads is that state's, not an opposition.
  const ledByState = tokens
    .slice(start + 1, end)
    .some((t, i) => t.lower === "led" && tokens[start + i]?.lower === "-");
  if (ledByState && sector === "OPP" && country !== null && !personId) sector = null;
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
    ...(city ? { city } : {}),
  };
}

/** True when the words of `part` are one of `names` with an "s" added: "Houthis" beside "Houthi". */
function pluralOfOwnName(
  names: readonly string[],
  tokens: readonly Token[],
  part: { readonly start: number; readonly end: number },
): boolean {
  const text = tokens
    .slice(part.start, part.end)
    .map((t) => t.lower)
    .join(" ");
  if (!text.endsWith("s")) return false;
  const singular = text.slice(0, -1);
  return names.some((n) => n.toLowerCase() === singular);
}
