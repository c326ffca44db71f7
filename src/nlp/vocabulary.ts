/**
 * Integer ids for normalised words, shared by an analyser and the matchers built on it: tokens carry
 * the ids of their lower-cased form and lemma, so the dictionary tries look words up by small
 * integers instead of hashing and comparing strings at every token (spaCy's `orth`/`lower` ids).
 * An id, once given, never changes; each analyser owns one vocabulary, so coders stay apart.
 *
 * @example
 * const vocabulary = new Vocabulary();
 * vocabulary.id("letter") === vocabulary.id("letter"); // true
 */
export class Vocabulary {
  private readonly ids = new Map<string, number>();

  /** The id of a normalised word, given on first sight. @example vocabulary.id("refuse") // 0 */
  id(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(word, id);
    }
    return id;
  }

  /** How many words have ids. @example new Vocabulary().size // 0 */
  get size(): number {
    return this.ids.size;
  }
}
