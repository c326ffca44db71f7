/**
 * The pair a sentence opens with: in "Australia and the Philippines held their largest joint
 * exercise", "their" is the two subjects', not a pair named in the sentence before.
 *
 * @example
 * coordinatedSubject(tokens, mentions, 0, 5)?.map((m) => m.text); // ["Australia", "Philippines"]
 */
import type { ActorMention, Sentence, Token } from "../core/types.js";
import { joined } from "./shared-agent-noun.js";

/**
 * The mentions of sentence `sentence` coordinated by "and" at its start, when a verb stands between
 * them and the pronoun at `pronoun`; else null. @example coordinatedSubject(tokens, prior, 1, i)
 */
export function coordinatedSubject(
  tokens: readonly Token[],
  mentions: readonly ActorMention[],
  sentence: number,
  pronoun: number,
): ActorMention[] | null {
  const here = mentions.filter((m) => m.span.sentence === sentence);
  const first = here[0];
  if (!first || first.group || !tokens.slice(0, first.span.start).every((t) => t.pos === "DET")) return null;
  const pair = [first];
  let end = first.span.end;
  for (const m of here.slice(1)) {
    if (m.span.start >= pronoun || !joined(tokens, end, m)) break;
    pair.push(m);
    end = m.span.end;
  }
  if (pair.length < 2 || pair.some((m) => m.possessive || m.group)) return null;
  // "Australia and the Philippines held their …": the pronoun stands after the pair's verb.
  const verb = tokens.slice(end, pronoun).some((t) => t.pos === "VERB" || t.pos === "AUX");
  return verb ? pair : null;
}

/**
 * The pair that opened the sentence `before`, when `agent` is one of it: "The Japanese and South
 * Korean foreign ministers held talks. They agreed …" makes "they" both ministers.
 * @example openingPair(southKoreanMinisters, sentences[0], prior)?.length // 2
 */
export function openingPair(
  agent: ActorMention,
  before: Sentence | undefined,
  mentions: readonly ActorMention[],
): ActorMention[] | null {
  if (!before || agent.span.sentence !== before.index) return null;
  const pair = coordinatedSubject(before.tokens, mentions, before.index, before.tokens.length);
  return pair?.includes(agent) ? pair : null;
}
