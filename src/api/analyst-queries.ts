/**
 * Read queries the analyst API needs beyond the Store interface: article lists and texts, an
 * article's mentions, sentence search, actors, counterparts and directed dyad totals. They run on
 * the same schema as the store (one Kysely query set for SQLite and PostgreSQL) over a separate
 * read connection, so the store's write path stays untouched.
 *
 * @example
 * const queries = createAnalystQueries({ db, fullText });
 * const page = await queries.articles({ limit: 20, offset: 0 });
 */
import type { Kysely, RawBuilder } from "kysely";
import type { CodedEvent, QuadClass } from "../core/types.js";
import { articleFromRow } from "../store/event-rows.js";
import { actorFilter } from "../store/event-queries.js";
import type { Database } from "../store/schema.js";
import type { StoredArticle, StoredMention } from "../store/store.js";

/** Ids of sentences matching words, as a subquery. @example (words) => sql`select id from …` */
export type SentenceMatch = (words: readonly string[]) => RawBuilder<number>;

/** Filters and page of an article list. @example { limit: 20, offset: 0, outlet: "Harbor Times" } */
export interface ArticleListQuery {
  readonly since?: string;
  readonly until?: string;
  readonly outlet?: string;
  readonly limit: number;
  readonly offset: number;
}

/** An article in a list, with how many event mentions were coded from it. @example { id: 3, mentions: 4 } */
export interface ArticleSummary extends StoredArticle {
  readonly mentions: number;
}

/** A sentence found by full-text search. @example { articleId: 3, index: 0, text: "Kim refused.", eventIds: [12] } */
export interface SentenceHit {
  readonly sentenceId: number;
  readonly articleId: number;
  readonly index: number;
  readonly text: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly published: string;
  readonly eventIds: readonly number[];
}

/** Events per QuadClass between a source and a target. @example { source: "PRK", target: "USA", counts: {1: 2, 2: 0, 3: 1, 4: 0}, … } */
export interface DirectedTotals {
  readonly sourceCode: string;
  readonly targetCode: string;
  readonly source: string;
  readonly target: string;
  readonly counts: Readonly<Record<QuadClass, number>>;
  readonly goldsteinSum: number;
  readonly lastDate: string;
}

/** A date window. @example { since: "2025-01-01" } */
export interface DateWindow {
  readonly since?: string;
  readonly until?: string;
}

/** The extra read queries. @example await queries.articleText(3) */
export interface AnalystQueries {
  articles(query: ArticleListQuery): Promise<readonly ArticleSummary[]>;
  articleText(id: number): Promise<string | null>;
  articleMentions(articleId: number): Promise<readonly StoredMention[]>;
  searchSentences(words: readonly string[], limit: number, offset: number): Promise<readonly SentenceHit[]>;
  /** Directed totals per actor-code pair, optionally only those touching `actor` (a code prefix or country). */
  directedTotals(window: DateWindow & { readonly actor?: string }): Promise<readonly DirectedTotals[]>;
  close(): Promise<void>;
}

/** What the queries run on. @example { db, fullText, onClose } */
export interface AnalystQueriesConfig {
  readonly db: Kysely<Database>;
  readonly fullText: SentenceMatch;
  readonly onClose?: () => Promise<void>;
}

/**
 * Builds the queries over an open Kysely instance of a migrated store.
 * @example createAnalystQueries({ db, fullText }).articles({ limit: 10, offset: 0 })
 */
