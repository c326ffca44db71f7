/**
 * The embedded store: one SQLite file through better-sqlite3, in WAL mode, with FTS5 over sentences.
 *
 * @example
 * const store = await openSqliteStore("./parley.db");
 */
import BetterSqlite3 from "better-sqlite3";
import { Kysely, SqliteDialect, sql } from "kysely";
import { createKyselyStore, fts5Query } from "../kysely-store.js";
import { migrate } from "../migrations/migrate.js";
import type { Migration } from "../migrations/migration.js";
import type { Database } from "../schema.js";
import type { Store, StoreOptions } from "../store.js";
import { storeError, withStoreErrors } from "../store-errors.js";
import { checkTextSearchPlan } from "../text-search.js";
import { cachingDatabase } from "./statement-cache.js";

/**
 * Opens (creating or upgrading) a SQLite database file; `migrations` is for tests of upgrades.
 * @example await openSqliteStore(":memory:")
 */
export async function openSqliteStore(
  path: string,
  options: StoreOptions = {},
  migrations?: readonly Migration[],
): Promise<Store> {
  // A bad option is refused before any file is opened or created.
  checkTextSearchPlan(options.textSearch);
  let database: BetterSqlite3.Database;
  try {
    database = new BetterSqlite3(path);
    // WAL lets readers run during an ingest; NORMAL sync keeps every commit across a process crash.
    database.pragma("journal_mode = WAL");
    database.pragma("synchronous = NORMAL");
    database.pragma("foreign_keys = ON");
    database.pragma("busy_timeout = 10000");
    database.pragma("cache_size = -8192");
    // A checkpoint every 10,000 pages (40 MB of WAL) instead of SQLite's 1,000: an ingest group
    // touches index pages all over a large store, and in a 100,000-article one checkpointing
    // after nearly every commit made the commits 80 ms each, a third of ingest time.
    database.pragma("wal_autocheckpoint = 10000");
  } catch (error) {
    throw storeError(path, error);
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: cachingDatabase(database) }) });
  try {
    await migrate(db, "sqlite", path, migrations);
  } catch (error) {
    await db.destroy();
    throw storeError(path, error);
  }
  return withStoreErrors(
    createKyselyStore({
      db,
      dialect: "sqlite",
      location: path,
      options,
      fullText: {
        matching: (words) =>
          sql<number>`(select rowid as id from sentences_fts where sentences_fts match ${fts5Query(words)})`,
        // With the rowid given, FTS5 seeks that one row in each word's list instead of reading the lists.
        matches: (words, sentenceId) =>
          sql<boolean>`exists (select 1 from sentences_fts where sentences_fts.rowid = ${sentenceId} and sentences_fts match ${fts5Query(words)})`,
      },
    }),
  );
}
