/**
 * The Store contract for saving a group of articles in one transaction, run against every dialect:
 * a group gives the same outcomes and the same database as saving its articles one by one, an
 * article refused with a ParleyError is left out alone, and a database failure keeps none of the
 * group but everything stored before it.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { isParleyError } from "../../src/core/errors.js";
import type { ArticleToStore, SaveResult, Store } from "../../src/store/store.js";
import { articleToStore, codedEvent, dialects, type TestDatabase, testDatabase } from "./store-fixtures.js";

const TABLES = {
  stories: "id",
  story_bands: "story_id, band",
  articles: "id",
  sentences: "id",
  events: "id",
  mentions: "id",
  mention_sentences: "mention_id, sentence_id",
} as const;

/** Every row of every table, without the ingest time (which differs between runs). */
async function contents(database: TestDatabase): Promise<Record<string, unknown[]>> {
  const tables: Record<string, unknown[]> = {};
  for (const [table, order] of Object.entries(TABLES)) {
    const rows = await database.query(`select * from ${table} order by ${order}`);
    tables[table] = rows.map(({ ingested_at: _, ...row }) => row);
  }
  return tables;
}

/** What saveArticle did, or the code of the error it threw, as saveArticles reports failures. */
async function saveOneByOne(store: Store, articles: readonly ArticleToStore[]): Promise<unknown[]> {
  const outcomes: unknown[] = [];
  for (const article of articles) {
    try {
      outcomes.push(await store.saveArticle(article));
    } catch (error) {
      if (!isParleyError(error)) throw error;
      outcomes.push({ kind: "failed", code: error.code });
    }
  }
  return outcomes;
}

const comparable = (results: readonly SaveResult[]) =>
  results.map((r) => (r.kind === "failed" ? { kind: "failed", code: r.error.code } : r));

const text =
  "North Korean diplomats in New York refused to accept a letter from President Donald Trump to Kim Jong Un, a specialist news site reported on Wednesday. The letter was meant to reopen dialogue between the two leaders, the report said. The White House did not confirm that a letter had been sent.";

/** A group exercising every path: new, merged, copy, known, re-coded, refused and uncoded articles. */
function group(): ArticleToStore[] {
  const original = articleToStore({ text, outlet: "Continental Wire", events: [codedEvent()] });
  const recodable = articleToStore({
    outlet: "B",
    events: [codedEvent(), codedEvent({ type: "THREATEN", cameo: "138", date: "2025-06-10" })],
  });
  const { coded: _, ...uncoded } = articleToStore({ events: [codedEvent()] });
  return [
    original,
    articleToStore({ outlet: "A", published: "2025-06-13", events: [codedEvent({ date: "2025-06-13" })] }),
    articleToStore({
      text: text.replace("on Wednesday", "on Wednesday evening"),
      outlet: "Northern Gazette",
      events: [codedEvent(), codedEvent({ type: "ACCUSE", cameo: "112" })],
    }),
    recodable,
    articleToStore({ events: [codedEvent(), codedEvent({ date: "2025-13-45" })] }),
    original,
    uncoded,
    {
      ...recodable,
      coded: {
        ...recodable.coded!,
        dictionaryVersion: "v2",
        events: [codedEvent({ type: "ACCUSE", cameo: "112" })],
      },
    },
    articleToStore({ outlet: "C", events: [codedEvent({ sentences: [{ index: 0, reporter: "PRKMED" }] })] }),
  ];
}

describe.each(dialects)("Store.saveArticles (%s)", (dialect) => {
  const opened: { database: TestDatabase; store: Store }[] = [];
  const open = async () => {
    const database = await testDatabase(dialect);
    const store = await database.open();
    opened.push({ database, store });
    return { database, store };
  };
  beforeEach(() => {
    opened.length = 0;
  });
  afterEach(async () => {
    for (const { database, store } of opened) {
      await store.close();
      await database.cleanup();
    }
  });

  it("stores a group as saving its articles one by one would: same outcomes, same rows", async () => {
    const articles = group();
    const seed = articleToStore({ outlet: "Seed", events: [codedEvent({ date: "2025-06-11" })] });
    const [single, grouped] = [await open(), await open()];

    await single.store.saveArticle(seed);
    const expected = await saveOneByOne(single.store, articles);
    await grouped.store.saveArticle(seed);
    const results = await grouped.store.saveArticles(articles);

    expect(comparable(results)).toEqual(expected);
    expect(results.map((r) => r.kind)).toEqual([
      "stored",
      "stored",
      "copy",
      "stored",
      "failed",
      "unchanged",
      "failed",
      "recoded",
      "stored",
    ]);
    expect(await contents(grouped.database)).toEqual(await contents(single.database));
    expect(await grouped.store.counts()).toEqual(await single.store.counts());
    expect(await grouped.store.events({})).toEqual(await single.store.events({}));
  });

  it("gives the same database whether an ingest is saved in groups or one by one", async () => {
    const articles = [...group(), ...group(), ...group()];
    const [single, grouped] = [await open(), await open()];
    await saveOneByOne(single.store, articles);
    for (let i = 0; i < articles.length; i += 4) await grouped.store.saveArticles(articles.slice(i, i + 4));
    expect(await contents(grouped.database)).toEqual(await contents(single.database));
  });

  it("keeps none of a group when the database fails, and everything stored before it", async () => {
    const { store } = await open();
    await store.saveArticles([articleToStore({ events: [codedEvent()] })]);
    const before = await store.counts();
    const broken = articleToStore({ events: [codedEvent()] });
    const invalid = { ...broken, meta: { ...broken.meta, published: null as unknown as string } };
    const failure = await store
      .saveArticles([articleToStore({ events: [codedEvent()] }), invalid])
      .catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: "E_STORE" });
    expect(await store.counts()).toEqual(before);
    expect(await store.saveArticles([])).toEqual([]);
  });
});
