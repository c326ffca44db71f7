/**
 * Criticism of repression is aimed at the one who represses: "The United States criticised the
 * crackdown on protesters in Georgia" judges Georgia's state, not its protesters.
 *
 * @example
 * repressorOf(tokens, trigger, targets)?.[0]?.actor.code; // "… the crackdown on protesters in Georgia" → "GEO"
 */
import type { ActorMention, Token } from "../core/types.js";
import { STATE_SECTORS } from "../core/state-sectors.js";
import { impliedCountry } from "./clause-roles.js";

// biome-ignore format: word list
const REPRESSION: ReadonlySet<string> = new Set([
  "crackdown", "repression", "persecution", "suppression", "detention", "arrest", "jailing",
  "imprisonment", "torture", "mistreatment", "harassment", "execution", "killing", "sentencing",
]);
const OBJECT_FILLERS: ReadonlySet<string> = new Set(["DET", "ADJ", "NUM", "PRON"]);
const ON_VICTIMS: ReadonlySet<string> = new Set(["on", "of", "against"]);
const REACH = 10;

/**
 * The state of the victims when the judged act is repression of its own people and no doer is
 * named after "by"; else null. @example repressorOf(tokens, trigger, targets)
 */
export function repressorOf(
  tokens: readonly Token[],
  trigger: number,
  targets: readonly ActorMention[],
): ActorMention[] | null {
  let j = trigger + 1;
  while (j < tokens.length && OBJECT_FILLERS.has(tokens[j]!.pos)) j++;
  if (!REPRESSION.has(tokens[j]?.lemma ?? "") || !ON_VICTIMS.has(tokens[j + 1]?.lower ?? "")) return null;
  const victims = targets[0];
  if (
    !victims?.actor.country ||
    !targets.every(
      (t) =>
        t.kind === "agent" &&
        t.actor.country === victims.actor.country &&
        !STATE_SECTORS.has(t.actor.sector ?? "GOV") &&
        t.span.start > j,
    )
  )
    return null;
  for (let k = j + 2; k < tokens.length && k - j <= REACH; k++) if (tokens[k]!.lower === "by") return null;
  return [impliedCountry(victims, "implied-repressor")];
}
