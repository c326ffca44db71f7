/**
 * The ingest loop: reads articles in order, codes the new ones (in this thread or on workers, a
 * few ahead), and commits them in input order, a group of coded articles per transaction
 * (one commit per article cost more than coding it). A crash loses at most the articles not yet
 * committed; a rerun skips what is stored and finishes the rest.
 *
 * @example
 * const report = await runIngest(store, coding, ingestSources(files), { defaultDate: "2025-06-12" });
 */
import { basename, extname } from "node:path";
import { contentHash, textFingerprint } from "../analytics/text-fingerprint.js";
import { asError, isParleyError, ParleyError } from "../core/errors.js";
import { parseIsoDate } from "../core/iso-date.js";
import type { ArticleInput } from "../core/types.js";
import type { ArticleToStore, CodedText, SaveResult, Store } from "../store/store.js";
import type { ArticleCoding } from "./article-coding.js";
import type { SourceItem } from "./ingest-sources.js";

/** How articles are filled in and how far coding runs ahead. @example { defaultDate: "2025-06-12", outlet: "Wire", window: 8 } */
export interface IngestOptions {
  /** Date for articles that carry none. */
  readonly defaultDate: string;
  /** Outlet for articles that name none. */
  readonly outlet?: string;
  /** Articles being coded ahead of the commit (1 codes and commits one at a time). */
  readonly window?: number;
}

/** Running totals. @example { read: 10, stored: 8, copies: 1, recoded: 0, unchanged: 1, failed: 0, events: 31 } */
export interface IngestTotals {
  readonly read: number;
  readonly stored: number;
  readonly copies: number;
  readonly recoded: number;
  readonly unchanged: number;
  readonly failed: number;
  /** Coded events written (before cross-article merging). */
  readonly events: number;
}

/** Totals plus the failures, each naming its input. @example report.failures[0].message */
export interface IngestReport extends IngestTotals {
  readonly failures: readonly { readonly source: string; readonly error: ParleyError }[];
}

/** Callbacks while ingesting. @example { onProgress: (t) => bar.update(t.read) } */
export interface IngestListener {
  readonly onProgress?: (totals: IngestTotals, source: string) => void;
  readonly onFailure?: (source: string, error: ParleyError) => void;
}

/**
 * Articles saved in one transaction at most: at 32, commits are under a tenth of ingest time (a
 * quarter, one per article). @example COMMIT_GROUP // 32
 */
export const COMMIT_GROUP = 32;

interface Job {
  readonly source: string;
  readonly prepared: Omit<ArticleToStore, "coded">;
  /** Never rejects; null when the article needs no coding. */
  readonly coded: Promise<CodedText | Error> | null;
}

/**
 * The store-ready form of an article: metadata with defaults, content hash and fingerprint.
 * @example prepareArticle({ text: "Kim refused." }, "a.txt", { defaultDate: "2025-06-12" }).meta.published
 */
export function prepareArticle(
  article: ArticleInput,
  source: string,
  options: IngestOptions,
): Omit<ArticleToStore, "coded"> {
  const published = article.date ?? options.defaultDate;
  if (!parseIsoDate(published)) {
    throw new ParleyError(
      "E_DATE",
      `${source}: article ${article.id ?? ""}: field date: "${published}" is not a yyyy-mm-dd date`,
    );
  }
  return {
    meta: {
      docId: article.id ?? (basename(source, extname(source)) || source),
      outlet: article.outlet ?? options.outlet ?? null,
      url: article.url ?? null,
      title: article.title ?? null,
      published,
      source,
    },
    text: article.text,
    contentHash: contentHash(article.text),
    fingerprint: textFingerprint(article.text),
  };
}

/**
 * Ingests every item; returns the totals. Store failures stop the run (what is committed stays);
 * bad inputs and articles (including one the store refuses) are counted and reported, and the run
 * goes on.
 * @example await runIngest(store, inlineCoding(coder), ingestSources(["samples/corpus"]), { defaultDate: today })
 */
export async function runIngest(
  store: Store,
  coding: ArticleCoding,
  items: AsyncIterable<SourceItem>,
  options: IngestOptions,
  listener: IngestListener = {},
): Promise<IngestReport> {
  const totals = { read: 0, stored: 0, copies: 0, recoded: 0, unchanged: 0, failed: 0, events: 0 };
  const failures: { source: string; error: ParleyError }[] = [];
  const window = Math.max(1, options.window ?? 1);
  const queue: Job[] = [];
  const fail = (source: string, error: ParleyError) => {
    totals.failed += 1;
    failures.push({ source, error });
    listener.onFailure?.(source, error);
    listener.onProgress?.({ ...totals }, source);
  };
  const tally = (job: Job, outcome: SaveResult) => {
    if (outcome.kind === "failed") {
      fail(job.source, outcome.error);
      return;
    }
    if (outcome.kind === "stored") {
      totals.stored += 1;
      totals.events += outcome.events;
    } else if (outcome.kind === "recoded") {
      totals.recoded += 1;
      totals.events += outcome.events;
    } else if (outcome.kind === "copy") totals.copies += 1;
    else totals.unchanged += 1;
    listener.onProgress?.({ ...totals }, job.source);
  };
  // Saves the oldest jobs, up to a group, in one transaction once all of them are coded; reports
  // still go out one article at a time, in input order. Taking only the jobs already coded behind
  // the oldest made groups of about two on coding workers, whose replies arrive one message at a
  // time: a thousand commits for 2,000 articles, which made two workers slower than one.
  const commitGroup = async () => {
    const group = queue.splice(0, COMMIT_GROUP);
    const coded = await Promise.all(group.map((job) => job.coded ?? undefined));
    const articles: ArticleToStore[] = [];
    group.forEach((job, i) => {
      const result = coded[i];
      if (!(result instanceof Error))
        articles.push(result ? { ...job.prepared, coded: result } : job.prepared);
    });
    const saved = await store.saveArticles(articles);
    let k = 0;
    group.forEach((job, i) => {
      const result = coded[i];
      if (result instanceof Error) {
        fail(
          job.source,
          isParleyError(result) ? result : new ParleyError("E_PIPELINE", `${job.source}: ${result.message}`),
        );
      } else tally(job, saved[k++]!);
    });
  };

  for await (const item of items) {
    if (!item.ok) {
      fail(item.source, item.error);
      continue;
    }
    totals.read += 1;
    let prepared: Omit<ArticleToStore, "coded">;
    try {
      prepared = prepareArticle(item.article, item.source, options);
    } catch (error) {
      if (!isParleyError(error)) throw error;
      fail(item.source, error);
      continue;
    }
    const known = await store.classify(prepared);
    // Copies and articles coded with these dictionaries need no coding; a rerun after a crash is quick.
    const needsCoding =
      known.kind === "new" ||
      (known.kind === "known" && !known.isCopy && known.dictionaryVersion !== coding.dictionaryVersion);
    const article = { ...item.article, date: prepared.meta.published, outlet: prepared.meta.outlet };
    const coded = needsCoding ? coding.code(article).catch(asError) : null;
    queue.push({ source: item.source, prepared, coded });
    while (queue.length >= window) await commitGroup();
  }
  while (queue.length > 0) await commitGroup();
  return { ...totals, failures };
}
