/**
 * Words around a dictionary hit that say it names no actor there: "the South China Sea", "Iranian-backed
 * militias", "in front of", "the official Xinhua news agency", "Unaizah May 4".
 *
 * @example
 * vetoedAtom(tokens, atom, atomAt); // "Russian-backed separatists" → true for "Russian"
 */
import type { Token } from "../core/types.js";
import { MONTH_NAMES, WEEKDAY_WORDS } from "../nlp/calendar-names.js";
import type { Atom } from "./actor-atoms.js";
import type { LexiconEntry } from "./actor-lexicon.js";
import { demonymOfThing, namesFeature, personNamedLikeState } from "./name-like-states.js";

/** Kinds that name a state: a country, its people, its seat of power. @example COUNTRY_KINDS.has("demonym") // true */
export const COUNTRY_KINDS: ReadonlySet<LexiconEntry["kind"]> = new Set(["country", "demonym", "metonym"]);

/** Days and months, never part of a name ("President Trump Tuesday said"). @example CALENDAR_WORDS.has("may") // true */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([
  ...WEEKDAY_WORDS,
  ...MONTH_NAMES.map((m) => m.toLowerCase()),
]);

/** Words after "X's militia" that make X the group's backer, not its state. @example ALLIES.has("proxies") // true */
export const ALLIES: ReadonlySet<string> = new Set([
  "ally",
  "allies",
  "proxy",
  "proxies",
  "surrogate",
  "surrogates",
]);

/**
 * Peoples and faiths that live across borders and name no state: "Kurdish forces", "Druze leaders",
 * "Shiite militias". The sentence's place says whose they are. @example COMMUNITY_WORDS.has("druze") // true
 */
export const COMMUNITY_WORDS: ReadonlySet<string> = new Set([
  "kurdish",
  "druze",
  "shiite",
  "shia",
  "shi'ite",
  "sunni",
  "alawite",
  "hutu",
  "tutsi",
  "baloch",
  "baluch",
  "pashtun",
  "hazara",
  "yazidi",
  "maronite",
  "coptic",
  "tuareg",
  "berber",
  "oromo",
  "amhara",
  "tigrayan",
  "christian",
  "muslim",
  "moslem",
  "hindu",
  "sikh",
  "islamist",
]);

// "Iranian-backed militias": the backer is no actor; nor is the maker or supplier of a weapon
// ("Iranian-made drones", "Russian-supplied missiles").
const BACKING = new Set([
  "allied",
  "backed",
  "sponsored",
  "supported",
  "funded",
  "armed",
  "trained",
  "aligned",
  "made",
  "built",
  "manufactured",
  "supplied",
  "designed",
]);

// "a Russian-speaking man", "a Turkish-born footballer", "Soviet-era rifles": a language, a birthplace
// or a period, not the state's actor.
const ORIGIN = new Set(["speaking", "language", "born", "era", "style", "educated"]);

const COMPASS = new Set(["west", "east", "north", "south"]);

// "Russian-occupied Crimea", "the Israeli-occupied West Bank": the occupier of a named place is no
// actor, and the place belongs to its state; "Russian-held positions" are still Russia's.
const OCCUPYING = new Set(["occupied", "controlled", "held", "annexed"]);

/**
 * True when the words around `atom` say it names no actor here.
 * @example vetoedAtom(tokens, atom, atomAt) // "the Indian Ocean" → true
 */
