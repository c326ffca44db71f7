/**
 * Forces moved in the passive: "Iraqi troops were deployed along the border with Kuwait" is Iraq's
 * deployment, aimed where the troops went; the forces named first are their state's instrument.
 *
 * @example
 * passiveForces(syntax, match, parties).sources[0]?.text; // "Iraqi troops"
 */
import type { TokenMatch } from "../nlp/token-matcher.js";
import type { SentenceSyntax } from "./clause-syntax.js";
import type { EventParties } from "./event-parties.js";
import type { RulePattern } from "./event-rule-index.js";

// Sectors of the forces a state moves: its army, its police.
const FORCE_SECTORS: ReadonlySet<string> = new Set(["MIL", "COP"]);
const FORCE_POSTURE_ROOT = "15";

/**
 * True when a force-posture rule's object-first (passive) reading names forces of a known state:
 * with no agent after "by", their owner still acts.
 * @example movesForcesPassively(match.value) // "Russian troops were deployed" → true when the rule is 15x
 */
export function movesForcesPassively(value: RulePattern): boolean {
  return value.passiveForm !== undefined && value.rule.cameo.startsWith(FORCE_POSTURE_ROOT);
}

/**
 * The parties of a passive force movement without an agent: the forces' state acts, on the actor
 * after the verb ("near the Ukrainian border"), if any.
 * @example passiveForces(syntax, match, parties).targets[0]?.text // "… along the border with Kuwait" → "Kuwait"
 */
export function passiveForces(
  syntax: SentenceSyntax,
  match: TokenMatch<RulePattern>,
  parties: EventParties,
): EventParties {
  if (!movesForcesPassively(match.value) || parties.sources.length > 0 || parties.targets.length === 0)
    return parties;
  const forces = parties.targets;
  if (!forces.every((f) => f.actor.country !== null && FORCE_SECTORS.has(f.actor.sector ?? "")))
    return parties;
  const sources = [...forces];
  const targets = syntax
    .findObject(match.end, 8, new Set(sources))
    .filter((t) => !sources.some((s) => s.actor.country === t.actor.country));
  return { ...parties, sources, targets };
}
