/**
 * Keeps prepared better-sqlite3 statements for reuse: Kysely prepares every query anew, and at
 * ingest rates preparing costs as much as running.
 *
 * @example
 * new SqliteDialect({ database: cachingDatabase(new BetterSqlite3(path)) });
 */
import type BetterSqlite3 from "better-sqlite3";
import type { SqliteDatabase, SqliteStatement } from "kysely";

/** Statements kept; queries with long IN lists vary, so the cache is bounded. */
const MAX_STATEMENTS = 500;

/**
 * Wraps a database so that `prepare` returns a cached statement for SQL it has seen.
 * @example cachingDatabase(db).prepare("select 1")
 */
export function cachingDatabase(database: BetterSqlite3.Database): SqliteDatabase {
  const statements = new Map<string, SqliteStatement>();
  return {
    close: () => database.close(),
    prepare: (sql: string) => {
      const cached = statements.get(sql);
      if (cached) return cached;
      const statement = database.prepare(sql) as unknown as SqliteStatement;
      if (statements.size >= MAX_STATEMENTS) statements.delete(statements.keys().next().value!);
      statements.set(sql, statement);
      return statement;
    },
  };
}
