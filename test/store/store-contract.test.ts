/**
 * The Store contract, run against every dialect: SQLite always, PostgreSQL when PARLEY_TEST_PG_URL
 * names a server (.ci/run starts one).
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { latestSchemaVersion } from "../../src/store/migrations/migrate.js";
import type { Store } from "../../src/store/store.js";
import { articleToStore, codedEvent, dialects, type TestDatabase, testDatabase } from "./store-fixtures.js";

describe.each(dialects)("Store contract (%s)", (dialect) => {
  let database: TestDatabase;
  let store: Store;

  beforeEach(async () => {
    database = await testDatabase(dialect);
    store = await database.open();
  });
  afterEach(async () => {
    await store.close();
    await database.cleanup();
  });

  const orphans = async () => {
    const noEvent = await database.query(
      "select count(*) as n from mentions m left join events e on e.id = m.event_id where e.id is null",
    );
    const noMention = await database.query(
      "select count(*) as n from events e where not exists (select 1 from mentions m where m.event_id = e.id)",
    );
    return Number(noEvent[0]!.n) + Number(noMention[0]!.n);
  };

  it("starts empty at the newest schema version", async () => {
    expect(await store.schemaVersion()).toBe(latestSchemaVersion);
    expect(await store.counts()).toEqual({ articles: 0, stories: 0, events: 0, mentions: 0, sentences: 0 });
  });

  it("stores an article with its metadata and events, and stores it only once", async () => {
    const article = articleToStore({ events: [codedEvent()], outlet: "Harbor Times" });
    const first = await store.saveArticle(article);
    expect(first.kind).toBe("stored");
    const again = await store.saveArticle(article);
    expect(again).toEqual({ kind: "unchanged", articleId: first.articleId, storyId: first.storyId });
    expect(await store.classify(article)).toMatchObject({ kind: "known", articleId: first.articleId });
    const counts = await store.counts();
    expect(counts).toMatchObject({ articles: 1, stories: 1, events: 1, mentions: 1 });
    const stored = await store.article(first.articleId);
    expect(stored).toMatchObject({
      outlet: "Harbor Times",
      title: article.meta.title,
      published: "2025-06-12",
      contentHash: article.contentHash,
      dictionaryVersion: "v1",
      isCopy: false,
    });
  });

  it("merges reports of one event from different outlets within ±1 day, and keeps others apart", async () => {
    await store.saveArticle(
      articleToStore({ outlet: "A", published: "2025-06-11", events: [codedEvent({ date: "2025-06-11" })] }),
    );
    await store.saveArticle(
      articleToStore({ outlet: "B", published: "2025-06-12", events: [codedEvent({ date: "2025-06-12" })] }),
    );
    await store.saveArticle(
      articleToStore({
        outlet: "B",
        published: "2025-06-13",
        events: [codedEvent({ date: "2025-06-12", sentences: [{ index: 0 }, { index: 1 }] })],
      }),
    );
    await store.saveArticle(
      articleToStore({ outlet: "C", published: "2025-06-20", events: [codedEvent({ date: "2025-06-20" })] }),
    );
    await store.saveArticle(
      articleToStore({
        outlet: "C",
        published: "2025-06-12",
        events: [codedEvent({ date: "2025-06-12", type: "ACCUSE", cameo: "112" })],
      }),
    );
    const rejects = await store.events({ type: "REJECT" });
    expect(rejects).toHaveLength(2);
    expect(rejects[0]).toMatchObject({
      sourceCountry: "PRK",
      targetCountry: "USA",
      numArticles: 3,
      numOutlets: 2,
      numMentions: 4,
      firstSeen: "2025-06-11",
      lastSeen: "2025-06-13",
    });
    expect(rejects[1]).toMatchObject({ date: "2025-06-20", numArticles: 1 });
    expect(await store.mentions(rejects[0]!.id)).toHaveLength(3);
    expect(await store.events({ type: "ACCUSE" })).toHaveLength(1);
  });

  it("merges a historical mention with the event it recalls, by the event's own date", async () => {
    await store.saveArticle(
      articleToStore({
        published: "2018-06-12",
        events: [
          codedEvent({
            type: "CONSULT",
            cameo: "040",
            date: "2018-06-12",
            channel: "summit",
            location: "Singapore",
            goldstein: 1,
            quadClass: 1,
          }),
        ],
      }),
    );
    await store.saveArticle(
      articleToStore({
        published: "2025-06-12",
        outlet: "Other",
        events: [
          codedEvent({
            type: "CONSULT",
            cameo: "040",
            date: "2018-01-01",
            precision: "year",
            historical: true,
            channel: "summit",
            location: "Singapore",
            goldstein: 1,
            quadClass: 1,
          }),
        ],
      }),
    );
    await store.saveArticle(
      articleToStore({
        published: "2025-06-12",
        outlet: "Third",
        events: [
          codedEvent({
            type: "CONSULT",
            cameo: "040",
            date: "2019-01-01",
            precision: "year",
            historical: true,
            channel: "summit",
            location: "Hanoi",
            goldstein: 1,
            quadClass: 1,
          }),
        ],
      }),
    );
    const summits = await store.events({ type: "CONSULT" });
    expect(summits.map((e) => [e.date, e.numArticles, e.lastSeen, e.historical])).toEqual([
      ["2018-06-12", 2, "2025-06-12", false],
      ["2019-01-01", 1, "2025-06-12", true],
    ]);
  });

  it("finds a stored event whose range starts months before a new mention, as a year's does", async () => {
    const consult = (date: string, precision: "day" | "year", outlet: string) =>
      articleToStore({
        published: "2025-06-12",
        outlet,
        events: [codedEvent({ type: "CONSULT", cameo: "040", date, precision, goldstein: 1, quadClass: 1 })],
      });
    await store.saveArticle(consult("2018-01-01", "year", "A"));
    await store.saveArticle(consult("2018-12-30", "day", "B"));
    await store.saveArticle(consult("2019-01-01", "day", "C"));
    const consults = await store.events({ type: "CONSULT" });
    expect(consults.map((e) => [e.date.slice(0, 4), e.numArticles])).toEqual([
      ["2018", 2],
      ["2019", 1],
    ]);
  });

  it("finds a stored week that starts in the year before a new mention's day", async () => {
    const consult = (date: string, precision: "day" | "week", outlet: string) =>
      articleToStore({
        published: "2026-01-08",
        outlet,
        events: [codedEvent({ type: "CONSULT", cameo: "040", date, precision, goldstein: 1, quadClass: 1 })],
      });
    // The ISO week 2026-W01 runs from Monday 29 December 2025 to Sunday 4 January 2026.
    await store.saveArticle(consult("2025-12-29", "week", "A"));
    await store.saveArticle(consult("2026-01-02", "day", "B"));
    await store.saveArticle(consult("2026-01-06", "day", "C"));
    const consults = await store.events({ type: "CONSULT" });
    expect(consults.map((e) => [e.date, e.datePrecision, e.numArticles])).toEqual([
      ["2026-01-02", "day", 2],
      ["2026-01-06", "day", 1],
    ]);
  });

  it("derives the status from every mention: unconfirmed by the other side, denied by the accused side", async () => {
    await store.saveArticle(
      articleToStore({
        outlet: "A",
        events: [codedEvent({ sentences: [{ index: 0, reporter: "PRKMED" }] })],
      }),
    );
    await store.saveArticle(
      articleToStore({
        outlet: "B",
        events: [
          codedEvent({
            sentences: [
              { index: 0, reporter: "PRKMED" },
              { index: 1, reporter: "USAGOV", status: "unconfirmed" },
            ],
          }),
        ],
      }),
    );
    const [letter] = await store.events({ dyad: ["USA", "PRK"] });
    expect(letter).toMatchObject({ status: "unconfirmed", unconfirmedBy: ["USA"], numOutlets: 2 });
    expect(letter!.reporters.map((r) => r.code)).toEqual(expect.arrayContaining(["PRKMED", "USAGOV"]));
    await store.saveArticle(
      articleToStore({
        outlet: "C",
        events: [codedEvent({ sentences: [{ index: 0, reporter: "PRKGOV", status: "denied" }] })],
      }),
    );
    expect((await store.events({ dyad: ["PRK", "USA"] }))[0]).toMatchObject({
      status: "denied",
      deniedBy: ["PRK"],
    });
  });

  it("stores a near-duplicate as a copy of the story: more reports, same events", async () => {
    const text =
      "North Korean diplomats in New York refused to accept a letter from President Donald Trump to Kim Jong Un, a specialist news site reported on Wednesday. The letter was meant to reopen dialogue between the two leaders, the report said. The White House did not confirm that a letter had been sent.";
    const original = articleToStore({ text, outlet: "Continental Wire", events: [codedEvent()] });
    const first = await store.saveArticle(original);
    const before = await store.events({});
    const edited = articleToStore({
      text: text
        .replace("on Wednesday", "on Wednesday evening")
        .replace("the report said", "according to the report"),
      outlet: "Northern Gazette",
      events: [codedEvent(), codedEvent({ type: "ACCUSE", cameo: "112" })],
    });
    expect(await store.classify(edited)).toEqual({ kind: "copy", storyId: first.storyId });
    const copy = await store.saveArticle(edited);
    expect(copy).toMatchObject({ kind: "copy", storyId: first.storyId });
    expect(await store.story(first.storyId)).toMatchObject({ reports: 2, primaryArticleId: first.articleId });
    expect((await store.articlesOfStory(first.storyId)).map((a) => a.isCopy)).toEqual([false, true]);
    const after = await store.events({});
    expect(after.map((e) => e.id)).toEqual(before.map((e) => e.id));
    expect(after[0]).toMatchObject({ numArticles: 1, numReports: 2, numMentions: before[0]!.numMentions });
  });

  it("re-coding with a new dictionary version replaces the article's mentions and leaves nothing orphaned", async () => {
    const shared = articleToStore({ outlet: "A", events: [codedEvent()] });
    await store.saveArticle(shared);
    const article = articleToStore({
      outlet: "B",
      events: [codedEvent(), codedEvent({ type: "THREATEN", cameo: "138", date: "2025-06-10" })],
    });
    const first = await store.saveArticle(article);
    expect((await store.events({ type: "REJECT" }))[0]!.numArticles).toBe(2);
    const recoded = await store.saveArticle({
      ...article,
      coded: {
        ...article.coded!,
        dictionaryVersion: "v2",
        events: [codedEvent({ type: "ACCUSE", cameo: "112" })],
      },
    });
    expect(recoded).toMatchObject({ kind: "recoded", articleId: first.articleId, events: 1 });
    expect((await store.events({ type: "REJECT" }))[0]!.numArticles).toBe(1);
    expect(await store.events({ type: "THREATEN" })).toHaveLength(0);
    expect(await store.events({ type: "ACCUSE" })).toHaveLength(1);
    expect((await store.article(first.articleId))!.dictionaryVersion).toBe("v2");
    expect(await orphans()).toBe(0);
    expect((await store.counts()).mentions).toBe(2);
  });

  it("filters events by actor, dyad, type, dates, status and full text", async () => {
    await store.saveArticle(
      articleToStore({
        text: "Pyongyang refused the letter. Officials gave no reason for the snub.",
        events: [codedEvent({ sentences: [{ index: 0, reporter: "PRKMED" }] })],
      }),
    );
    await store.saveArticle(
      articleToStore({
        text: "Moscow shelled positions near the border. Kyiv protested loudly.",
        published: "2024-03-01",
        events: [
          codedEvent({
            type: "ASSAULT",
            cameo: "190",
            source: "RUSMIL",
            target: "UKR",
            date: "2024-03-01",
            channel: null,
            goldstein: -10,
            quadClass: 4,
          }),
        ],
      }),
    );
    expect((await store.events({ actor: "rus" })).map((e) => e.type)).toEqual(["ASSAULT"]);
    expect((await store.events({ actor: "PRKGOV" })).map((e) => e.type)).toEqual(["REJECT"]);
    expect((await store.events({ dyad: ["UKR", "RUS"] })).map((e) => e.type)).toEqual(["ASSAULT"]);
    expect(await store.events({ type: "19" })).toHaveLength(1);
    expect(await store.events({ since: "2025-01-01" })).toHaveLength(1);
    expect(await store.events({ until: "2024-12-31" })).toHaveLength(1);
    expect(await store.events({ status: "asserted" })).toHaveLength(2);
    expect((await store.events({ text: "refused letter" })).map((e) => e.type)).toEqual(["REJECT"]);
    expect((await store.events({ text: 'shelled" OR "x' })).map((e) => e.type)).toEqual([]);
    expect((await store.events({ text: "shelled" })).map((e) => e.type)).toEqual(["ASSAULT"]);
    expect(await store.events({ text: "snub" })).toHaveLength(0);
    expect(await store.events({ limit: 1, offset: 1 })).toHaveLength(1);
  });

  it("sums a dyad's events per day and QuadClass, in both directions", async () => {
    await store.saveArticle(articleToStore({ outlet: "A", events: [codedEvent({ date: "2025-06-12" })] }));
    await store.saveArticle(
      articleToStore({
        outlet: "B",
        events: [
          codedEvent({
            type: "CONSULT",
            cameo: "040",
            source: "USAGOV",
            target: "PRKGOV",
            date: "2025-06-20",
            goldstein: 1,
            quadClass: 1,
          }),
        ],
      }),
    );
    const totals = await store.dyadDayTotals("usa", "prk");
    expect(totals).toEqual([
      { day: "2025-06-12", quadClass: 3, count: 1, goldsteinSum: -5 },
      { day: "2025-06-20", quadClass: 1, count: 1, goldsteinSum: 1 },
    ]);
    expect(await store.dyadDayTotals("USA", "PRK", { since: "2025-06-13" })).toHaveLength(1);
    expect((await store.dyadEvents("PRK", "USA")).map((e) => e.date)).toEqual(["2025-06-12", "2025-06-20"]);
    expect((await store.dialogueEvents("prk", "usa")).map((e) => e.date)).toEqual([
      "2025-06-12",
      "2025-06-20",
    ]);
  });

  it("rolls back an article whose write fails half-way, keeping what was stored before", async () => {
    await store.saveArticle(articleToStore({ events: [codedEvent()] }));
    const before = await store.counts();
    const bad = articleToStore({ events: [codedEvent(), codedEvent({ date: "2025-13-45" })] });
    await expect(store.saveArticle(bad)).rejects.toMatchObject({ code: "E_STORE" });
    expect(await store.counts()).toEqual(before);
    expect(await store.classify(bad)).toEqual({ kind: "new" });
  });

  it("pages through every event for export", async () => {
    for (let i = 0; i < 5; i++) {
      await store.saveArticle(
        articleToStore({ events: [codedEvent({ date: `2025-01-${String(10 + i * 3)}` })] }),
      );
    }
    const first = await store.eventPage(0, 3);
    const rest = await store.eventPage(first[first.length - 1]!.id, 3);
    expect(first.length + rest.length).toBe(5);
  });
});
