/**
 * "Came under fire/attack from …" is criticism from critics and gunfire from armed men: the
 * disapproval rule reads both, and an armed source, or a ship, convoy or post as the one attacked,
 * makes it the use of force.
 *
 * @example
 * armedAttackCode(ruleCode, tokens, match, sources, targets); // "190" for "a patrol came under fire from rebels"
 */
import { EQUIPMENT_AGENTS } from "../actors/word-cues.js";
import type { CameoCode } from "../core/dictionary-schema.js";
import type { ActorMention, Sentence } from "../core/types.js";
import type { TokenMatch } from "../nlp/token-matcher.js";
import type { RulePattern } from "./event-rule-index.js";
import { ARMED_HEADS } from "./force-nouns.js";

type Tokens = Sentence["tokens"];

const FORCE = "190";
const ARMED_SECTORS: ReadonlySet<string> = new Set(["MIL", "REB", "UAF"]);
// What only arms attack: "a Philippine vessel came under attack", "the convoy came under fire".
const MATERIAL_HEADS: ReadonlySet<string> = new Set([
  "ship",
  "vessel",
  "boat",
  "tanker",
  "convoy",
  "patrol",
  "base",
  "outpost",
  "checkpoint",
  "position",
  "aircraft",
  "plane",
  "helicopter",
]);

/**
 * The use of force (CAMEO 190) when a disapproval read from "came under fire/attack from" has
 * armed attackers or a thing attacked, else null.
 * @example armedAttackCode(ruleCode, tokens, match, sources, targets) // null for "came under fire from rights groups"
 */
export function armedAttackCode(
  ruleCode: CameoCode,
  tokens: Tokens,
  match: TokenMatch<RulePattern>,
  sources: readonly ActorMention[],
  targets: readonly ActorMention[],
): string | null {
  if (ruleCode.code !== "111" || tokens[match.start]?.lemma !== "come") return null;
  let underFire = false;
  for (let j = match.start + 1; j < match.end; j++)
    if (tokens[j]!.lemma === "fire" || tokens[j]!.lemma === "attack") underFire = true;
  if (!underFire) return null;
  const armed = sources.some(
    (s) =>
      ARMED_SECTORS.has(s.actor.sector ?? "") ||
      s.entryIds.some((id) => EQUIPMENT_AGENTS.has(id)) ||
      ARMED_HEADS.has(tokens[s.span.end - 1]?.lemma ?? ""),
  );
  const material = targets.some((t) => MATERIAL_HEADS.has(tokens[t.span.end - 1]?.lemma ?? ""));
  return armed || material ? FORCE : null;
}
