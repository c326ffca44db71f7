/**
 * Parties the text implies rather than names: the country where unattributed violence or a protest
 * happened, the place an act with no target fell on, a pair acting towards each other, the actor a
 * threat's condition names, and the actors' own state for domestic events.
 *
 * @example
 * impliedParties(tokens, trigger, mentions, parties, act, location).sources[0]?.text; // "(IRQ, implied)"
 */
import type { ActorMention, Sentence } from "../core/types.js";
import type { ActModality } from "./act-modality.js";
import {
  conditionActors,
  domesticTarget,
  HARM_ROOTS,
  impliedCountry,
  RECIPROCAL_ROOTS,
  topicOf,
  unknownAddressee,
} from "./clause-roles.js";
import type { EventParties } from "./event-parties.js";
import { afterFrom } from "./fire-origin.js";
import { asCountry, capitalNamed } from "./harm-victims.js";
import { CRAFT_AIMED_ROOTS, craftAimedAt, seizedCraft } from "./craft-targets.js";
import {
  heldAtVenue,
  hostOfPost,
  atVenue,
  madeWithParty,
  partiesMeet,
  placeOfSource,
  PROTEST_ROOT,
} from "./party-cues.js";
import { vowsRetaliation } from "./retaliation.js";
import { coordinatedObject } from "./coordinated-object.js";
import { ownState, selfAimed, threatensOwnState } from "./self-aimed.js";

/** The actor entry of a source implied by where the violence happened, which a named source outranks. @example IMPLIED_LOCATION_SOURCE // "implied-location-source" */
export const IMPLIED_LOCATION_SOURCE = "implied-location-source";

/** True when the target is the place itself, or the same state named again. */
const sameParty = (t: ActorMention, place: ActorMention): boolean =>
  t === place || (t.actor.code === place.actor.code && !t.actor.sector);

const DOMESTIC_BY_DEFAULT = new Set(["08", "10", "13", "14", "17"]);
// Arrests, charges and expulsions: acts only a state's authorities do.
const AUTHORITY_CODES = new Set(["173", "174"]);
const HANDED_BACK = new Set(["return", "repatriate", "hand"]);
const CAPTIVES = new Set(["hostage", "captive", "abductee"]);
// "The proposal was welcomed by France and Germany", "Japan and the US pledged aid": praise,
// defence, rallying support, apology, forgiveness, pledges of aid or reform and offers to mediate
// have their object elsewhere, as has mediation; two states doing them together do not do them to each other.
const ONE_WAY_CODES = new Set(["033", "034", "039", "045", "051", "052", "053", "055", "056"]);

/** The parties of an event once the implied ones fill the gaps. @example { sources, targets, towardEachOther: false } */
export interface ImpliedParties {
  readonly sources: readonly ActorMention[];
  readonly targets: readonly ActorMention[];
  /** Two states cooperating with no one else named, who act towards each other. */
  readonly towardEachOther: boolean;
}

/**
 * Fills a missing source or target from the event's place, its pair of actors, its condition or
 * the actors' own state.
 * @example impliedParties(tokens, trigger, mentions, parties, act, location).targets[0]?.text // "rallies in the Gaza Strip" → "the Gaza Strip"
 */
