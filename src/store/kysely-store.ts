/**
 * The Store, once, over Kysely: both dialects run these queries. A dialect supplies only its
 * connection and its full-text search.
 *
 * @example
 * const store = createKyselyStore({ db, dialect: "sqlite", location: "./parley.db", fullText });
 */
import { type Kysely, sql } from "kysely";
import { NEAR_DUPLICATE_SIMILARITY } from "../analytics/text-fingerprint.js";
import { isParleyError } from "../core/errors.js";
import { articleWriter } from "./article-writer.js";
import { eventQueries } from "./event-queries.js";
import { articleFromRow } from "./event-rows.js";
import type { Database } from "./schema.js";
import type { ArticleToStore, SaveOutcome, SaveResult, Store, StoreDialect, StoreOptions } from "./store.js";
import { checkTextSearchPlan, type FullTextSearch } from "./text-search.js";

/** What a dialect hands to the shared store. @example { db, dialect: "postgres", location: "postgres://host/db", fullText } */
export interface KyselyStoreConfig {
  readonly db: Kysely<Database>;
  readonly dialect: StoreDialect;
  readonly location: string;
  readonly fullText: FullTextSearch;
  readonly options?: StoreOptions;
  readonly onClose?: () => Promise<void>;
}

/**
 * Builds the store over an open, migrated Kysely instance.
 * @example createKyselyStore(config).counts()
 */
export function createKyselyStore(config: KyselyStoreConfig): Store {
  const { db, dialect, location } = config;
  const threshold = config.options?.nearDuplicateSimilarity ?? NEAR_DUPLICATE_SIMILARITY;
  const textSearch = checkTextSearchPlan(config.options?.textSearch);

  const writer = articleWriter(threshold);

  const saveArticle = (article: ArticleToStore): Promise<SaveOutcome> =>
    db.transaction().execute((trx) => writer.save(trx, article));

  // One transaction for the group, one savepoint per article: an article refused with a
  // ParleyError is rolled back alone and reported, exactly as if each had its own transaction.
  const saveArticles = async (articles: readonly ArticleToStore[]): Promise<SaveResult[]> => {
    if (articles.length === 0) return [];
    return db.transaction().execute(async (trx) => {
      const results: SaveResult[] = [];
      for (const article of articles) {
        await sql`savepoint parley_article`.execute(trx);
        try {
          results.push(await writer.save(trx, article));
        } catch (error) {
          // Anything else (the database failing) ends the whole group: nothing of it is kept.
          if (!isParleyError(error)) throw error;
          await sql`rollback to savepoint parley_article`.execute(trx);
          results.push({ kind: "failed", error });
        }
        await sql`release savepoint parley_article`.execute(trx);
      }
      return results;
    });
  };

  const count = async (table: "articles" | "stories" | "events" | "mentions" | "sentences") => {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll().as("n"))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };

  return {
    dialect,
    location,
    schemaVersion: async () => {
      const row = await db
        .selectFrom("parley_schema")
        .select((eb) => eb.fn.max("version").as("v"))
        .executeTakeFirst();
      return Number(row?.v ?? 0);
    },
    classify: (article) => writer.classify(db, article),
    saveArticle,
    saveArticles,
    counts: async () => ({
      articles: await count("articles"),
      stories: await count("stories"),
      events: await count("events"),
      mentions: await count("mentions"),
      sentences: await count("sentences"),
    }),
    article: async (id) => {
      const row = await db.selectFrom("articles").selectAll().where("id", "=", id).executeTakeFirst();
      return row ? articleFromRow(row) : null;
    },
    articlesOfStory: async (storyId) =>
      (
        await db.selectFrom("articles").selectAll().where("story_id", "=", storyId).orderBy("id").execute()
      ).map(articleFromRow),
    story: async (id) => {
      const row = await db.selectFrom("stories").selectAll().where("id", "=", id).executeTakeFirst();
      return row
        ? {
            id: Number(row.id),
            primaryArticleId: Number(row.primary_article_id),
            reports: Number(row.reports),
          }
        : null;
    },
    ...eventQueries(db, config.fullText, textSearch),
    close: async () => {
      await db.destroy();
      await config.onClose?.();
    },
  };
}

/** Quotes each word for FTS5, so user text is never read as query syntax. @example fts5Query(["kim", "letter"]) // "\"kim\" \"letter\"" */
export function fts5Query(words: readonly string[]): string {
  return words.map((w) => `"${w.replace(/"/g, '""')}"`).join(" ");
}
