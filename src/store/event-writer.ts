/**
 * Writes an article's coded events inside the caller's transaction: places each one in a merged
 * event (or starts one) and recomputes every merged event it touched from all of its mentions.
 *
 * @example
 * const touched = await placeMentions(trx, article, events, sentenceIds);
 * await recomputeEvents(trx, touched);
 */
import type { Kysely } from "kysely";
import { dateRange, searchWindow } from "../analytics/date-ranges.js";
import {
  chooseEvent,
  keyString,
  type MentionRecord,
  mergeKeyOf,
  summarizeMentions,
} from "../analytics/event-merge.js";
import { ParleyError } from "../core/errors.js";
import { addDays } from "../core/iso-date.js";
import type { Channel, CodedEvent, DatePrecision } from "../core/types.js";
import { eventColumns } from "./event-rows.js";
import type { Database } from "./schema.js";

/** The article whose events are written. @example { id: 3, outlet: "Harbor Times", published: "2025-06-12", reports: 1 } */
export interface MentionArticle {
  readonly id: number;
  readonly outlet: string | null;
  readonly published: string;
  readonly reports: number;
}

/**
 * Inserts one mention per coded event, each attached to its merged event; returns the merged event
 * ids that need recomputing (all those touched, except ones created here from a single mention).
 * @example await placeMentions(trx, article, coded.events, new Map([[0, 41]]))
 */
export async function placeMentions(
  db: Kysely<Database>,
  article: MentionArticle,
  events: readonly CodedEvent[],
  sentenceIds: ReadonlyMap<number, number>,
): Promise<Set<number>> {
  const touched = new Set<number>();
  // Events created here from one mention are already up to date; anything else is recomputed.
  const fresh = new Set<number>();
  for (const event of events) {
    if (!isRealDate(event.date)) {
      throw new ParleyError(
        "E_STORE",
        `article ${article.id}: event ${event.id}: field date: "${event.date}" is not a real yyyy-mm-dd date`,
      );
    }
    const key = keyString(mergeKeyOf(event));
    const [lo, hi] = searchWindow(event.date, event.datePrecision);
    const anchors = await db
      .selectFrom("events")
      .select(["id", "date", "date_precision", "channel", "location", "num_articles"])
      .where("merge_key", "=", key)
      // A stored range lies within one calendar year (dateRange), or is a week that starts at
      // most six days before one, so one that reaches `lo` starts no earlier than six days before
      // lo's year: the bound keeps the index scan to that stretch, where without it every older
      // event of the key was read (355 µs a lookup in a 100,000-article store). A decade ("the
      // 1990s") is found by another decade, not by a year inside it.
      .where("date_lo", ">=", addDays(dateRange(lo, "year")[0], -6))
      .where("date_lo", "<=", hi)
      .where("date_hi", ">=", lo)
      .execute();
    let eventId = chooseEvent(
      anchors.map((a) => ({
        id: Number(a.id),
        date: a.date,
        datePrecision: a.date_precision as DatePrecision,
        channel: a.channel as Channel | null,
        location: a.location,
        numArticles: Number(a.num_articles),
      })),
      event,
    );
    if (eventId === null) {
      const record: MentionRecord = {
        articleId: article.id,
        outlet: article.outlet,
        published: article.published,
        reports: article.reports,
        event,
      };
      const row = await db
        .insertInto("events")
        .values(eventColumns(summarizeMentions([record])))
        .returning("id")
        .executeTakeFirstOrThrow();
      eventId = Number(row.id);
      fresh.add(eventId);
    } else if (fresh.has(eventId)) {
      fresh.delete(eventId);
    } else {
      touched.add(eventId);
    }
    const mention = await db
      .insertInto("mentions")
      .values({
        event_id: eventId,
        article_id: article.id,
        outlet: article.outlet,
        published: article.published,
        merge_key: key,
        date: event.date,
        payload: JSON.stringify(event),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const links = [...new Set(event.mentions.map((m) => sentenceIds.get(m.sentence)))]
      .filter((id): id is number => id !== undefined)
      .map((sentence_id) => ({ mention_id: Number(mention.id), sentence_id }));
    if (links.length > 0) await db.insertInto("mention_sentences").values(links).execute();
    if (!fresh.has(eventId)) touched.add(eventId);
  }
  return touched;
}

/**
 * Recomputes merged events from their mentions; an event left with none is deleted, so nothing is orphaned.
 * @example await recomputeEvents(trx, new Set([4, 9]))
 */
export async function recomputeEvents(db: Kysely<Database>, eventIds: Iterable<number>): Promise<void> {
  for (const id of eventIds) {
    const rows = await db
      .selectFrom("mentions")
      .innerJoin("articles", "articles.id", "mentions.article_id")
      .innerJoin("stories", "stories.id", "articles.story_id")
      .select([
        "mentions.article_id",
        "mentions.outlet",
        "mentions.published",
        "mentions.payload",
        "stories.reports",
      ])
      .where("mentions.event_id", "=", id)
      .orderBy("mentions.id")
      .execute();
    if (rows.length === 0) {
      await db.deleteFrom("events").where("id", "=", id).execute();
      continue;
    }
    const records: MentionRecord[] = rows.map((r) => ({
      articleId: Number(r.article_id),
      outlet: r.outlet,
      published: r.published,
      reports: Number(r.reports),
      event: JSON.parse(r.payload) as CodedEvent,
    }));
    await db
      .updateTable("events")
      .set(eventColumns(summarizeMentions(records)))
      .where("id", "=", id)
      .execute();
  }
}

/**
 * Deletes an article's mentions, their sentence links and its sentences; returns the merged events they were part of.
 * @example const touched = await removeArticleEvents(trx, 3)
 */
export async function removeArticleEvents(db: Kysely<Database>, articleId: number): Promise<Set<number>> {
  const rows = await db
    .selectFrom("mentions")
    .select("event_id")
    .distinct()
    .where("article_id", "=", articleId)
    .execute();
  await db
    .deleteFrom("mention_sentences")
    .where("mention_id", "in", db.selectFrom("mentions").select("id").where("article_id", "=", articleId))
    .execute();
  await db.deleteFrom("mentions").where("article_id", "=", articleId).execute();
  await db.deleteFrom("sentences").where("article_id", "=", articleId).execute();
  return new Set(rows.map((r) => Number(r.event_id)));
}

function isRealDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}
