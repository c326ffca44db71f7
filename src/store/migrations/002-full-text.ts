/**
 * Version 2: full-text search over sentences. SQLite gets an FTS5 table kept in step by triggers;
 * PostgreSQL an expression GIN index over `to_tsvector('english', text)`. Existing sentences are
 * indexed when a version-1 database is upgraded.
 *
 * @example
 * await fullTextMigration.up(db, "postgres");
 */
import { type Kysely, sql } from "kysely";
import type { StoreDialect } from "../store.js";
import type { Migration } from "./migration.js";

/** Full-text search. @example fullTextMigration.version // 2 */
export const fullTextMigration: Migration = {
  version: 2,
  name: "full-text",
  // biome-ignore lint/suspicious/noExplicitAny: migrations run against an untyped schema
  up: async (db: Kysely<any>, dialect: StoreDialect) => {
    if (dialect === "postgres") {
      await sql`create index sentences_tsv on sentences using gin (to_tsvector('english', text))`.execute(db);
      return;
    }
    await sql`create virtual table sentences_fts using fts5(text, content='sentences', content_rowid='id', tokenize='porter unicode61')`.execute(
      db,
    );
    await sql`create trigger sentences_fts_insert after insert on sentences begin
      insert into sentences_fts(rowid, text) values (new.id, new.text); end`.execute(db);
    await sql`create trigger sentences_fts_delete after delete on sentences begin
      insert into sentences_fts(sentences_fts, rowid, text) values ('delete', old.id, old.text); end`.execute(
      db,
    );
    await sql`insert into sentences_fts(sentences_fts) values ('rebuild')`.execute(db);
  },
};
