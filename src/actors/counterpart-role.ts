/**
 * "The Indian defence minister met his Chinese counterpart": one's counterpart holds the same office
 * in another state, so it takes the role of the mention whose "his" or "her" it follows, not the
 * generic government role of the word "counterpart".
 *
 * @example
 * withCounterpartRoles(tokens, mentions); // "his Chinese counterpart" → CHNMIL after a defence minister
 */
import type { ActorMention, Token } from "../core/types.js";
import { isPossessivePronoun } from "./pronoun-antecedents.js";
import { STATE_SECTORS } from "../core/state-sectors.js";

/**
 * The sentence's mentions with each owned counterpart given the role of the nearest earlier
 * office-holder in the sentence. @example withCounterpartRoles(tokens, mentions)[1]?.actor.code // "CHNMIL"
 */
export function withCounterpartRoles(
  tokens: readonly Token[],
  mentions: readonly ActorMention[],
): readonly ActorMention[] {
  if (!mentions.some(isCounterpart)) return mentions;
  return mentions.map((m, k) => {
    // A named counterpart is read by name; an unowned one ("the two counterparts") is left alone.
    if (!isCounterpart(m) || m.personId || !ownedBefore(tokens, m)) return m;
    const holder = mentions
      .slice(0, k)
      .reverse()
      .find((h) => h.kind !== "country" && !h.group && h.actor.sector);
    const role = holder?.actor.sector;
    if (!role || !STATE_SECTORS.has(role) || role === m.actor.sector || !m.actor.country) return m;
    return { ...m, actor: { ...m.actor, sector: role, code: `${m.actor.country}${role}` } };
  });
}

const isCounterpart = (m: ActorMention) => m.entryIds.includes("agent:counterpart");

// "his counterpart", "her Chinese counterpart": the possessive stands just before the mention.
const ownedBefore = (tokens: readonly Token[], m: ActorMention) =>
  isPossessivePronoun(tokens[m.span.start - 1]?.lower ?? "");
