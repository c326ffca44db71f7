/**
 * "China rejected the US decision to sell arms to Taiwan, saying it violated its sovereignty": the
 * "it" that opens the clause of a speaking participle stands for the thing the main verb acted on,
 * when that object is a thing and not an actor; the states named inside it are no antecedent.
 *
 * @example
 * participleThing(tokens, 14, mentions) // true for the "it" after "saying"
 */
import type { ActorMention, Token } from "../core/types.js";

// Participles that report what the main clause's subject says of its object.
const SPEAKING = new Set([
  "saying",
  "calling",
  "arguing",
  "claiming",
  "insisting",
  "adding",
  "noting",
  "warning",
  "describing",
]);
// Words that may stand between a verb and its object's head: "the US arms decision", "Seoul's latest move".
const BEFORE_HEAD = new Set(["DET", "ADJ", "NUM", "PROPN", "PART"]);

/**
 * True when "it" at token `i` follows ", saying" and the sentence's first verb takes a common noun
 * (singular, outside every actor mention) as its object.
 * @example participleThing(tokens, i, mentions) // "…, saying it violated …" → true
 */
export function participleThing(
  tokens: readonly Token[],
  i: number,
  mentions: readonly ActorMention[],
): boolean {
  if (tokens[i]?.lower !== "it" || !SPEAKING.has(tokens[i - 1]?.lower ?? "") || tokens[i - 2]?.text !== ",")
    return false;
  const comma = i - 2;
  let verb = -1;
  for (let j = 0; j < comma; j++) {
    if (tokens[j]!.pos === "VERB") {
      verb = j;
      break;
    }
  }
  if (verb < 0) return false;
  const inMention = (j: number) => mentions.some((m) => m.span.start <= j && j < m.span.end);
  for (let j = verb + 1; j < comma; j++) {
    const t = tokens[j]!;
    if (inMention(j) || BEFORE_HEAD.has(t.pos) || t.lower === "'s") continue;
    if (t.pos !== "NOUN") return false;
    // The head is the last noun of a compound: "the arms sale".
    let head = j;
    while (tokens[head + 1]?.pos === "NOUN" && !inMention(head + 1) && head + 1 < comma) head++;
    const noun = tokens[head]!;
    return noun.lemma === noun.lower;
  }
  return false;
}