export function vetoedAtom(tokens: readonly Token[], atom: Atom, atomAt: ReadonlyMap<number, Atom>): boolean {
  const kind = atom.entry.kind;
  if (kind === "agent") {
    // "the official Xinhua news agency", "official Syrian media": "official" qualifies the name after it.
    const named = atomAt.get(atom.end);
    const official = tokens[atom.start]!.lower === "official" && atom.end === atom.start + 1;
    if (official && named && named.entry.kind !== "agent" && named.entry.kind !== "person") return true;
    return notAnAgent(tokens, atom.start) || insideProperName(tokens, atom, atomAt);
  }
  if (kind === "short-name") {
    // "the Unaizah May 4", "on May 12": a short name that is a month beside a number is a date.
    const near = (j: number) => tokens[j]?.pos === "NUM";
    return CALENDAR_WORDS.has(tokens[atom.start]!.lower) && (near(atom.end) || near(atom.start - 1));
  }
  // "the West Bank", "the West African bloc": a compass name that runs on into a name is that name.
  if (kind === "organization" && COMPASS.has(tokens[atom.end - 1]!.lower)) {
    return /^\p{Lu}/u.test(tokens[atom.end]?.text ?? "");
  }
  if (!COUNTRY_KINDS.has(kind)) return false;
  // "the Paris agreement", "the Minsk accords": a pact named after the city where it was made is
  // no party to it.
  if (kind === "metonym" && namedAfterCity(tokens, atom.end)) return true;
  // "the South China Sea", "the Indian Ocean", "the Gulf of Mexico": a sea named after a country.
  // "Iranian-backed militias": the backer, and the group it backs belongs where it acts.
  if (seaAround(tokens, atom.start, atom.end)) return true;
  // "Michael Jordan", "Chad Johnson": a person's name; "Spanish flu", "French fries": a thing's origin.
  if (kind === "country" && personNamedLikeState(tokens, atom.start, atom.end, atomAt)) return true;
  // "the Jordan Valley", "Lake Chad": a valley or lake named after the state.
  if (kind === "country" && namesFeature(tokens, atom.start, atom.end)) return true;
  if (kind === "demonym" && demonymOfThing(tokens, atom.start, atom.end)) return true;
  const participle = hyphenated(tokens, atom.end);
  if (participle === null) return false;
  return (
    BACKING.has(participle) ||
    ORIGIN.has(participle) ||
    (OCCUPYING.has(participle) && atomAt.has(atom.end + 2))
  );
}

/** "the Paris agreement", "the Paris climate agreement": a pact after the city, past one or two lower-case words. */
function namedAfterCity(tokens: readonly Token[], end: number): boolean {
  for (let j = end; j < end + 3 && j < tokens.length; j++) {
    const t = tokens[j]!;
    if (NAMED_AFTER_CITY.has(t.lower)) return true;
    if (!/^[a-z]/.test(t.text) || (t.pos !== "NOUN" && t.pos !== "ADJ")) return false;
  }
  return false;
}

// Pacts that take the name of a city ("the Hanoi summit" stays: where a meeting was is its venue).
const NAMED_AFTER_CITY = new Set([
  "agreement",
  "agreements",
  "accord",
  "accords",
  "protocol",
  "protocols",
  "convention",
  "conventions",
  "treaty",
  "declaration",
  "communique",
]);

/** True when a sea's name holds the country named at start..end: "South China Sea", "Sea of Japan". */
function seaAround(tokens: readonly Token[], start: number, end: number): boolean {
  const after = tokens[end]?.text ?? "";
  if (after === "Sea" || after === "Ocean") return true;
  const before = tokens[start - 2]?.text ?? "";
  return tokens[start - 1]?.lower === "of" && (before === "Sea" || before === "Gulf");
}

/** True for "in front of" and "movement of": a word that is an agent noun elsewhere, here none. */
const WARRING_HEADS: ReadonlySet<string> = new Set(["party", "parties", "faction", "factions"]);

/**
 * "Sudan's warring parties": the parties at war are its army and its rebels, no political parties.
 * @example warringParties(tokens, 3) // "Sudan's warring parties" → true
 */
export function warringParties(tokens: readonly Token[], i: number): boolean {
  return WARRING_HEADS.has(tokens[i]!.lower) && tokens[i - 1]?.lower === "warring";
}

function notAnAgent(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i]!.lower;
  const next = tokens[i + 1]?.lower;
  if (word === "front") return tokens[i - 1]?.lower === "in" && next === "of";
  return word === "movement" && next === "of";
}

