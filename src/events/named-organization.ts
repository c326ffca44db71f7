/**
 * Leaving or joining names the body left or joined: "Mali quit ECOWAS", "Finland joined NATO"
 * change ties with an international organisation, where "Israel withdrew from Gaza" or "Moon joined
 * the two leaders" do not. A rule with `targetKind: "organization"` holds only when the actor its
 * `@target` slot names is an organisation.
 *
 * @example
 * namesNoOrganization(match, mentions); // true for "withdrew from Gaza"
 */
import type { ActorMention } from "../core/types.js";
import type { TokenMatch } from "../nlp/token-matcher.js";
import type { RulePattern } from "./event-rule-index.js";

/**
 * True when a rule that needs an organisation as its target names none there.
 * @example namesNoOrganization(match, mentions) // false for "quit ECOWAS"
 */
export function namesNoOrganization(
  match: TokenMatch<RulePattern>,
  mentions: readonly ActorMention[],
): boolean {
  if (match.value.rule.targetKind !== "organization") return false;
  const slot = match.slots.target;
  const named = slot && mentions.find((m) => m.span.start === slot[0]);
  return !named?.actor.code.startsWith("IGO");
}
