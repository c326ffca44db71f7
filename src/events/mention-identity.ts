/**
 * Whether an actor mention names someone an event can have as source or target.
 *
 * @example
 * hasIdentity(mention); // false for a bare "officials"
 */
import type { ActorMention } from "../core/types.js";

/** An actor an event can name: a country, an organisation or a group — not a bare "officials". @example hasIdentity(mention) */
export function hasIdentity(m: ActorMention): boolean {
  return m.actor.country !== null || m.group !== undefined || (m.actor.code !== "" && m.kind !== "agent");
}
