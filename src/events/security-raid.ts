/**
 * "Ecuador's police stormed the Mexican embassy": a state's police or troops storming or torching a
 * building raid it (CAMEO 170, coerce); only crowds riot (145).
 *
 * @example
 * securityRaidCode(riotCode, [ecuadorPolice]); // "170"
 */
import type { CameoCode } from "../core/dictionary-schema.js";
import type { ActorMention } from "../core/types.js";

const RIOT = "145";
const RAID = "170";
const SECURITY_SECTORS: ReadonlySet<string> = new Set(["COP", "MIL", "SPY"]);

/**
 * The raid code for a riot rule whose doers are all a state's security forces, else null.
 * @example securityRaidCode(riotCode, sources) // "170" for "Ecuador's police stormed the embassy"
 */
export function securityRaidCode(ruleCode: CameoCode, sources: readonly ActorMention[]): string | null {
  if (ruleCode.code !== RIOT || sources.length === 0) return null;
  const security = sources.every(
    (s) => s.actor.country !== null && SECURITY_SECTORS.has(s.actor.sector ?? ""),
  );
  return security ? RAID : null;
}
