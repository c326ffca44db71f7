/**
 * Applies the migrations a database lacks, each in its own transaction, and refuses a database
 * made by a newer Parley.
 *
 * @example
 * const version = await migrate(db, "sqlite", "./parley.db");
 */
import { type Kysely, sql } from "kysely";
import { ParleyError } from "../../core/errors.js";
import type { StoreDialect } from "../store.js";
import { initialMigration } from "./001-initial.js";
import { fullTextMigration } from "./002-full-text.js";
import { queryIndexesMigration } from "./003-query-indexes.js";
import type { Migration } from "./migration.js";

/** Every migration, oldest first. @example allMigrations.at(-1)?.version */
export const allMigrations: readonly Migration[] = [
  initialMigration,
  fullTextMigration,
  queryIndexesMigration,
];

/** The schema version this program writes. @example latestSchemaVersion // 3 */
export const latestSchemaVersion = allMigrations[allMigrations.length - 1]!.version;

/** Arbitrary constant: serialises concurrent upgrades of one PostgreSQL database. */
const PG_MIGRATION_LOCK = 7_208_113;

/**
 * Brings the schema up to the newest of `migrations`; returns the version now in force.
 * @example await migrate(db, "postgres", "postgres://localhost/parley")
 */
export async function migrate(
  // biome-ignore lint/suspicious/noExplicitAny: the schema table is created here
  db: Kysely<any>,
  dialect: StoreDialect,
  location: string,
  migrations: readonly Migration[] = allMigrations,
): Promise<number> {
  const latest = migrations[migrations.length - 1]?.version ?? 0;
  await db.schema
    .createTable("parley_schema")
    .ifNotExists()
    .addColumn("version", "integer", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("applied_at", "text", (c) => c.notNull())
    .execute();
  let current = await currentVersion(db);
  if (current > latest) throw tooNew(location, current, latest);
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    await db.transaction().execute(async (trx) => {
      if (dialect === "postgres") await sql`select pg_advisory_xact_lock(${PG_MIGRATION_LOCK})`.execute(trx);
      // Another process may have applied it while we waited for the lock.
      if ((await currentVersion(trx)) >= migration.version) return;
      await migration.up(trx, dialect);
      await trx
        .insertInto("parley_schema")
        .values({ version: migration.version, name: migration.name, applied_at: new Date().toISOString() })
        .execute();
    });
    current = migration.version;
  }
  return current;
}

/** The highest applied version, 0 for a new database. @example await currentVersion(db) */
// biome-ignore lint/suspicious/noExplicitAny: reads the schema table only
export async function currentVersion(db: Kysely<any>): Promise<number> {
  const row = await db
    .selectFrom("parley_schema")
    .select((eb) => eb.fn.max("version").as("version"))
    .executeTakeFirst();
  return Number(row?.version ?? 0);
}

function tooNew(location: string, found: number, known: number): ParleyError {
  return new ParleyError(
    "E_STORE_VERSION",
    `${location}: the database is at schema version ${found}, but this Parley knows only up to version ${known}; upgrade Parley to use it (the database was left untouched)`,
    { found, known },
  );
}
