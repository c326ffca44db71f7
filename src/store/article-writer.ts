/**
 * Writes articles inside the caller's transaction: classifies each against what is stored (already
 * stored, a near-duplicate copy of a story, or new) and stores it accordingly. The store wraps one
 * article, or a group of them, in a transaction around these writes.
 *
 * @example
 * const writer = articleWriter(NEAR_DUPLICATE_SIMILARITY);
 * const outcome = await db.transaction().execute((trx) => writer.save(trx, article));
 */
import type { Kysely } from "kysely";
import { estimateSimilarity } from "../analytics/text-fingerprint.js";
import { ParleyError } from "../core/errors.js";
import { placeMentions, recomputeEvents, removeArticleEvents } from "./event-writer.js";
import type { Database } from "./schema.js";
import type { ArticleClass, ArticleToStore, SaveOutcome } from "./store.js";

/** Stories compared in full per article; a true original shares many more bands than chance. */
const MAX_CANDIDATES = 8;

/** Classifies and saves articles through whichever connection or transaction it is given. @example await writer.save(trx, article) */
export interface ArticleWriter {
  /** Whether an article is new, a near-duplicate copy of a stored story, or already stored. */
  classify(
    db: Kysely<Database>,
    article: Pick<ArticleToStore, "contentHash" | "meta" | "fingerprint">,
  ): Promise<ArticleClass>;
  /** Saves one article; `trx` must be a transaction, so that a failure leaves nothing half-written. */
  save(trx: Kysely<Database>, article: ArticleToStore): Promise<SaveOutcome>;
}

/**
 * The writer for a near-duplicate threshold (estimated Jaccard similarity of word shingles).
 * @example articleWriter(0.6).classify(db, article)
 */
export function articleWriter(threshold: number): ArticleWriter {
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

  const save = async (trx: Kysely<Database>, article: ArticleToStore): Promise<SaveOutcome> => {
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
  };

  return { classify: classifyIn, save };
}