export function impliedParties(
  tokens: Sentence["tokens"],
  trigger: number,
  mentions: readonly ActorMention[],
  parties: EventParties,
  act: ActModality,
  location: ActorMention | undefined,
): ImpliedParties {
  const { mutualPair } = parties;
  let { sources } = parties;
  // "Lithuania … closed its consulate": a state named alone acts on no part of its own state; a
  // target that is the state again, or its government, is a misread pronoun or modifier.
  // "Zelensky vowed to keep fighting until Ukraine wins": nor does a state's leader or army
  // threaten the state itself.
  const threat = act.code.code.startsWith(THREAT_ROOT);
  const own = (t: ActorMention) => ownState(sources, t) || (threat && threatensOwnState(sources, t));
  let targets = parties.targets.some(own) ? parties.targets.filter((t) => !own(t)) : parties.targets;
  // "A roadside bombing near Samarra killed one U.S. soldier": violence with no named perpetrator is
  // coded from the country where it happened, marked as implied, as CAMEO coders do.
  // "Thousands marched in Tbilisi": so are protesters the text does not name.
  const root = act.code.code.slice(0, 2);
  if (
    sources.length === 0 &&
    location?.actor.country &&
    // "Rockets were fired at its territory": a state struck on its own soil is no source of the attack.
    ((HARM_ROOTS.has(root) && targets.length > 0 && !targets.some((t) => sameParty(t, location))) ||
      // "Thousands demonstrated outside the Chinese embassy in Hanoi": whatever they protest.
      root === PROTEST_ROOT)
  ) {
    sources = [impliedCountry(location, IMPLIED_LOCATION_SOURCE)];
  }
  // "A Chinese national was arrested in Taiwan": an arrest or expulsion with no one named was made
  // by the authorities of the place where it happened.
  if (
    sources.length === 0 &&
    parties.passive &&
    location?.actor.country &&
    AUTHORITY_CODES.has(act.code.code) &&
    targets.length > 0 &&
    !targets.includes(location)
  ) {
    sources = [impliedCountry(location, IMPLIED_LOCATION_SOURCE)];
  }
  // "Soldiers killed 12 villagers in Burundi": when the place is named inside the victims' mention,
  // the violence happened there just the same.
  const placedVictims = targets.find((t) => t.kind === "agent" && t.actor.country && / in /.test(t.text));
  if (sources.length === 0 && !location && HARM_ROOTS.has(root) && placedVictims) {
    sources = [impliedCountry(placedVictims, IMPLIED_LOCATION_SOURCE)];
  }
  // An act with no named target falls on the place where it happened:
  // "imposed a curfew in Cizre, Turkey", "lifted a curfew in Montenegro", "rallies in the Gaza Strip".
  // A place right after the source is where the source is ("Hamas leaders in Doha rejected").
  // "fired rockets from Gaza": where the fire came from is no target.
  const origin = location !== undefined && afterFrom(tokens, location.span.start);
  if (
    targets.length === 0 &&
    location &&
    !mutualPair &&
    !origin &&
    // "asked for sanctions relief at the Hanoi summit": a place "at" which words were spoken is a venue.
    !(atVenue(tokens, location.span.start) && !HARM_ROOTS.has(root)) &&
    // "Iran signed the deal in Vienna": an agreement or a pledge is made with a party, not a place.
    (!madeWithParty(act.code.code) || hostOfPost(tokens, location)) &&
    // "Putin will hold talks in Istanbul": talks are held with people, wherever they are held.
    // "Putin and Trump agreed to meet in Budapest": so is a meeting intended.
    !(
      (heldAtVenue(act.code.code) || act.code.code === INTENT_TO_MEET) &&
      partiesMeet(tokens, trigger, location.span.start)
    ) &&
    // "Kazakhstan's president hosted a summit in Astana": one meets no one in one's own capital.
    !(
      root === "04" &&
      sources.length > 0 &&
      sources.every((s) => s.actor.country === location.actor.country)
    ) &&
    !sources.some((s) => placeOfSource(tokens, s, location)) &&
    // "Greece and Turkey met in Ankara and pledged to …": the home of one of a pair acting
    // together is where they acted, and the pair acts towards each other.
    !(
      !HARM_ROOTS.has(root) &&
      countriesAtLeastTwo(sources) &&
      sources.some((s) => s.actor.country === location.actor.country)
    )
  ) {
    // "declared a state of emergency in Lima": force or coercion in a capital falls on the city,
    // so on its country; a protest there is still aimed at the government that sits in it.
    targets = [capitalNamed(location) && FALLS_ON_PLACE.has(root) ? asCountry(location) : location];
  }
  // "India and Pakistan agreed to halt all firing": two states cooperating or stepping back with no
  // one else named do it towards each other.
  const pairOfCountries = countriesAtLeastTwo(sources);
  // "Seoul and Tokyo agreed to share intelligence on North Korea": what a pair cooperates about is
  // its topic, not its partner. (One host's "conference on Lebanon" is held for Lebanon, its target.)
  if (
    pairOfCountries &&
    RECIPROCAL_ROOTS.has(root) &&
    targets.length > 0 &&
    targets.every((t) => topicOf(tokens, t))
  ) {
    targets = [];
  }
  // "Canada and India expelled each other's diplomats": whatever the act, "each other" aims it both ways.
  const towardEachOther =
    !mutualPair &&
    targets.length === 0 &&
    pairOfCountries &&
    ((RECIPROCAL_ROOTS.has(root) && !ONE_WAY_CODES.has(act.code.code.slice(0, 3))) ||
      eachOtherAfter(tokens, trigger));
  // "threatened to stop negotiations if the United States goes ahead", "would not withdraw until
  // Hamas released the hostages": a threat or refusal with no one named is aimed at whoever its
  // condition names.
  if (targets.length === 0 && (root === "13" || root === "12") && act.condition === "outside") {
    const named = conditionActors(tokens, trigger, mentions, sources);
    if (named.length > 0) targets = named;
  }
  // "accused Russia of shooting down the jet and demanded an apology": a demand joined to an act
  // aimed at someone is made of that same party.
  if (targets.length === 0 && root === DEMAND_ROOT)
    targets = coordinatedObject(tokens, trigger, mentions, sources);
  // A protest, a strike called off, a curfew or a demand with no one named is aimed at the
  // actors' own state: CAMEO codes such domestic events X → X.
  if (
    targets.length === 0 &&
    !mutualPair &&
    !towardEachOther &&
    DOMESTIC_BY_DEFAULT.has(act.code.code.slice(0, 2)) &&
    !unknownAddressee(tokens, trigger + 1, mentions) &&
    !seizedCraft(tokens, trigger, act.code.code) &&
    // "Russia returned the bodies of 500 soldiers": what is handed back goes to someone else.
    !HANDED_BACK.has(tokens[trigger]!.lemma) &&
    // "Hezbollah vowed to retaliate": a reprisal answers someone else, never the group's own state.
    !(root === THREAT_ROOT && vowsRetaliation(tokens, trigger)) &&
    // "Hamas released four hostages", "hostages freed by Hamas": captives are someone else's
    // people, whom the text leaves unnamed.
    !tokens.slice(Math.max(0, trigger - 3), trigger + 5).some((t) => CAPTIVES.has(t.lemma)) &&
    !(CRAFT_AIMED_ROOTS.has(act.code.code.slice(0, 2)) && craftAimedAt(tokens, trigger))
  ) {
    const home = sources.find((s) => s.actor.country);
    // "Kenya and Tanzania threatened to close the border": sources of two states share no home.
    // "Iran threatened to close the Strait of Hormuz": an act is never aimed at its own source by
    // default: a state, or its government, forces or officials, threatening with no one named is
    // aimed at someone the text leaves unnamed. Its rebels or opposition threaten the state itself.
    if (home && !countriesAtLeastTwo(sources) && !selfAimed(sources, act.code.code))
      targets = [domesticTarget(home)];
  }
  return { sources, targets, towardEachOther };
}

