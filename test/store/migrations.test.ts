/** Versioned migrations: an older database is upgraded in place, a newer one is refused untouched. */
import { describe, expect, it } from "vitest";
import { allMigrations, latestSchemaVersion } from "../../src/store/migrations/migrate.js";
import { articleToStore, codedEvent, dialects, testDatabase } from "./store-fixtures.js";

describe.each(dialects)("migrations (%s)", (dialect) => {
  it("upgrades a version-1 database in place, keeping its data and indexing its sentences", async () => {
    const database = await testDatabase(dialect);
    try {
      const old = await database.open(allMigrations.slice(0, 1));
      expect(await old.schemaVersion()).toBe(1);
      await database.query(
        "insert into stories (primary_article_id, reports, signature) values (null, 1, '1,2,3')",
      );
      await database.query(
        "insert into articles (doc_id, content_hash, outlet_key, outlet, url, title, published, source, dictionary_version, story_id, is_copy, text, ingested_at) values ('old', 'h', '', null, null, null, '2020-01-01', null, 'v0', 1, 0, 'Seoul protested loudly.', '2020-01-01')",
      );
      await database.query(
        "insert into sentences (article_id, idx, start, text) values (1, 0, 0, 'Seoul protested loudly.')",
      );
      await old.close();
      const store = await database.open();
      expect(await store.schemaVersion()).toBe(latestSchemaVersion);
      expect((await store.counts()).articles).toBe(1);
      const rows = await database.query("select version from parley_schema order by version");
      expect(rows.map((r) => Number(r.version))).toEqual(allMigrations.map((m) => m.version));
      await store.saveArticle(articleToStore({ text: "Seoul protested again.", events: [codedEvent()] }));
      expect(await store.events({ text: "protested" })).toHaveLength(1);
      await store.close();
    } finally {
      await database.cleanup();
    }
  });

  it("refuses a database made by a newer Parley with E_STORE_VERSION and leaves it untouched", async () => {
    const database = await testDatabase(dialect);
    try {
      const store = await database.open();
      await store.saveArticle(articleToStore({ events: [codedEvent()] }));
      await store.close();
      await database.query(
        `insert into parley_schema (version, name, applied_at) values (${latestSchemaVersion + 7}, 'future', 'x')`,
      );
      const error = await database.open().then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toMatchObject({ code: "E_STORE_VERSION" });
      expect((error as Error).message).toMatch(
        new RegExp(`schema version ${latestSchemaVersion + 7}.*upgrade Parley`),
      );
      const rows = await database.query("select count(*) as n from articles");
      expect(Number(rows[0]!.n)).toBe(1);
    } finally {
      await database.cleanup();
    }
  });
});
