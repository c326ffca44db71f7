/**
 * runIngest commits several coded articles per transaction: the progress, the report and the rows
 * are those of one transaction per article, and an article that fails (in coding or in the store)
 * is reported alone while the rest of its group is stored.
 */
import { join } from "node:path";
import Sqlite from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import type { ArticleInput } from "../../src/core/types.js";
import type { ArticleCoding } from "../../src/ingest/article-coding.js";
import { batchedCoding, CODING_BATCH } from "../../src/ingest/coding-batch.js";
import { COMMIT_GROUP, type IngestTotals, runIngest } from "../../src/ingest/ingest-run.js";
import type { SourceItem } from "../../src/ingest/ingest-sources.js";
import { openSqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import type { CodedText, Store } from "../../src/store/store.js";
import { codedEvent } from "../store/store-fixtures.js";
import { tempDir } from "./ingest-helpers.js";

const story =
  "North Korean diplomats in New York refused to accept a letter from President Donald Trump to Kim Jong Un, a specialist news site reported on Wednesday. The letter was meant to reopen dialogue between the two leaders, the report said.";

/** Articles with merging events, repeats (already stored) and a near-duplicate (a copy). */
function corpus(count: number): ArticleInput[] {
  const articles: ArticleInput[] = [];
  for (let i = 0; i < count; i++) {
    const words = Array.from({ length: 24 }, (_, k) => `w${i}x${k}`).join(" ");
    articles.push({
      id: `a${i}`,
      text: i === 7 ? story : `Report ${i}: ${words}.`,
      outlet: `Outlet ${i % 5}`,
      date: `2025-06-${String(10 + (i % 9)).padStart(2, "0")}`,
    });
    if (i % 13 === 12) articles.push(articles[i - 3]!);
    if (i === 40)
      articles.push({
        ...articles[7]!,
        id: "copy",
        text: story.replace("Wednesday", "Thursday"),
        outlet: "Other",
      });
  }
  return articles;
}

/** Codes by the article's id and date, in batches like the real coder; `bad-…` ids misbehave. */
function fakeCoding(): ArticleCoding {
  const codeOne = (article: ArticleInput): CodedText => {
    if (article.id === "bad-code") throw new Error("the coder broke");
    const n = Number(article.id?.replace(/\D/g, "") || 0);
    const date = article.id === "bad-store" ? "2025-02-30" : article.date!;
    return {
      dictionaryVersion: "v1",
      events: [
        {
          ...codedEvent({ date, type: n % 2 ? "REJECT" : "ACCUSE", cameo: n % 2 ? "125" : "112" }),
          id: `e${n}`,
        },
      ],
      sentences: [{ index: 0, text: article.text, start: 0 }],
    };
  };
  return {
    dictionaryVersion: "v1",
    code: batchedCoding((articles) => articles.map(codeOne), codeOne),
    close: async () => {},
  };
}

/** Coding whose articles settle one at a time, slower than reading, as replies from busy coding workers arrive. */
function oneReplyPerTurn(): ArticleCoding {
  const inner = fakeCoding();
  let last: Promise<unknown> = Promise.resolve();
  return {
    ...inner,
    code: (article) => {
      const coded = inner.code(article);
      const reply = last.then(() => new Promise((resolve) => setTimeout(resolve, 1))).then(() => coded);
      last = reply.catch(() => undefined);
      return reply;
    },
  };
}

async function* items(articles: readonly ArticleInput[]): AsyncIterable<SourceItem> {
  for (const [i, article] of articles.entries()) {
    // Reading yields to the event loop, as reading files does.
    await new Promise((resolve) => setImmediate(resolve));
    yield { ok: true, article, source: `input-${i}` };
  }
}

/** The store with saveArticles done as one saveArticle call (one transaction) per article. */
function oneByOne(store: Store): Store {
  return {
    ...store,
    saveArticles: async (articles) => {
      const results = [];
      for (const article of articles) results.push(await store.saveArticle(article));
      return results;
    },
  };
}

/** The store, counting the articles of each saveArticles call. */
function counting(store: Store, groups: number[]): Store {
  return {
    ...store,
    saveArticles: (articles) => {
      groups.push(articles.length);
      return store.saveArticles(articles);
    },
  };
}

function rows(file: string): Record<string, unknown[]> {
  const db = new Sqlite(file, { readonly: true });
  try {
    const tables = [
      "stories",
      "story_bands",
      "articles",
      "sentences",
      "events",
      "mentions",
      "mention_sentences",
    ];
    return Object.fromEntries(
      tables.map((t) => [
        t,
        (db.prepare(`select * from ${t} order by 1, 2`).all() as Record<string, unknown>[]).map(
          ({ ingested_at: _, ...row }) => row,
        ),
      ]),
    );
  } finally {
    db.close();
  }
}

async function ingest(
  file: string,
  articles: readonly ArticleInput[],
  wrap: (store: Store) => Store,
  coding: ArticleCoding = fakeCoding(),
  window = CODING_BATCH,
) {
  const store = await openSqliteStore(file);
  const progress: [IngestTotals, string][] = [];
  const failed: string[] = [];
  try {
    const report = await runIngest(
      wrap(store),
      coding,
      items(articles),
      { defaultDate: "2025-06-12", window },
      {
        onProgress: (totals, source) => progress.push([totals, source]),
        onFailure: (source, error) => failed.push(`${source} ${error.code}`),
      },
    );
    return { report, progress, failed };
  } finally {
    await store.close();
  }
}

describe("ingest commits in groups", () => {
  const tmp = tempDir("parley-groups-");
  afterAll(() => tmp.remove());

  it("reports and stores exactly what one transaction per article does", async () => {
    const articles = corpus(150);
    const groups: number[] = [];
    const single = await ingest(join(tmp.dir, "single.db"), articles, oneByOne);
    const grouped = await ingest(join(tmp.dir, "grouped.db"), articles, (s) => counting(s, groups));

    expect(grouped.report).toEqual(single.report);
    expect(grouped.report).toMatchObject({ read: articles.length, copies: 1, failed: 0 });
    expect(grouped.report.unchanged).toBeGreaterThan(5);
    expect(grouped.progress).toEqual(single.progress);
    expect(grouped.progress.map(([, source]) => source)).toEqual(articles.map((_, i) => `input-${i}`));
    expect(rows(join(tmp.dir, "grouped.db"))).toEqual(rows(join(tmp.dir, "single.db")));
    expect(groups.reduce((a, b) => a + b, 0)).toBe(articles.length);
    expect(Math.max(...groups)).toBeLessThanOrEqual(COMMIT_GROUP);
    expect(groups.length).toBeLessThan(articles.length / 4);
  });

  it("fills its groups when coded articles come back one at a time, as from coding workers", async () => {
    const articles = corpus(150);
    const groups: number[] = [];
    const single = await ingest(
      join(tmp.dir, "replies-single.db"),
      articles,
      oneByOne,
      fakeCoding(),
      2 * CODING_BATCH,
    );
    const grouped = await ingest(
      join(tmp.dir, "replies.db"),
      articles,
      (s) => counting(s, groups),
      oneReplyPerTurn(),
      2 * CODING_BATCH,
    );
    expect(grouped.report).toEqual(single.report);
    expect(grouped.progress).toEqual(single.progress);
    expect(rows(join(tmp.dir, "replies.db"))).toEqual(rows(join(tmp.dir, "replies-single.db")));
    expect(groups.length).toBe(Math.ceil(articles.length / COMMIT_GROUP));
  });

  it("reports an article that fails in coding or in the store alone, and stores the rest of its group", async () => {
    const articles = corpus(40);
    articles.splice(10, 0, { id: "bad-code", text: "The coder breaks on this one.", date: "2025-06-12" });
    articles.splice(20, 0, { id: "bad-store", text: "The store refuses this one.", date: "2025-06-12" });
    const groups: number[] = [];
    const { report, progress, failed } = await ingest(join(tmp.dir, "failures.db"), articles, (s) =>
      counting(s, groups),
    );
    expect(failed).toEqual(["input-10 E_PIPELINE", "input-20 E_STORE"]);
    expect(report.failures.map((f) => f.source)).toEqual(["input-10", "input-20"]);
    expect(report).toMatchObject({ read: articles.length, failed: 2 });
    expect(report.stored + report.copies + report.unchanged).toBe(articles.length - 2);
    expect(progress.map(([, source]) => source)).toEqual(articles.map((_, i) => `input-${i}`));
    expect(groups.length).toBeLessThan(articles.length / 4);
    const stored = rows(join(tmp.dir, "failures.db")).articles as { doc_id: string }[];
    expect(stored.map((a) => a.doc_id)).not.toContain("bad-store");
    expect(stored).toHaveLength(report.stored + report.copies);
  });
});
