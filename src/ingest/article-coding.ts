/**
 * Codes one article for the store: its events and its sentences (for full-text search). The same
 * function runs in the main thread and in coding workers, so their output is identical.
 *
 * @example
 * const coded = codeForStore(coder, article);
 */
import type { ArticleInput } from "../core/types.js";
import type { Coder } from "../pipeline/coder.js";
import type { CodedText } from "../store/store.js";
import { batchedCoding } from "./coding-batch.js";

/** Something that codes articles, in this thread or in workers. @example await coding.code(article) */
export interface ArticleCoding {
  readonly dictionaryVersion: string;
  code(article: ArticleInput): Promise<CodedText>;
  close(): Promise<void>;
}

/**
 * Codes an article and keeps what the store needs.
 * @example codeForStore(createCoder(), { id: "a", text: "Kim refused.", date: "2025-06-12" }).events
 */
export function codeForStore(coder: Coder, article: ArticleInput): CodedText {
  return storedText(coder, coder.analyse(article));
}

/**
 * Codes a batch for the store, stage by stage; equal to mapping codeForStore.
 * @example codeManyForStore(coder, articles).length === articles.length
 */
export function codeManyForStore(coder: Coder, articles: readonly ArticleInput[]): CodedText[] {
  return coder.analyseMany(articles).map((state) => storedText(coder, state));
}

function storedText(coder: Coder, state: ReturnType<Coder["analyse"]>): CodedText {
  return {
    dictionaryVersion: coder.dictionaryVersion,
    events: state.events,
    sentences: state.document.sentences.map((s) => ({ index: s.index, text: s.text, start: s.start })),
  };
}

/**
 * Codes for the store in batches of the articles asked for together (see batchedCoding); the
 * calling thread and the coding workers both code this way.
 * @example const code = batchedStoreCoding(coder); await code(article);
 */
export function batchedStoreCoding(coder: Coder): (article: ArticleInput) => Promise<CodedText> {
  return batchedCoding(
    (articles) => codeManyForStore(coder, articles),
    (article) => codeForStore(coder, article),
  );
}

/**
 * Coding in the calling thread, in batches of the articles asked for together.
 * @example const coding = inlineCoding(createCoder());
 */
export function inlineCoding(coder: Coder): ArticleCoding {
  return {
    dictionaryVersion: coder.dictionaryVersion,
    code: batchedStoreCoding(coder),
    close: async () => {},
  };
}
