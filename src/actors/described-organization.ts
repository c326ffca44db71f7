/**
 * "The bloc said …", "the alliance": a description that stands for an organisation named just
 * before, and the mention it adds for it.
 *
 * @example
 * describedOrganization(sentence, 0, own, prior, located)?.actor.code; // "IGOEUR" after "The EU …"
 */
import type { ActorKind, ActorMention, Sentence } from "../core/types.js";
import { coreferent } from "./coreferent-mention.js";
import { descriptionPhrase } from "./description-phrase.js";

/**
 * "The bloc said …": the mention a description at token `i` adds for the organisation it stands
 * for, or null. Only words no dictionary entry owns, or a bare head noun ("the alliance").
 * @example describedOrganization(sentence, i, own, prior, located)?.text // "The bloc"
 */
export function describedOrganization(
  sentence: Sentence,
  i: number,
  own: readonly ActorMention[],
  prior: (i: number) => ActorMention[],
  located: (m: ActorMention) => boolean,
): ActorMention | null {
  const description = descriptionPhrase(sentence.tokens, i, true);
  if (!description) return null;
  const end = description.end;
  // A description the dictionary names ("the African Union said") is that body, not the one before.
  for (const m of own)
    if (m.span.end > i && m.span.start < end && (m.actor.country || (m.span.end >= end && m.actor.actorId)))
      return null;
  const referent = namedOrganization(prior(i), sentence.index, description.kinds, located);
  // "Hezbollah's chief rejected calls to disarm the group": as an object, a description is the body
  // only when its own sentence names it; "a campaign against the militant group" may mean any.
  // "NATO … Sweden formally joined the alliance": an organisation of states is the one just named.
  if (
    !referent ||
    (!description.acting && referent.kind !== "igo" && referent.span.sentence !== sentence.index)
  )
    return null;
  // "ASEAN foreign ministers … The bloc said it": the bloc itself is one body.
  return { ...coreferent(sentence, i, end, [referent.actor], sentence.tokens, referent), plural: false };
}

/** The organisation of one of `kinds` named last, within two sentences, and not as a place: what "the bloc" stands for. */
function namedOrganization(
  prior: readonly ActorMention[],
  sentence: number,
  kinds: ReadonlySet<ActorKind>,
  located: (m: ActorMention) => boolean,
): ActorMention | undefined {
  for (let k = prior.length - 1; k >= 0; k--) {
    const m = prior[k]!;
    if (sentence - m.span.sentence > 2) break;
    // "NATO met in Brussels": where a body met is not the body "the alliance" means.
    if ((kinds.has(m.kind) || speaksFor(m, kinds)) && !m.group && m.actor.actorId && !located(m)) return m;
  }
  return undefined;
}

/**
 * "Houthi military spokesman Yahya Saree said the group …": a person or agent named with an armed
 * group or organisation speaks for it, and its code is the group's.
 */
function speaksFor(m: ActorMention, kinds: ReadonlySet<ActorKind>): boolean {
  if (m.kind !== "person" && m.kind !== "agent") return false;
  return m.entryIds.some(
    (id) => (id.startsWith("group:") && kinds.has("group")) || (id.startsWith("igo:") && kinds.has("igo")),
  );
}
