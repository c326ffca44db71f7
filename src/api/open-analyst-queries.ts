/**
 * Opens the read connection behind the analyst queries, for the store the user chose. The store
 * itself must be opened first: it creates and migrates the database.
 *
 * @example
 * const store = await openStore({ db: "parley.db" });
 * const queries = await openAnalystQueries({ db: "parley.db" });
 */
import BetterSqlite3 from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect, sql } from "kysely";
import pg from "pg";
import { fts5Query } from "../store/kysely-store.js";
import { DEFAULT_DB_FILE, type OpenStoreOptions } from "../store/open-store.js";
import type { Database } from "../store/schema.js";
import { storeError } from "../store/store-errors.js";
import { type AnalystQueries, createAnalystQueries } from "./analyst-queries.js";

/**
 * A read-only SQLite connection, or a small PostgreSQL pool.
 * @example await openAnalystQueries({ store: "postgres://parley@localhost/parley" })
 */
export async function openAnalystQueries(options: OpenStoreOptions): Promise<AnalystQueries> {
  if (options.store !== undefined) {
    const pool = new pg.Pool({ connectionString: options.store, max: 4, connectionTimeoutMillis: 10_000 });
    // An idle client losing its connection must not crash the server; the next query reports it.
    pool.on("error", () => {});
    return createAnalystQueries({
      db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }),
      fullText: (words) =>
        sql<number>`(select id from sentences where to_tsvector('english', text) @@ plainto_tsquery('english', ${words.join(" ")}))`,
    });
  }
  const path = options.db ?? DEFAULT_DB_FILE;
  let database: BetterSqlite3.Database;
  try {
    database = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
    database.pragma("busy_timeout = 10000");
  } catch (error) {
    throw storeError(path, error);
  }
  return createAnalystQueries({
    db: new Kysely<Database>({ dialect: new SqliteDialect({ database }) }),
    fullText: (words) =>
      sql<number>`(select rowid as id from sentences_fts where sentences_fts match ${fts5Query(words)})`,
  });
}