export function createAnalystQueries(config: AnalystQueriesConfig): AnalystQueries {
  const { db } = config;
  const mentionsWhere = async (column: "article_id" | "event_id", id: number) => {
    const rows = await db
      .selectFrom("mentions")
      .select(["id", "event_id", "article_id", "outlet", "published", "payload"])
      .where(column, "=", id)
      .orderBy("id")
      .execute();
    return rows.map(
      (r): StoredMention => ({
        id: Number(r.id),
        eventId: Number(r.event_id),
        articleId: Number(r.article_id),
        outlet: r.outlet,
        published: r.published,
        event: JSON.parse(r.payload) as CodedEvent,
      }),
    );
  };

  return {
    articles: async (q) => {
      let query = db
        .selectFrom("articles")
        .select((eb) => [
          "id",
          "doc_id",
          "content_hash",
          "outlet_key",
          "outlet",
          "url",
          "title",
          "published",
          "source",
          "dictionary_version",
          "story_id",
          "is_copy",
          "ingested_at",
          eb
            .selectFrom("mentions")
            .select(eb.fn.countAll<number>().as("n"))
            .whereRef("mentions.article_id", "=", "articles.id")
            .as("mention_count"),
        ]);
      if (q.since) query = query.where("published", ">=", q.since);
      if (q.until) query = query.where("published", "<=", q.until);
      if (q.outlet) query = query.where("outlet", "=", q.outlet);
      const rows = await query
        .orderBy("published", "desc")
        .orderBy("id", "desc")
        .limit(q.limit)
        .offset(q.offset)
        .execute();
      return rows.map((r) => ({
        ...articleFromRow({ ...r, text: "" }),
        mentions: Number(r.mention_count ?? 0),
      }));
    },
    articleText: async (id) => {
      const row = await db.selectFrom("articles").select("text").where("id", "=", id).executeTakeFirst();
      return row?.text ?? null;
    },
    articleMentions: (articleId) => mentionsWhere("article_id", articleId),
    searchSentences: async (words, limit, offset) => {
      if (words.length === 0) return [];
      const rows = await db
        .selectFrom("sentences")
        .innerJoin("articles", "articles.id", "sentences.article_id")
        .select([
          "sentences.id as id",
          "sentences.article_id as article_id",
          "sentences.idx as idx",
          "sentences.text as text",
          "articles.title as title",
          "articles.outlet as outlet",
          "articles.published as published",
        ])
        .where("sentences.id", "in", config.fullText(words))
        .orderBy("articles.published", "desc")
        .orderBy("sentences.id")
        .limit(limit)
        .offset(offset)
        .execute();
      const ids = rows.map((r) => Number(r.id));
      const links =
        ids.length === 0
          ? []
          : await db
              .selectFrom("mention_sentences")
              .innerJoin("mentions", "mentions.id", "mention_sentences.mention_id")
              .select(["mention_sentences.sentence_id as sentence_id", "mentions.event_id as event_id"])
              .where("mention_sentences.sentence_id", "in", ids)
              .execute();
      const events = new Map<number, Set<number>>();
      for (const link of links) {
        const set = events.get(Number(link.sentence_id)) ?? new Set<number>();
        set.add(Number(link.event_id));
        events.set(Number(link.sentence_id), set);
      }
      return rows.map((r) => ({
        sentenceId: Number(r.id),
        articleId: Number(r.article_id),
        index: Number(r.idx),
        text: r.text,
        title: r.title,
        outlet: r.outlet,
        published: r.published,
        eventIds: [...(events.get(Number(r.id)) ?? [])].sort((x, y) => x - y),
      }));
    },
    directedTotals: async (window) => {
      let query = db
        .selectFrom("events")
        .select((eb) => [
          "source_code",
          "target_code",
          "source_country",
          "target_country",
          "quad_class",
          eb.fn.countAll<number>().as("n"),
          eb.fn.sum<number>("goldstein").as("g"),
          eb.fn.max("date").as("last"),
        ])
        .where("negated", "=", 0)
        .where("source_country", "<>", "")
        .where("target_country", "<>", "");
      if (window.since) query = query.where("date", ">=", window.since);
      if (window.until) query = query.where("date", "<=", window.until);
      if (window.actor) query = query.where(actorFilter(window.actor));
      const rows = await query
        .groupBy(["source_code", "target_code", "source_country", "target_country", "quad_class"])
        .execute();
      const pairs = new Map<string, DirectedTotals & { counts: Record<QuadClass, number> }>();
      for (const r of rows) {
        const sourceCode = r.source_code ?? r.source_country;
        const targetCode = r.target_code ?? r.target_country;
        const key = `${sourceCode}>${targetCode}`;
        const entry = pairs.get(key) ?? {
          sourceCode,
          targetCode,
          source: r.source_country,
          target: r.target_country,
          counts: { 1: 0, 2: 0, 3: 0, 4: 0 },
          goldsteinSum: 0,
          lastDate: "",
        };
        entry.counts[Number(r.quad_class) as QuadClass] += Number(r.n);
        pairs.set(key, {
          ...entry,
          goldsteinSum: entry.goldsteinSum + Number(r.g),
          lastDate: [String(r.last), entry.lastDate].sort()[1]!,
        });
      }
      return [...pairs.values()].sort((x, y) =>
        x.sourceCode < y.sourceCode
          ? -1
          : x.sourceCode > y.sourceCode
            ? 1
            : x.targetCode < y.targetCode
              ? -1
              : 1,
      );
    },
    close: async () => {
      await db.destroy();
      await config.onClose?.();
    },
  };
}
