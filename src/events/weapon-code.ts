/**
 * Killing told by its weapon: "Russian shelling killed two civilians" is fighting with artillery
 * (CAMEO 194), "an Israeli airstrike killed 20 people" the use of aerial weapons (195), "killed by
 * sniper fire" fighting with small arms (193). The plain "kill" rule says only 190; the weapon that
 * killed, heading the subject or the agent of a passive, says how. And "shelled Kherson, killing
 * two civilians" tells one attack and its toll: the killing takes the code of the act before the comma.
 *
 * @example
 * weaponKillCode("190", tokens, match, false); // "194" for "Russian artillery fire killed three people"
 */
import type { ActorMention, Sentence } from "../core/types.js";
import type { TokenMatch } from "../nlp/token-matcher.js";
import type { EventMentionCandidate } from "./event-mention-candidate.js";
import type { RulePattern } from "./event-rule-index.js";
import { AERIAL_NOUNS, ARTILLERY_NOUNS, SMALL_ARMS_NOUNS } from "./force-nouns.js";

type Tokens = Sentence["tokens"];

const FORCE = "190";
const KILLING: ReadonlySet<string> = new Set(["kill", "killing", "wound", "injure"]);
// Verbs of force whose weapon may be named apart from them: "Ukrainian drones attacked a refinery".
const FORCE_VERBS: ReadonlySet<string> = new Set([
  ...KILLING,
  "attack",
  "strike",
  "hit",
  "target",
  "fire",
  "launch",
]);
/** Weapons whose use has a code of its own, by lemma. */
const WEAPON_CODES: ReadonlyMap<string, string> = new Map([
  ...[...ARTILLERY_NOUNS].map((w) => [w, "194"] as const),
  ...[...AERIAL_NOUNS].map((w) => [w, "195"] as const),
  ...[...SMALL_ARMS_NOUNS].map((w) => [w, "193"] as const),
]);
// Words a subject's noun phrase may hold besides its nouns: "the latest Russian missile and drone".
const PHRASE_TAGS: ReadonlySet<string> = new Set(["NOUN", "PROPN", "ADJ", "NUM", "DET", "CCONJ"]);
const AGENT_WORDS: ReadonlySet<string> = new Set(["by", "in", "during", "with"]);
const ARTICLES: ReadonlySet<string> = new Set(["a", "an", "the"]);

/**
 * The code of the weapon that killed or wounded, when a plain killing (190) has one in its subject
 * ("Russian shelling killed") or in its passive agent ("were killed in an Israeli air strike"); else null.
 * @example weaponKillCode("190", tokens, match, true) // "195" for "were killed in a Russian drone strike"
 */
export function weaponKillCode(
  code: string,
  tokens: Tokens,
  match: TokenMatch<RulePattern>,
  passive: boolean,
): string | null {
  if (code !== FORCE) return null;
  // The derived passive ("civilian * be * kill") ends on its verb; the active form opens with it.
  const verb = match.value.passiveForm === undefined ? match.start : match.end - 1;
  const lemma = tokens[verb]?.lemma ?? "";
  if (!FORCE_VERBS.has(lemma)) return null;
  // "fired rockets from southern Lebanon at Israel", "rockets were fired from Lebanon": what is
  // fired is the weapon, the object of the active verb or the subject of the passive.
  const fired = FIRING.has(lemma) ? weaponWithin(tokens, verb + 1, match.end) : null;
  if (passive || match.value.passiveForm !== undefined)
    return fired ?? agentWeapon(tokens, verb + 1) ?? (FIRING.has(lemma) ? subjectWeapon(tokens, verb) : null);
  return fired ?? subjectWeapon(tokens, verb) ?? instrumentWeapon(tokens, match.end);
}

const FIRING: ReadonlySet<string> = new Set(["fire", "launch"]);

/** The last weapon among the tokens from `from` to `to`: "fired rockets from Gaza at". */
function weaponWithin(tokens: Tokens, from: number, to: number): string | null {
  let found: string | null = null;
  for (let j = from; j < to; j++) found = weaponOf(tokens, j) ?? found;
  return found;
}

/** The weapon heading the noun phrase right before the verb at `i`, past its auxiliaries. */
function subjectWeapon(tokens: Tokens, i: number): string | null {
  let j = i - 1;
  while (j >= 0 && (tokens[j]!.pos === "AUX" || tokens[j]!.pos === "ADV")) j--;
  let found: string | null = null;
  for (let k = 0; j >= 0 && k < 6 && inPhrase(tokens[j]!); j--, k++) {
    // The head is the last weapon noun: "missile and artillery fire" is artillery's.
    found ??= weaponOf(tokens, j);
  }
  return found;
}

