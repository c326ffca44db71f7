/**
 * The pair a sentence opens with: in "Australia and the Philippines held their largest joint
 * exercise", "their" is the two subjects', not a pair named in the sentence before.
 *
 * @example
 * coordinatedSubject(tokens, mentions, 5)?.map((m) => m.text); // ["Australia", "Philippines"]
 */
import type { ActorMention, Token } from "../core/types.js";

const JOINS: ReadonlySet<string> = new Set(["and", ",", "the"]);

/**
 * The mentions coordinated by "and" at the start of the sentence, when a verb stands between them
 * and the pronoun at `pronoun`; else null. @example coordinatedSubject(tokens, here, i)
 */
export function coordinatedSubject(
  tokens: readonly Token[],
  here: readonly ActorMention[],
  pronoun: number,
): ActorMention[] | null {
  const first = here[0];
  if (!first || first.group || !tokens.slice(0, first.span.start).every((t) => t.pos === "DET")) return null;
  const pair = [first];
  let end = first.span.end;
  for (const m of here.slice(1)) {
    const between = tokens.slice(end, m.span.start);
    if (m.span.start >= pronoun || between.length === 0 || !between.every((t) => JOINS.has(t.lower))) break;
    if (!between.some((t) => t.lower === "and" || t.lower === ",")) break;
    pair.push(m);
    end = m.span.end;
  }
  if (pair.length < 2 || pair.some((m) => m.possessive || m.group)) return null;
  // "Australia and the Philippines held their …": the pronoun stands after the pair's verb.
  const verb = tokens.slice(end, pronoun).some((t) => t.pos === "VERB" || t.pos === "AUX");
  return verb ? pair : null;
}
