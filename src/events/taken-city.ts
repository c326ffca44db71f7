/**
 * Ground taken: "rebels captured Kabul" holds territory (CAMEO 192), where a capture or seizure of
 * a person or property is an arrest or a confiscation.
 *
 * @example
 * takenCity(ruleCode, tokens, trigger, targets); // "rebels captured Kabul" → true
 */
import type { CameoCode } from "../core/dictionary-schema.js";
import type { ActorMention, Sentence } from "../core/types.js";

/** CAMEO's code for occupying territory. @example OCCUPY // "192" */
export const OCCUPY = "192";
// Arrest and confiscation codes whose verbs also take ground: "captured Kabul", "seized Bangui".
const CAPTURE_CODES = new Set(["173", "1711"]);
const CAPTURE_VERBS = new Set(["capture", "seize", "overrun", "take"]);

/**
 * True when a capture or seizure takes a state, a capital or a town named alone right after the verb:
 * "rebels captured Kabul" holds territory (CAMEO 192), not a person or property.
 * @example takenCity(ruleCode, tokens, trigger, targets) // "rebels captured Kabul" → true
 */
export function takenCity(
  ruleCode: CameoCode,
  tokens: Sentence["tokens"],
  trigger: number,
  targets: readonly ActorMention[],
): boolean {
  if (!CAPTURE_CODES.has(ruleCode.code) || !CAPTURE_VERBS.has(tokens[trigger]!.lemma)) return false;
  const m = targets[0];
  if (targets.length !== 1 || !m || m.possessive) return false;
  // "captured Kabul", "seized Sanaa", "captured Goma", "took Avdiivka": a state, a capital or a town.
  const ground =
    m.kind === "country"
      ? m.entryIds.every((id) => id.startsWith("country:") || id.startsWith("metonym:"))
      : m.kind === "place" &&
        m.actor.sector === null &&
        m.entryIds.every((id) => id.startsWith("place:region-"));
  if (!ground) return false;
  const start = tokens[trigger + 1]?.lower === "the" ? trigger + 2 : trigger + 1;
  // "seized a British-flagged tanker", "captured Iranian weapons": a demonym before a noun is no place.
  const after = tokens[m.span.end];
  const whole = !after || (!["NOUN", "PROPN", "ADJ"].includes(after.pos) && after.lower !== "-");
  return m.span.start === start && whole;
}
