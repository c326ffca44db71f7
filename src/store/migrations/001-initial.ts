/**
 * Version 1: articles, stories and their LSH bands, sentences, per-article mentions and merged events.
 *
 * @example
 * await initialMigration.up(db, "sqlite");
 */
import { type Kysely, sql } from "kysely";
import type { StoreDialect } from "../store.js";
import type { Migration } from "./migration.js";

/** The first schema. @example initialMigration.version // 1 */
export const initialMigration: Migration = {
  version: 1,
  name: "initial",
  // biome-ignore lint/suspicious/noExplicitAny: migrations run against an untyped schema
  up: async (db: Kysely<any>, dialect: StoreDialect) => {
    const real = dialect === "postgres" ? "double precision" : "real";
    const table = (name: string) =>
      dialect === "postgres"
        ? db.schema.createTable(name).addColumn("id", "serial", (c) => c.primaryKey())
        : db.schema.createTable(name).addColumn("id", "integer", (c) => c.primaryKey().autoIncrement());

    await table("stories")
      .addColumn("primary_article_id", "integer")
      .addColumn("reports", "integer", (c) => c.notNull())
      .addColumn("signature", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createTable("story_bands")
      .addColumn("band", "text", (c) => c.notNull())
      .addColumn("story_id", "integer", (c) => c.notNull().references("stories.id"))
      .addPrimaryKeyConstraint("story_bands_pk", ["band", "story_id"])
      // Band keys are random: one B-tree instead of a table plus an index halves the pages each insert dirties.
      .$call((t) => (dialect === "sqlite" ? t.modifyEnd(sql`without rowid`) : t))
      .execute();

    await table("articles")
      .addColumn("doc_id", "text", (c) => c.notNull())
      .addColumn("content_hash", "text", (c) => c.notNull())
      .addColumn("outlet_key", "text", (c) => c.notNull())
      .addColumn("outlet", "text")
      .addColumn("url", "text")
      .addColumn("title", "text")
      .addColumn("published", "text", (c) => c.notNull())
      .addColumn("source", "text")
      .addColumn("dictionary_version", "text")
      .addColumn("story_id", "integer", (c) => c.notNull().references("stories.id"))
      .addColumn("is_copy", "integer", (c) => c.notNull())
      .addColumn("text", "text", (c) => c.notNull())
      .addColumn("ingested_at", "text", (c) => c.notNull())
      .addUniqueConstraint("articles_identity", ["content_hash", "outlet_key"])
      .execute();
    await db.schema.createIndex("articles_story").on("articles").column("story_id").execute();

    await table("sentences")
      .addColumn("article_id", "integer", (c) => c.notNull().references("articles.id"))
      .addColumn("idx", "integer", (c) => c.notNull())
      .addColumn("start", "integer", (c) => c.notNull())
      .addColumn("text", "text", (c) => c.notNull())
      .addUniqueConstraint("sentences_position", ["article_id", "idx"])
      .execute();

    await table("events")
      .addColumn("uid", "text", (c) => c.notNull())
      .addColumn("merge_key", "text", (c) => c.notNull())
      .addColumn("type", "text")
      .addColumn("cameo", "text", (c) => c.notNull())
      .addColumn("cameo_root", "text", (c) => c.notNull())
      .addColumn("mode", "text")
      .addColumn("context", "text")
      .addColumn("source_code", "text")
      .addColumn("source_country", "text", (c) => c.notNull())
      .addColumn("target_code", "text")
      .addColumn("target_country", "text", (c) => c.notNull())
      .addColumn("date", "text", (c) => c.notNull())
      .addColumn("date_precision", "text", (c) => c.notNull())
      .addColumn("date_lo", "text", (c) => c.notNull())
      .addColumn("date_hi", "text", (c) => c.notNull())
      .addColumn("historical", "integer", (c) => c.notNull())
      .addColumn("negated", "integer", (c) => c.notNull())
      .addColumn("modality", "text", (c) => c.notNull())
      .addColumn("channel", "text")
      .addColumn("location", "text")
      .addColumn("goldstein", real, (c) => c.notNull())
      .addColumn("quad_class", "integer", (c) => c.notNull())
      .addColumn("status", "text", (c) => c.notNull())
      .addColumn("num_mentions", "integer", (c) => c.notNull())
      .addColumn("num_articles", "integer", (c) => c.notNull())
      .addColumn("num_outlets", "integer", (c) => c.notNull())
      .addColumn("num_reports", "integer", (c) => c.notNull())
      .addColumn("first_seen", "text", (c) => c.notNull())
      .addColumn("last_seen", "text", (c) => c.notNull())
      .addColumn("reporters", "text", (c) => c.notNull())
      .addColumn("confirmed_by", "text", (c) => c.notNull())
      .addColumn("denied_by", "text", (c) => c.notNull())
      .addColumn("unconfirmed_by", "text", (c) => c.notNull())
      .addColumn("confidence", real, (c) => c.notNull())
      .addColumn("evidence", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("events_merge").on("events").columns(["merge_key", "date_lo"]).execute();
    await db.schema.createIndex("events_date").on("events").column("date").execute();
    // The dialogue state asks for the newest event per channel, CAMEO root and direction.
    await db.schema
      .createIndex("events_channel")
      .on("events")
      .columns(["channel", "source_country", "target_country", "date"])
      .execute();
    await db.schema
      .createIndex("events_root")
      .on("events")
      .columns(["cameo_root", "source_country", "target_country", "date"])
      .execute();
    // Covers the dyad time series, so it never reads the table itself.
    await db.schema
      .createIndex("events_dyad")
      .on("events")
      .columns(["source_country", "target_country", "date", "quad_class", "goldstein", "negated", "modality"])
      .execute();

    await table("mentions")
      .addColumn("event_id", "integer", (c) => c.notNull().references("events.id"))
      .addColumn("article_id", "integer", (c) => c.notNull().references("articles.id"))
      .addColumn("outlet", "text")
      .addColumn("published", "text", (c) => c.notNull())
      .addColumn("merge_key", "text", (c) => c.notNull())
      .addColumn("date", "text", (c) => c.notNull())
      .addColumn("payload", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("mentions_article").on("mentions").column("article_id").execute();
    await db.schema.createIndex("mentions_event").on("mentions").column("event_id").execute();

    await db.schema
      .createTable("mention_sentences")
      .addColumn("mention_id", "integer", (c) => c.notNull().references("mentions.id"))
      .addColumn("sentence_id", "integer", (c) => c.notNull().references("sentences.id"))
      .addPrimaryKeyConstraint("mention_sentences_pk", ["mention_id", "sentence_id"])
      .execute();
    await db.schema
      .createIndex("mention_sentences_sentence")
      .on("mention_sentences")
      .column("sentence_id")
      .execute();
  },
};