/**
 * The weapon of an "in", "with" or "during" phrase a few words after an active verb's match:
 * "killed a Hamas commander in a drone strike", "attacked the town with artillery".
 */
function instrumentWeapon(tokens: Tokens, from: number): string | null {
  // "struck a depot in Crimea with ATACMS missiles": the place's phrase may come first.
  for (let j = from; j < tokens.length && j - from <= 8; j++) {
    const t = tokens[j]!;
    if (t.pos === "PUNCT" || t.pos === "VERB") return null;
    const weapon = INSTRUMENT_WORDS.has(t.lower) ? agentWeapon(tokens, j) : null;
    if (weapon) return weapon;
  }
  return null;
}
// "by" for a noun's agent: "the killing of an Iranian general by a US drone".
const INSTRUMENT_WORDS: ReadonlySet<string> = new Set(["in", "with", "during", "by"]);

/** The weapon of the phrase after "by", "in" or "during" that follows the passive verb. */
function agentWeapon(tokens: Tokens, from: number): string | null {
  let j = from;
  // "were killed overnight in": an adverb may stand between.
  while (tokens[j]?.pos === "ADV") j++;
  if (!AGENT_WORDS.has(tokens[j]?.lower ?? "")) return null;
  j++;
  if (ARTICLES.has(tokens[j]?.lower ?? "")) j++;
  let found: string | null = null;
  for (let k = 0; j < tokens.length && k < 6 && inPhrase(tokens[j]!); j++, k++) {
    // "in a Russian drone strike on Kherson": the phrase ends before its own preposition.
    found = weaponOf(tokens, j) ?? found;
  }
  return found;
}

// "Russian shelling killed": the tagger often reads the gerund as a verb.
const inPhrase = (t: Tokens[number]) => PHRASE_TAGS.has(t.pos) || t.lower === "shelling";

/** The code of the weapon at `j`: "air" before "strike" is an air strike. */
function weaponOf(tokens: Tokens, j: number): string | null {
  const t = tokens[j]!;
  const lemma = t.lemma.toLowerCase();
  if (lemma === "air" && tokens[j + 1]?.lemma.toLowerCase().startsWith("strike")) return "195";
  // Sentence-initial "Rockets" is tagged a name, its lemma keeping the plural.
  return (
    WEAPON_CODES.get(lemma) ?? WEAPON_CODES.get(t.lower) ?? WEAPON_CODES.get(lemma.replace(/s$/, "")) ?? null
  );
}

/**
 * The sentence's mentions with a killing told as the toll of an attack before it (", killing two
 * civilians") coded as that attack: one act, whose weapon the attack's own verb names.
 * @example attackTolls(tokens, candidates)[1]?.code.code // "194" for "shelled Kherson, killing two civilians"
 */
export function attackTolls(tokens: Tokens, candidates: EventMentionCandidate[]): EventMentionCandidate[] {
  if (candidates.length < 2) return candidates;
  return candidates.map((c, n) => {
    if (c.code.code !== FORCE || !KILLING.has(tokens[c.trigger]?.lemma ?? "")) return c;
    if (tokens[c.trigger - 1]?.lower !== "," || !tokens[c.trigger]!.lower.endsWith("ing")) return c;
    const attack = candidates
      .slice(0, n)
      .reverse()
      .find((p) => p.trigger < c.trigger && HARM.test(p.code.code) && p.code.code !== FORCE);
    return attack ? { ...c, code: attack.code } : c;
  });
}

// Codes of violence: assault (18), fighting (19) and mass violence (20).
const HARM = /^(?:18|19|20)/;

const INTERCEPTED = "intercepted-missiles";

/**
 * True when the rule for intercepted missiles names as their owner a phrase that is no aerial
 * weapon: "intercepted Israeli missiles" is Israel's attack, "intercepted a Gaza-bound flotilla" none.
 * @example interceptsNoWeapon(tokens, match, mentions) // false for "intercepted 40 Russian drones"
 */
export function interceptsNoWeapon(
  tokens: Tokens,
  match: TokenMatch<RulePattern>,
  mentions: readonly ActorMention[],
): boolean {
  if (match.value.rule.id !== INTERCEPTED) return false;
  const slot = match.slots.source;
  const owner = slot && mentions.find((m) => m.span.start === slot[0]);
  return !owner || !AERIAL_NOUNS.has(tokens[owner.span.end - 1]?.lemma ?? "");
}
