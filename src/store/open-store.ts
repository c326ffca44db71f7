/**
 * Opens the store the user chose: a PostgreSQL URL with `--store`, otherwise a SQLite file with
 * `--db` (the CLI defaults it to ./parley.db).
 *
 * @example
 * const store = await openStore({ db: "./parley.db" });
 * const team = await openStore({ store: "postgres://parley@db.example/parley" });
 */
import { ParleyError } from "../core/errors.js";
import type { Store, StoreOptions } from "./store.js";

/** Where the store lives. @example { db: "./parley.db" } */
export interface OpenStoreOptions extends StoreOptions {
  /** A SQLite file. */
  readonly db?: string;
  /** A postgres:// or postgresql:// URL; wins over `db`. */
  readonly store?: string;
}

/** The default database file. @example DEFAULT_DB_FILE // "parley.db" */
export const DEFAULT_DB_FILE = "parley.db";

/**
 * Opens and migrates the chosen store.
 * @example await openStore({ store: process.env.PARLEY_TEST_PG_URL })
 */
export async function openStore(options: OpenStoreOptions): Promise<Store> {
  if (options.store !== undefined) {
    if (!/^postgres(ql)?:\/\//i.test(options.store)) {
      throw new ParleyError(
        "E_USAGE",
        `--store: expected a postgres:// URL, got "${options.store.slice(0, 40)}"`,
      );
    }
    // Each dialect is loaded only when chosen: pg and better-sqlite3 take a tenth of a second each.
    const { openPostgresStore } = await import("./postgres/postgres-store.js");
    return openPostgresStore(options.store, options);
  }
  const { openSqliteStore } = await import("./sqlite/sqlite-store.js");
  return openSqliteStore(options.db ?? DEFAULT_DB_FILE, options);
}
