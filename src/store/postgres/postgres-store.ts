/**
 * The team store: PostgreSQL through a pg Pool, with full-text search by `to_tsvector('english')`.
 *
 * @example
 * const store = await openPostgresStore("postgres://parley@localhost/parley");
 */
import { Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import { createKyselyStore } from "../kysely-store.js";
import { migrate } from "../migrations/migrate.js";
import type { Migration } from "../migrations/migration.js";
import type { Database } from "../schema.js";
import type { Store, StoreOptions } from "../store.js";
import { storeError, withStoreErrors } from "../store-errors.js";
import { checkTextSearchPlan } from "../text-search.js";

/** The URL without its password, for messages. @example redactUrl("postgres://u:secret@h/db") // "postgres://u@h/db" */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.password = "";
    return parsed.toString();
  } catch {
    return "postgres://…";
  }
}

/**
 * Connects to PostgreSQL and brings its schema up to date; `migrations` is for tests of upgrades.
 * @example await openPostgresStore(process.env.PARLEY_TEST_PG_URL!)
 */
export async function openPostgresStore(
  url: string,
  options: StoreOptions = {},
  migrations?: readonly Migration[],
): Promise<Store> {
  const location = redactUrl(url);
  // A bad option is refused before a connection is made.
  checkTextSearchPlan(options.textSearch);
  const pool = new pg.Pool({ connectionString: url, max: 4, connectionTimeoutMillis: 10_000 });
  // An idle client losing its connection must not crash the process; the next query reports it.
  pool.on("error", () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    await migrate(db, "postgres", location, migrations);
  } catch (error) {
    await db.destroy().catch(() => {});
    throw storeError(location, error);
  }
  return withStoreErrors(
    createKyselyStore({
      db,
      dialect: "postgres",
      location,
      options,
      fullText: {
        matching: (words) =>
          sql<number>`(select id from sentences where to_tsvector('english', text) @@ plainto_tsquery('english', ${words.join(" ")}))`,
        // One sentence by its key, its vector computed on the spot: no index read per test.
        matches: (words, sentenceId) =>
          sql<boolean>`exists (select 1 from sentences where sentences.id = ${sentenceId} and to_tsvector('english', sentences.text) @@ plainto_tsquery('english', ${words.join(" ")}))`,
      },
    }),
  );
}
