/**
 * The harmed of an attack named as the circumstance of their harm: "Five people died in shelling
 * in Kharkiv", "three soldiers were wounded in a drone attack". The attack noun's target is who died
 * or was hurt, not the place after "in", so that the place may still imply who attacked.
 *
 * @example
 * harmedVictims(syntax, tokens, trigger, targets)[0]?.text; // "Five people died in shelling in Kharkiv" → "people"
 */
import type { ActorMention, Sentence } from "../core/types.js";
import type { SentenceSyntax } from "./clause-syntax.js";
import { NOUN_PHRASE_POS } from "./clause-roles.js";
import { hasIdentity } from "./mention-identity.js";

/** Prepositions that name the circumstances of a harm. @example CIRCUMSTANCE.has("amid") // true */
export const CIRCUMSTANCE: ReadonlySet<string> = new Set(["in", "during", "amid"]);
/** Lemmas of being killed or hurt. @example HARMED.has("die") // true */
export const HARMED: ReadonlySet<string> = new Set(["kill", "wound", "injure", "die", "perish", "hurt"]);

/**
 * The harm verb whose circumstance phrase the noun trigger heads ("died in a Russian drone
 * attack"), or -1.
 * @example harmVerbBefore(tokens, 4) // "Five people died in shelling" → 2
 */
export function harmVerbBefore(tokens: Sentence["tokens"], trigger: number): number {
  for (let j = trigger - 1; j >= 1 && trigger - j <= 5; j--) {
    const t = tokens[j]!;
    if (CIRCUMSTANCE.has(t.lower)) return HARMED.has(tokens[j - 1]!.lemma) ? j - 1 : -1;
    if (!NOUN_PHRASE_POS.has(t.pos) && t.pos !== "PROPN" && t.lower !== "-") return -1;
  }
  return -1;
}

/**
 * The targets of a noun attack trigger: the harmed subject when the trigger names the circumstance
 * of their harm and its own target is none or only a place; otherwise `targets` unchanged.
 * @example harmedVictims(syntax, tokens, trigger, [kharkiv]) // "Five people died in shelling in Kharkiv" → [people]
 */
export function harmedVictims(
  syntax: SentenceSyntax,
  tokens: Sentence["tokens"],
  trigger: number,
  targets: ActorMention[],
): ActorMention[] {
  if (targets.some((t) => !syntax.isLocative(t))) return targets;
  const verb = harmVerbBefore(tokens, trigger);
  if (verb < 0) return targets;
  // "Soldiers died in the fighting": victims of no known state tell no more than the place does.
  const victims = syntax.findSubject(verb, true).filter((m) => m.actor.country);
  return victims.length > 0 ? victims : targets;
}

/**
 * "Thirty people were killed in Israeli strikes in Gaza": victims the text gives no country stand
 * for the place they were harmed in, when a foreign source harmed them there.
 * @example placedVictims([people], [israeliStrikes], gaza) // [gaza]
 */
export function placedVictims(
  targets: readonly ActorMention[],
  sources: readonly ActorMention[],
  location: ActorMention | undefined,
): readonly ActorMention[] {
  const country = location?.actor.country;
  if (!location || !country || targets.length === 0 || targets.some(hasIdentity)) return targets;
  // "Kenyan police shot two protesters in Nairobi": at home, the victims may be anyone's.
  if (sources.length === 0 || sources.some((s) => !s.actor.country || s.actor.country === country))
    return targets;
  return [location];
}

/**
 * "Israeli warplanes bombed Beirut": a capital another state's forces strike is the city, and so its
 * country, not the government its name stands for in speech. Rebels striking their own capital
 * ("rebels attacked N'Djamena") still fight the government.
 * @example struckCities([beirut], [israeliWarplanes])[0]?.actor.code // "LBN"
 */
export function struckCities(
  targets: readonly ActorMention[],
  sources: readonly ActorMention[],
): readonly ActorMention[] {
  if (sources.length === 0 || !targets.some(capitalNamed)) return targets;
  return targets.map((t) => {
    const country = t.actor.country;
    if (!capitalNamed(t) || !country || sources.some((s) => !s.actor.country || s.actor.country === country))
      return t;
    return asCountry(t);
  });
}

/**
 * The mention of a capital read as its city, and so as its country, not its government.
 * @example asCountry(beirut).actor.code // "LBN"
 */
export function asCountry(m: ActorMention): ActorMention {
  return { ...m, actor: { ...m.actor, code: m.actor.country ?? m.actor.code, sector: null } };
}

// A capital or other seat of power that stands alone for its government ("Beirut", "Kyiv"); "the
// Kremlin" or "the White House" is a building, and striking it strikes the government.
/** True for a capital standing alone for its government ("Kyiv"), not a building ("the Kremlin"). @example capitalNamed(kyiv) // true */
export const capitalNamed = (m: ActorMention): boolean =>
  m.kind === "country" &&
  m.actor.sector === "GOV" &&
  m.entryIds.length === 1 &&
  m.entryIds[0]!.startsWith("country:") &&
  !m.coreferent &&
  !/^the\s/i.test(m.text);