const THREAT_ROOT = "13";
const INTENT_TO_MEET = "036";
const DEMAND_ROOT = "10";
// Force posture, coercion, assault, fight and mass violence: acts that fall on a place.
const FALLS_ON_PLACE: ReadonlySet<string> = new Set(["15", "17", "18", "19", "20"]);
/** True when "each other" or "one another" follows the trigger within a few words. */
function eachOtherAfter(tokens: Sentence["tokens"], trigger: number): boolean {
  for (let j = trigger + 1; j < tokens.length - 1 && j - trigger <= 5; j++) {
    const w = tokens[j]!.lower;
    if (w === "," || w === ";") return false;
    if ((w === "each" || w === "one") && tokens[j + 1]!.lower.startsWith(w === "each" ? "other" : "another"))
      return true;
  }
  return false;
}

/** True when the mentions name two countries or more; "the two sides" counts each side it stands for. */
function countriesAtLeastTwo(mentions: readonly ActorMention[]): boolean {
  let first: string | null = null;
  for (const m of mentions) {
    const members = m.group;
    const count = members ? members.length : 1;
    for (let k = 0; k < count; k++) {
      const country = members ? members[k]!.country : m.actor.country;
      if (country === null) continue;
      if (first === null) first = country;
      else if (country !== first) return true;
    }
  }
  return false;
}
