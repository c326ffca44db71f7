/**
 * The seed article ingested twice, plus an edited copy: one story with two copies (the edited one
 * raises the report count), and the same events as one ingest.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli, sharedDir } from "../cli/run-cli.js";
import { inStore, tempDir } from "./ingest-helpers.js";

const seedPath = join(sharedDir, "seed", "white-house-kim-letter.txt");

describe.skipIf(!existsSync(seedPath))("ingesting the seed article twice plus an edited copy", () => {
  const tmp = tempDir("parley-seed-");
  afterAll(() => tmp.remove());

  it("yields one story with two copies and the same events", async () => {
    const db = join(tmp.dir, "seed.db");
    const edited = join(tmp.dir, "white-house-kim-letter-republished.txt");
    writeFileSync(
      edited,
      readFileSync(seedPath, "utf8")
        .replace("The White House has affirmed that", "The White House affirmed on Thursday that")
        .replace("In conclusion, while", "While")
        .concat("\n(Republished with permission.)\n"),
    );
    const first = runCli(["ingest", seedPath, "--date", "2025-06-12", "--db", db]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/1 new/);
    const once = await inStore(db, async (s) => ({ counts: await s.counts(), events: await s.events({}) }));
    expect(once.events.length).toBeGreaterThan(0);

    const again = runCli(["ingest", seedPath, "--date", "2025-06-12", "--db", db]);
    expect(again.stdout).toMatch(/0 new, 0 near-duplicate copies, 0 re-coded, 1 already stored/);
    const copy = runCli(["ingest", edited, "--date", "2025-06-12", "--db", db]);
    expect(copy.code, copy.stderr).toBe(0);
    expect(copy.stdout).toMatch(/0 new, 1 near-duplicate copies/);

    await inStore(db, async (store) => {
      const counts = await store.counts();
      expect(counts).toMatchObject({
        articles: 2,
        stories: 1,
        events: once.counts.events,
        mentions: once.counts.mentions,
      });
      const articles = await store.articlesOfStory(1);
      expect(articles.map((a) => a.isCopy)).toEqual([false, true]);
      expect(await store.story(1)).toMatchObject({ reports: 2 });
      const events = await store.events({});
      expect(events.map((e) => [e.uid, e.numArticles, e.numMentions])).toEqual(
        once.events.map((e) => [e.uid, e.numArticles, e.numMentions]),
      );
      for (const e of events) expect(e.numReports).toBe(2);
    });
  });
});
