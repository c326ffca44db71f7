/**
 * The Store, once, over Kysely: both dialects run these queries. A dialect supplies only its
 * connection and its full-text search.
 *
 * @example
 * const store = createKyselyStore({ db, dialect: "sqlite", location: "./parley.db", fullText });
 */
import type { Kysely } from "kysely";
import { estimateSimilarity, NEAR_DUPLICATE_SIMILARITY } from "../analytics/text-fingerprint.js";
import { ParleyError } from "../core/errors.js";
import { eventQueries } from "./event-queries.js";
import { articleFromRow } from "./event-rows.js";
import { placeMentions, recomputeEvents, removeArticleEvents } from "./event-writer.js";
import type { Database } from "./schema.js";
import type {
  ArticleClass,
  ArticleToStore,
  SaveOutcome,
  Store,
  StoreDialect,
  StoreOptions,
} from "./store.js";
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

/** Stories compared in full per article; a true original shares many more bands than chance. */
const MAX_CANDIDATES = 8;

/**
 * Builds the store over an open, migrated Kysely instance.
 * @example createKyselyStore(config).counts()
 */
export function createKyselyStore(config: KyselyStoreConfig): Store {
  const { db, dialect, location } = config;
  const threshold = config.options?.nearDuplicateSimilarity ?? NEAR_DUPLICATE_SIMILARITY;
  const textSearch = checkTextSearchPlan(config.options?.textSearch);

  const findStory = async (dbx: Kysely<Database>, article: Pick<ArticleToStore, "fingerprint">) => {
    if (article.fingerprint.bands.length === 0) return null;
    // Boilerplate shingles make some bands common; the stories sharing the most bands come first.
    const candidates = await dbx
      .selectFrom("stories")
      .select(["id", "signature"])
      .where("id", "in", (eb) =>
        eb
          .selectFrom("story_bands")
          .select("story_id")
          .where("band", "in", [...article.fingerprint.bands])
          .groupBy("story_id")
          .orderBy((o) => o.fn.countAll(), "desc")
          .orderBy("story_id")
          .limit(MAX_CANDIDATES),
      )
      .execute();
    let best: { id: number; similarity: number } | null = null;
    for (const c of candidates) {
      const similarity = estimateSimilarity(
        article.fingerprint.signature,
        c.signature.split(",").map(Number),
      );
      if (similarity >= threshold && (!best || similarity > best.similarity))
        best = { id: Number(c.id), similarity };
    }
    return best?.id ?? null;
  };

  const classifyIn = async (
    dbx: Kysely<Database>,
    article: Pick<ArticleToStore, "contentHash" | "meta" | "fingerprint">,
  ): Promise<ArticleClass> => {
    const known = await dbx
      .selectFrom("articles")
      .select(["id", "dictionary_version", "is_copy"])
      .where("content_hash", "=", article.contentHash)
      .where("outlet_key", "=", article.meta.outlet ?? "")
      .executeTakeFirst();
    if (known) {
      return {
        kind: "known",
        articleId: Number(known.id),
        dictionaryVersion: known.dictionary_version,
        isCopy: Number(known.is_copy) === 1,
      };
    }
    const storyId = await findStory(dbx, article);
    return storyId === null ? { kind: "new" } : { kind: "copy", storyId };
  };

  const insertSentences = async (
    trx: Kysely<Database>,
    articleId: number,
    coded: NonNullable<ArticleToStore["coded"]>,
  ) => {
    const ids = new Map<number, number>();
    if (coded.sentences.length === 0) return ids;
    // One statement per article, then ids by position: RETURNING order is not guaranteed for many rows.
    await trx
      .insertInto("sentences")
      .values(
        coded.sentences.map((s) => ({ article_id: articleId, idx: s.index, start: s.start, text: s.text })),
      )
      .execute();
    const rows = await trx
      .selectFrom("sentences")
      .select(["id", "idx"])
      .where("article_id", "=", articleId)
      .execute();
    for (const row of rows) ids.set(Number(row.idx), Number(row.id));
    return ids;
  };

  const save = async (article: ArticleToStore): Promise<SaveOutcome> =>
    db.transaction().execute(async (trx) => {
      const kind = await classifyIn(trx, article);
      const { meta } = article;
      if (kind.kind === "known") {
        const row = await trx
          .selectFrom("articles")
          .selectAll()
          .where("id", "=", kind.articleId)
          .executeTakeFirstOrThrow();
        const storyId = Number(row.story_id);
        if (kind.isCopy || !article.coded || kind.dictionaryVersion === article.coded.dictionaryVersion) {
          return { kind: "unchanged", articleId: kind.articleId, storyId };
        }
        const touched = await removeArticleEvents(trx, kind.articleId);
        const story = await trx
          .selectFrom("stories")
          .select("reports")
          .where("id", "=", storyId)
          .executeTakeFirstOrThrow();
        const sentenceIds = await insertSentences(trx, kind.articleId, article.coded);
        const added = await placeMentions(
          trx,
          {
            id: kind.articleId,
            outlet: row.outlet,
            published: row.published,
            reports: Number(story.reports),
          },
          article.coded.events,
          sentenceIds,
        );
        await recomputeEvents(trx, new Set([...touched, ...added]));
        await trx
          .updateTable("articles")
          .set({ dictionary_version: article.coded.dictionaryVersion })
          .where("id", "=", kind.articleId)
          .execute();
        return { kind: "recoded", articleId: kind.articleId, storyId, events: article.coded.events.length };
      }
      const base = {
        doc_id: meta.docId,
        content_hash: article.contentHash,
        outlet_key: meta.outlet ?? "",
        outlet: meta.outlet,
        url: meta.url,
        title: meta.title,
        published: meta.published,
        source: meta.source,
        text: article.text,
        ingested_at: new Date().toISOString(),
      };
      if (kind.kind === "copy") {
        const inserted = await trx
          .insertInto("articles")
          .values({ ...base, dictionary_version: null, story_id: kind.storyId, is_copy: 1 })
          .returning("id")
          .executeTakeFirstOrThrow();
        await trx
          .updateTable("stories")
          .set((eb) => ({ reports: eb("reports", "+", 1) }))
          .where("id", "=", kind.storyId)
          .execute();
        const primary = await trx
          .selectFrom("stories")
          .select("primary_article_id")
          .where("id", "=", kind.storyId)
          .executeTakeFirstOrThrow();
        // The story's events now have one more report each.
        const events = await trx
          .selectFrom("mentions")
          .select("event_id")
          .distinct()
          .where("article_id", "=", Number(primary.primary_article_id))
          .execute();
        await recomputeEvents(
          trx,
          events.map((e) => Number(e.event_id)),
        );
        return { kind: "copy", articleId: Number(inserted.id), storyId: kind.storyId };
      }
      if (!article.coded) {
        throw new ParleyError(
          "E_STORE",
          `${meta.source ?? meta.docId}: a new article must be coded before it is stored`,
        );
      }
      const story = await trx
        .insertInto("stories")
        .values({ primary_article_id: null, reports: 1, signature: article.fingerprint.signature.join(",") })
        .returning("id")
        .executeTakeFirstOrThrow();
      const storyId = Number(story.id);
      const bands = [...new Set(article.fingerprint.bands)].map((band) => ({ band, story_id: storyId }));
      if (bands.length > 0) await trx.insertInto("story_bands").values(bands).execute();
      const inserted = await trx
        .insertInto("articles")
        .values({
          ...base,
          dictionary_version: article.coded.dictionaryVersion,
          story_id: storyId,
          is_copy: 0,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      const articleId = Number(inserted.id);
      await trx
        .updateTable("stories")
        .set({ primary_article_id: articleId })
        .where("id", "=", storyId)
        .execute();
      const sentenceIds = await insertSentences(trx, articleId, article.coded);
      const touched = await placeMentions(
        trx,
        { id: articleId, outlet: meta.outlet, published: meta.published, reports: 1 },
        article.coded.events,
        sentenceIds,
      );
      await recomputeEvents(trx, touched);
      return { kind: "stored", articleId, storyId, events: article.coded.events.length };
    });

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
    classify: (article) => classifyIn(db, article),
    saveArticle: save,
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
