/**
 * A subject that is an act of force with its agent after "by": in "Attacks by Russian forces killed
 * 10 civilians" the forces killed them, though they stand after a preposition, which otherwise
 * keeps a mention from being a subject.
 *
 * @example
 * strikingSubjectAgent(tokens, mention); // "Shelling by Ukrainian forces killed …" → true
 */
import type { ActorMention } from "../core/types.js";
import { FIRE_NOUNS } from "./force-nouns.js";
import type { SentenceSyntax } from "./clause-syntax.js";

// Modifiers of the noun: "a drone strike", "Israeli air strikes", "two deadly attacks".
const NOUN_PHRASE_OPENERS: ReadonlySet<string> = new Set(["DET", "ADJ", "NUM", "NOUN", "PROPN"]);
const CLAUSE_STARTS: ReadonlySet<string> = new Set([",", "and", "that", "but"]);

/**
 * True when `m` follows "by" (and an article) after a noun of force that opens the clause, at the
 * sentence's start, after a comma or conjunction, or after a verb that takes a clause ("said").
 * @example strikingSubjectAgent(syntax, mentionOfRussianForces) // "Attacks by Russian forces killed" → true
 */
export function strikingSubjectAgent(syntax: SentenceSyntax, m: ActorMention): boolean {
  const tokens = syntax.tokens;
  let j = m.span.start - 1;
  if (["the", "a", "an"].includes(tokens[j]?.lower ?? "")) j--;
  if (tokens[j]?.lower !== "by") return false;
  const noun = tokens[j - 1];
  // Sentence-initial "Attacks" is tagged a name (its lemma keeps the plural), "Shelling" a verb.
  const word = noun?.lemma.toLowerCase() ?? "";
  if (
    noun === undefined ||
    !["NOUN", "PROPN", "VERB"].includes(noun.pos) ||
    !(FIRE_NOUNS.has(word) || FIRE_NOUNS.has(word.replace(/s$/, "")))
  )
    return false;
  // The noun heads the subject: only its own modifiers stand between it and the clause's start.
  let k = j - 2;
  while (k >= 0 && (NOUN_PHRASE_OPENERS.has(tokens[k]!.pos) || tokens[k]!.lower === "-")) k--;
  const start = tokens[k];
  return (
    start === undefined ||
    CLAUSE_STARTS.has(start.lower) ||
    (start.pos === "VERB" && syntax.clauseVerbs.has(start.lemma))
  );
}
