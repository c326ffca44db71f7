/**
 * The mention coreference adds for a pronoun or a group phrase: the words' own span, standing for
 * one actor or for a group.
 *
 * @example
 * coreferent(sentence, 5, 6, [kim.actor], sentence.tokens, kim).text; // "he"
 */
import type { ActorMention, ActorRef, Sentence, Token } from "../core/types.js";
import { possessiveMarker } from "../nlp/possessive-marker.js";
import { isPossessivePronoun } from "./pronoun-antecedents.js";

/**
 * A coreferent mention of tokens start to end for `actors`, copying what it can of its antecedent.
 * @example coreferent(sentence, i, i + 3, [usa, prk], tokens).group?.length // 2
 */
export function coreferent(
  sentence: Sentence,
  start: number,
  end: number,
  actors: readonly ActorRef[],
  tokens: readonly Token[],
  antecedent?: ActorMention,
): ActorMention {
  const first = tokens[start]!;
  const last = tokens[end - 1]!;
  const single = actors.length === 1 ? actors[0]! : null;
  // A pronoun takes its antecedent's kind, entries, person and number.
  return {
    span: { sentence: sentence.index, start, end },
    chars: { start: first.start, end: last.end },
    text: sentence.text.slice(first.start - sentence.start, last.end - sentence.start),
    kind: antecedent?.kind ?? "agent",
    actor: single ?? { code: "", country: null, sector: null, name: null, actorId: null },
    entryIds: antecedent?.entryIds ?? [],
    coreferent: true,
    ...(single ? {} : { group: actors }),
    // "its troops", and "the North's main ally" as a name is.
    possessive: isPossessivePronoun(first.lower) || possessiveMarker(tokens[end]),
    plural: antecedent ? (antecedent.plural ?? false) : !single,
    ...(antecedent ? { personId: antecedent.personId ?? null } : {}),
  };
}
