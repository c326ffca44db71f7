/**
 * Verb forms read from a token's tag and lemma: wink gives no tense, but a verb whose text is not
 * its lemma and does not end in -ing is past ("offered") or third person present ("offers").
 *
 * @example
 * inflectedVerb({ pos: "VERB", lower: "offered", lemma: "offer" }); // true
 */
import type { Token } from "../core/types.js";

/**
 * True for a verb in an inflected form that can head a clause of its own: "offered", "offers",
 * not the bare "offer" or the gerund "offering".
 * @example inflectedVerb(tokens[k]) // "and offered to mediate" → true at "offered"
 */
export function inflectedVerb(token: Pick<Token, "pos" | "lower" | "lemma"> | undefined): boolean {
  return (
    token !== undefined && token.pos === "VERB" && token.lower !== token.lemma && !token.lower.endsWith("ing")
  );
}
