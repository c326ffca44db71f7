/**
 * Destroying another state's weapons is force, not disarmament: "Russian forces destroyed three
 * Ukrainian tanks" read as the demobilisation rule's "destroy * weapon" (CAMEO 0873), which is
 * meant for a state scrapping its own arms ("Syria destroyed its chemical weapons").
 *
 * @example
 * destroyedHardwareCode(ruleCode, "destroy", sources, targets); // "… destroyed 12 Ukrainian drones" → "190"
 */
import type { CameoCode } from "../core/dictionary-schema.js";
import type { ActorMention } from "../core/types.js";

const DISARMING = "0873";
const FORCE = "190";

/**
 * "190" when a disarming act's trigger (a lemma) destroys, and its object belongs to a state none of its actors is of, else null.
 * @example destroyedHardwareCode(ruleCode, "destroy", [russianForces], [ukrainianTanks]) // "190"
 */
export function destroyedHardwareCode(
  ruleCode: CameoCode,
  trigger: string,
  sources: readonly ActorMention[],
  targets: readonly ActorMention[],
): string | null {
  // Only destruction: "ending the North's nuclear programme" or "disarming Hamas" is no strike.
  if (ruleCode.code !== DISARMING || trigger !== "destroy") return null;
  const own = new Set(sources.map((s) => s.actor.country));
  return targets.some((t) => t.actor.country && !own.has(t.actor.country)) ? FORCE : null;
}
