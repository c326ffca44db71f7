/**
 * A versioned schema change. Migrations only ever add: a database is upgraded in place by applying
 * the ones it lacks, in order.
 *
 * @example
 * const m: Migration = { version: 3, name: "add-x", up: async (db, dialect) => {} };
 */
import type { Kysely } from "kysely";
import type { StoreDialect } from "../store.js";

/** One migration. @example { version: 1, name: "initial", up } */
export interface Migration {
  readonly version: number;
  readonly name: string;
  // biome-ignore lint/suspicious/noExplicitAny: migrations run before (and change) the typed schema
  readonly up: (db: Kysely<any>, dialect: StoreDialect) => Promise<void>;
}
