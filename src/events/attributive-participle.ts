/**
 * A participle that modifies the noun after it ("the exiled Tibetan leader", "Detained opposition
 * leader Alexei Navalny") governs no object: the actor after it may still be a clause's subject.
 *
 * @example
 * attributiveParticiple(tokens, 1); // "The exiled Tibetan leader urged …" → true
 */
import type { Token } from "../core/types.js";

// Words after which a participle can only describe the noun that follows it.
const NOUN_OPENERS: ReadonlySet<string> = new Set([
  "the",
  "a",
  "an",
  "its",
  "their",
  "his",
  "her",
  "two",
  "three",
]);

/**
 * True when the verb-tagged token at `at` is a past participle opening a noun phrase: after an
 * article or possessive, or first in the sentence.
 * @example attributiveParticiple(tokens, 0) // "Jailed activist Nabeel Rajab went on hunger strike" → true
 */
export function attributiveParticiple(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at];
  if (t?.pos !== "VERB" || !/(ed|en)$/.test(t.lower)) return false;
  return at === 0 || NOUN_OPENERS.has(tokens[at - 1]!.lower);
}
