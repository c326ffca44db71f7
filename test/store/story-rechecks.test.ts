/**
 * The second look for a near-duplicate original, inside the saving transaction, run against every
 * dialect: a story stored after an article was classified is still found.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../../src/store/store.js";
import { articleToStore, codedEvent, dialects, type TestDatabase, testDatabase } from "./store-fixtures.js";

const TEXT =
  "Thai and Cambodian officials met at a border checkpoint on Monday to discuss the reopening of crossings closed since the clashes in July. Both delegations agreed to meet again next month, a Thai army spokesman said. Traders on both sides have demanded that the border be reopened.";
const EDITED = TEXT.replace("on Monday", "on Monday afternoon").replace(
  "a Thai army spokesman said",
  "according to a Thai army spokesman",
);
const OTHER =
  "Chile and Peru signed an agreement on fishing rights in Lima on Friday, ending a dispute that had lasted for years. The foreign ministers of both countries attended the ceremony.";

describe.each(dialects)("Near-duplicate rechecks (%s)", (dialect) => {
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

  it("finds an original saved earlier in the same group, though both were new when classified", async () => {
    const original = articleToStore({ text: TEXT, outlet: "A", events: [codedEvent()] });
    const edited = articleToStore({ text: EDITED, outlet: "B", events: [codedEvent()] });
    expect(await store.classify(original)).toEqual({ kind: "new" });
    expect(await store.classify(edited)).toEqual({ kind: "new" });
    const [first, second] = await store.saveArticles([original, edited]);
    expect(first).toMatchObject({ kind: "stored" });
    expect(second).toMatchObject({ kind: "copy", storyId: (first as { storyId: number }).storyId });
  });

  it("finds an original saved by another call between classifying and saving", async () => {
    const original = articleToStore({ text: TEXT, outlet: "A", events: [codedEvent()] });
    const edited = articleToStore({ text: EDITED, outlet: "B", events: [codedEvent()] });
    await store.saveArticle(articleToStore({ text: OTHER, outlet: "C", events: [codedEvent()] }));
    expect(await store.classify(edited)).toEqual({ kind: "new" });
    const first = await store.saveArticle(original);
    const copy = await store.saveArticle(edited);
    expect(copy).toEqual({ kind: "copy", articleId: expect.any(Number), storyId: first.storyId });
    expect(await store.story(first.storyId)).toMatchObject({ reports: 2 });
  });

  it("keeps an article new when only unrelated stories were saved in between", async () => {
    const edited = articleToStore({ text: EDITED, outlet: "B", events: [codedEvent()] });
    const original = articleToStore({ text: TEXT, outlet: "A", events: [codedEvent()] });
    await store.saveArticle(original);
    const other = articleToStore({ text: OTHER, outlet: "C", events: [codedEvent()] });
    expect(await store.classify(other)).toEqual({ kind: "new" });
    // Saved twice through the remembered shortcut and without it: the same outcome.
    expect(await store.saveArticle(other)).toMatchObject({ kind: "stored" });
    expect(await store.saveArticle(edited)).toMatchObject({ kind: "copy" });
    expect(await store.counts()).toMatchObject({ articles: 3, stories: 2 });
  });
});