// Capitalised words that stand before a title as part of it, not as a name: "Acting President".
const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  "acting",
  "interim",
  "former",
  "deputy",
  "vice",
  "senior",
  "first",
  "grand",
  "assistant",
  "executive",
  "general",
  "majority",
  "minority",
  "opposition",
  "party",
  "regional",
  "provincial",
  "state",
  "federal",
  "national",
]);

/**
 * "the Galaxy Leader", "the Sea Guardian": a capitalised title noun after a capitalised word that
 * names nothing the dictionary knows, with no personal name after it, is part of a proper name (a
 * ship's, a company's), not an official. Institutions ("Cumhuriyet University") are actors still. Titles before a name ("Majority Leader John Thune") and
 * after a state or body ("Hamas Leader") stay.
 */
function insideProperName(tokens: readonly Token[], atom: Atom, atomAt: ReadonlyMap<number, Atom>): boolean {
  const word = tokens[atom.start]!;
  const before = tokens[atom.start - 1];
  // "students at Cumhuriyet University": an institution keeps its sector; only a person's title is read so.
  if (
    atom.entry.kind !== "agent" ||
    !atom.entry.title ||
    !before ||
    !/^\p{Lu}/u.test(word.text) ||
    !/^\p{Lu}\p{Ll}/u.test(before.text)
  )
    return false;
  if (before.pos !== "PROPN" || TITLE_MODIFIERS.has(before.lower)) return false;
  // "Senate Majority Leader", "Hamas Leader": a word some hit covers is no unknown name.
  for (let j = atom.start - 1; j >= 0 && j >= atom.start - 4; j--) {
    const hit = atomAt.get(j);
    if (hit && hit.end > atom.start - 1) return false;
  }
  const after = tokens[atom.end];
  return !(after && /^\p{Lu}/u.test(after.text) && after.pos === "PROPN");
}

/** The word joined by a hyphen at `j` ("-backed" in "Iranian-backed"), or null. */
function hyphenated(tokens: readonly Token[], j: number): string | null {
  const hyphen = tokens[j];
  const word = tokens[j + 1];
  return hyphen?.text === "-" && word !== undefined && hyphen.end === word.start ? word.lower : null;
}

// Prepositions that put what follows them somewhere: "in Singapore", "near the border".
const LOCATIVE: ReadonlySet<string> = new Set([
  "in",
  "at",
  "near",
  "inside",
  "outside",
  "across",
  "through",
  "throughout",
]);

/**
 * True when a locative preposition stands before `start`, past "the" and up to three adjectives:
 * "in Singapore", "in the Gaza Strip", "in western Iraq", "in neighbouring Pakistan".
 * @example locativeBefore(tokens, mention.span.start) // "talks in Singapore" → true
 */
export function locativeBefore(tokens: readonly Token[], start: number): boolean {
  let j = start - 1;
  while (j >= 0 && start - j <= 3 && (tokens[j]!.lower === "the" || tokens[j]!.pos === "ADJ")) j--;
  return LOCATIVE.has(tokens[j]?.lower ?? "");
}

/**
 * Weapons and vehicles, which change hands and travel far: "tanks from Germany" may be a delivery,
 * and where a missile falls says nothing of whose it is. @example EQUIPMENT_AGENTS.has("agent:warship") // true
 */
export const EQUIPMENT_AGENTS: ReadonlySet<string> = new Set([
  "agent:warship",
  "agent:warplane",
  "agent:artillery",
  "agent:military-vehicle",
  "agent:strike-weapon",
]);

/**
 * True when a verb stands before token `end`: the phrase there is no subject.
 * @example verbBefore(tokens, 3)
 */
export function verbBefore(tokens: readonly Token[], end: number): boolean {
  for (let j = 0; j < end; j++) if (tokens[j]!.pos === "VERB") return true;
  return false;
}
