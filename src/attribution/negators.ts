/**
 * The words that negate the verb group they stand in. A module of its own, so that modality and the
 * unrealised-act rules it reads can share it without importing each other.
 *
 * @example
 * NEGATORS.has("n't"); // true
 */

/** Words that negate the verb group they stand in. @example NEGATORS.has("never") // true */
export const NEGATORS: ReadonlySet<string> = new Set(["not", "n't", "never"]);
