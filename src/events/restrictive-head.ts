/**
 * The subject of a verb that opens a restrictive relative clause: "Philippine ships that intruded
 * into its waters".
 *
 * @example
 * restrictiveHead(syntax, trigger) ?? findSubjectElsewhere();
 */
import type { ActorMention } from "../core/types.js";
import { coordinatedHost } from "./clause-roles.js";
import type { SentenceSyntax } from "./clause-syntax.js";
import { hasIdentity } from "./mention-identity.js";

const RELATIVE_PRONOUNS = new Set(["that", "which", "who"]);
const HEAD_PRONOUNS = new Set(["those", "anyone", "anybody", "everyone", "whoever", "others"]);

/**
 * "Philippine ships that intruded into its waters": a verb right after a relative pronoun that
 * follows a noun has that noun's phrase as its subject, or, with no actor in it, none the text
 * names ("the ships that attacked" are not the main clause's subject). Undefined when the trigger
 * opens no such clause.
 * @example restrictiveHead(syntax, 3) // [mention of "Philippine ships"] in "Philippine ships that intruded"
 */
export function restrictiveHead(syntax: SentenceSyntax, trigger: number): ActorMention[] | undefined {
  const tokens = syntax.tokens;
  let j = trigger - 1;
  // "a resolution that aims to tighten sanctions and impose a blockade": past the verbs whose
  // infinitive the trigger is, and past the first verb of a pair the trigger is coordinated with.
  const host = coordinatedHost(tokens, trigger);
  if (host !== null) j = host - 1;
  while (
    j >= 0 &&
    trigger - j <= 8 &&
    (["AUX", "ADV", "PART"].includes(tokens[j]!.pos) ||
      (tokens[j]!.pos === "VERB" && tokens[j + 1]?.lower === "to"))
  )
    j--;
  if (!RELATIVE_PRONOUNS.has(tokens[j]?.lower ?? "")) return undefined;
  // "said that", "so that": a complementizer after a verb or a conjunction opens no relative clause.
  // "those who sell arms to Taiwan": a pronoun the clause hangs on names no one.
  if (HEAD_PRONOUNS.has(tokens[j - 1]?.lower ?? "")) return [];
  if (!["NOUN", "PROPN"].includes(tokens[j - 1]?.pos ?? "")) return undefined;
  // "Philippine ships that": the actor may modify the head noun right before the pronoun.
  for (let end = j; end >= j - 2 && end > 0; end--) {
    const m = syntax.mentions.find((x) => x.span.end === end);
    if (m) return !syntax.excluded.has(m) && hasIdentity(m) && !m.possessive ? [m] : [];
    if (end < j && !["NOUN", "PROPN"].includes(tokens[end]!.pos)) break;
  }
  return [];
}
