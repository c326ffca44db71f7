/**
 * Event search by full text gives the same page whichever plan finds it (matches first, events
 * first within a walk budget, or the store's own choice), on every dialect: SQLite always,
 * PostgreSQL when PARLEY_TEST_PG_URL names a server.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { EventQuery, Store, TextSearchPlan } from "../../src/store/store.js";
import { articleToStore, codedEvent, dialects, type TestDatabase, testDatabase } from "./store-fixtures.js";

/** Evidence sentences: "sanctions" in most, "desalination" in one, "humanitarian aid" in a few. */
const SENTENCES = [
  "Washington tightened sanctions on Pyongyang.",
  "Seoul discussed humanitarian aid with Pyongyang.",
  "Beijing rejected new sanctions and offered humanitarian aid.",
  "Tokyo talked about desalination plants with Seoul.",
  "Moscow shelled positions near the border.",
  "Officials said the aid was not humanitarian in purpose.",
];

/** Articles: 36, two to a date, so that each event merges the reports of two articles. */
const ARTICLES = 36;

/** Article i: three evidence sentences ("desalination" only in article 7), then unique words. */
function article(i: number) {
  const picks = [i % 6, (i * 5 + 1) % 6, (i * 7 + 2) % 6].map((k) => SENTENCES[k === 3 && i !== 7 ? 0 : k]);
  const filler = Array.from({ length: 24 }, (_, k) => `w${i}x${k}${"abcdefgh"[(i * k) % 8]}`).join(" ");
  return `${picks.join(" ")} Report ${i} ${filler}.`;
}

/** Eighteen dates; on each, events of other dyads and types tie, to be ordered by id. */
function events(i: number) {
  const slot = i % (ARTICLES / 2);
  const date = `2025-0${1 + Math.floor(slot / 3)}-${10 + (slot % 3) * 7}`;
  return [
    codedEvent({ date, sentences: [{ index: 0 }] }),
    codedEvent({
      type: "ACCUSE",
      cameo: "112",
      source: "USAGOV",
      target: "CHNGOV",
      date,
      sentences: [{ index: 1 }, { index: 2 }],
    }),
    ...(i % 4 === 0
      ? [
          codedEvent({
            type: "ASSAULT",
            cameo: "190",
            source: "RUSMIL",
            target: "UKR",
            date,
            sentences: [{ index: 2 }],
          }),
        ]
      : []),
  ];
}

const TEXTS = ["sanctions", "desalination", "humanitarian aid", "aid humanitarian", "shelled", "nowhere"];
const FILTERS: readonly EventQuery[] = [
  {},
  { dyad: ["USA", "PRK"] },
  { type: "ACCUSE", since: "2025-03-01" },
  { actor: "RUS", until: "2025-04-30" },
];
const PAGES: readonly EventQuery[] = [
  {},
  { limit: 1 },
  { limit: 3 },
  { limit: 5, offset: 2 },
  { limit: 4, offset: 17 },
  { limit: 50, offset: 200 },
  { limit: 0 },
];
const PLANS: readonly TextSearchPlan[] = ["auto", 1, 2, 3, 7, 1000];

describe.each(dialects)("event search by full text (%s)", (dialect) => {
  let database: TestDatabase;
  let store: Store;

  beforeEach(async () => {
    database = await testDatabase(dialect);
    store = await database.open(undefined, { textSearch: "matches-first" });
    for (let i = 0; i < ARTICLES; i++) {
      await store.saveArticle(
        articleToStore({
          text: article(i),
          outlet: `Outlet ${i % 3}`,
          published: "2025-06-12",
          events: events(i),
        }),
      );
    }
  });
  afterEach(async () => {
    await store.close();
    await database.cleanup();
  });

  async function reopen(plan: TextSearchPlan, previous?: Store) {
    await previous?.close();
    return database.open(undefined, { textSearch: plan });
  }

  it("holds events that merge reports, share dates and cite several sentences", async () => {
    const all = await store.events({});
    const sanctions = await store.events({ text: "sanctions" });
    expect(all.length).toBeGreaterThan(40);
    expect(sanctions.length).toBeGreaterThan(10);
    expect(sanctions.length).toBeLessThan(all.length);
    expect(all.some((e) => e.numMentions > 1)).toBe(true);
    expect(new Set(sanctions.map((e) => e.date)).size).toBeLessThan(sanctions.length);
    expect((await store.events({ text: "desalination" })).length).toBeGreaterThan(0);
    expect(await store.events({ text: "nowhere" })).toEqual([]);
  });

  it("gives the same rows in the same order with every plan, filter and page", async () => {
    const expected = new Map<string, unknown>();
    for (const text of TEXTS)
      for (const filter of FILTERS)
        for (const page of PAGES) {
          const query = { ...filter, ...page, text };
          expected.set(JSON.stringify(query), await store.events(query));
        }
    for (const plan of PLANS) {
      store = await reopen(plan, store);
      for (const [key, rows] of expected) {
        const query = JSON.parse(key) as EventQuery;
        expect({ plan, query, rows: await store.events(query) }).toEqual({ plan, query, rows });
      }
    }
  });

  it("refuses a walk budget that is not a positive whole number, before opening the database", async () => {
    for (const plan of [0, -3, 2.5, Number.NaN, "fastest"] as TextSearchPlan[])
      await expect(database.open(undefined, { textSearch: plan })).rejects.toMatchObject({ code: "E_USAGE" });
  });
});
