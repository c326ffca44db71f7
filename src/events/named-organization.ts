/**
 * Leaving names what is left: "Mali quit ECOWAS", "the United States withdrew from the World
 * Health Organization" cut ties with an international organisation (CAMEO 160), where "Israel
 * withdrew from Gaza" or "Zelensky left Kyiv" cut nothing. The rule that reads a named target after
 * leave, quit, exit or withdraw from holds only when that target is an organisation.
 *
 * @example
 * leavesNoOrganization(match, mentions); // true for "withdrew from Gaza"
 */
import type { ActorMention } from "../core/types.js";
import type { TokenMatch } from "../nlp/token-matcher.js";
import type { RulePattern } from "./event-rule-index.js";

const LEAVE_NAMED = "leave-named-organization";

/**
 * True when the leave-named-organization rule's target is no international organisation.
 * @example leavesNoOrganization(match, mentions) // false for "quit ECOWAS"
 */
export function leavesNoOrganization(
  match: TokenMatch<RulePattern>,
  mentions: readonly ActorMention[],
): boolean {
  if (match.value.rule.id !== LEAVE_NAMED) return false;
  const slot = match.slots.target;
  const left = slot && mentions.find((m) => m.span.start === slot[0]);
  return !left?.actor.code.startsWith("IGO");
}
