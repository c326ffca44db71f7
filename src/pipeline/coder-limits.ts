/**
 * The coder's limits, apart from the coder itself so that the CLI can show their defaults without
 * loading the language model.
 *
 * @example
 * createCoderFrom({ dictionaries, limits: { ...defaultCoderLimits, maxSentences: 100 } });
 */

/** Limits that keep one bad article from stalling a run. @example { maxArticleChars: 2_000_000, maxSentences: 2000, maxSentenceTokens: 200 } */
export interface CoderLimits {
  readonly maxArticleChars: number;
  readonly maxSentences: number;
  readonly maxSentenceTokens: number;
}

/** Default limits. @example defaultCoderLimits.maxSentenceTokens // 200 */
export const defaultCoderLimits: CoderLimits = {
  maxArticleChars: 5_000_000,
  maxSentences: 5_000,
  maxSentenceTokens: 200,
};
