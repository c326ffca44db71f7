/**
 * The read side of the store: merged events by filter, by dyad, per day, and for the dialogue
 * state. Shared by both dialects; only full-text search differs.
 *
 * @example
 * const queries = eventQueries(db, fullText, "auto");
 * await queries.dyadDayTotals("USA", "PRK");
 */
import type { Expression, ExpressionBuilder, Kysely, SqlBool } from "kysely";
import { CHANNELS, LIST_LIMIT, OFFER_ROOTS, RESPONSE_ROOTS } from "../analytics/dialogue-state.js";
import type { CodedEvent, QuadClass } from "../core/types.js";
import { eventFromRow } from "./event-rows.js";
import type { Database } from "./schema.js";
import type { DyadDayTotal, EventQuery, Store, TextSearchPlan } from "./store.js";
import { type FullTextSearch, searchEventsByText } from "./text-search.js";

/** The Store methods this module provides. @example Pick<Store, "events" | "dyadDayTotals"> */
export type EventQueries = Pick<
  Store,
  "events" | "mentions" | "dialogueEvents" | "dyadEvents" | "dyadDayTotals" | "eventPage"
>;

const dyadFilter =
  (a: string, b: string) =>
  (eb: ExpressionBuilder<Database, "events">): Expression<SqlBool> =>
    eb.or([
      eb.and([eb("source_country", "=", a), eb("target_country", "=", b)]),
      eb.and([eb("source_country", "=", b), eb("target_country", "=", a)]),
    ]);

/**
 * Events in which an actor takes part, by country or by code prefix.
 * @example db.selectFrom("events").where(actorFilter("PRK"))
 */
export const actorFilter =
  (code: string) =>
  (eb: ExpressionBuilder<Database, "events">): Expression<SqlBool> => {
    const actor = code.toUpperCase();
    return eb.or([
      eb("source_country", "=", actor),
      eb("target_country", "=", actor),
      eb("source_code", "like", `${actor}%`),
      eb("target_code", "like", `${actor}%`),
    ]);
  };

const dayTotal = (r: { date: string; quad_class: number; n: unknown; g: unknown }): DyadDayTotal => ({
  day: r.date,
  quadClass: Number(r.quad_class) as QuadClass,
  count: Number(r.n),
  goldsteinSum: Number(r.g),
});

const compareDayTotals = (l: DyadDayTotal, r: DyadDayTotal) =>
  l.day < r.day ? -1 : l.day > r.day ? 1 : l.quadClass - r.quadClass;

/**
 * Merges two lists sorted by day and QuadClass, adding up the entries they share.
 * @example mergeDayTotals(usaToPrk, prkToUsa)
 */
export function mergeDayTotals(p: readonly DyadDayTotal[], q: readonly DyadDayTotal[]): DyadDayTotal[] {
  const merged: DyadDayTotal[] = [];
  let i = 0;
  let j = 0;
  while (i < p.length || j < q.length) {
    const order = j >= q.length ? -1 : i >= p.length ? 1 : compareDayTotals(p[i]!, q[j]!);
    if (order < 0) merged.push(p[i++]!);
    else if (order > 0) merged.push(q[j++]!);
    else {
      const [left, right] = [p[i]!, q[j]!];
      merged.push({
        ...left,
        count: left.count + right.count,
        goldsteinSum: left.goldsteinSum + right.goldsteinSum,
      });
      i++;
      j++;
    }
  }
  return merged;
}

/**
 * The query methods over one database.
 * @example eventQueries(db, fullText, "auto").events({ dyad: ["USA", "PRK"] })
 */
export function eventQueries(
  db: Kysely<Database>,
  fullText: FullTextSearch,
  textSearch: TextSearchPlan,
): EventQueries {
  return {
    events: async (q: EventQuery) => {
      let query = db.selectFrom("events").selectAll();
      if (q.actor) query = query.where(actorFilter(q.actor));
      if (q.dyad) query = query.where(dyadFilter(q.dyad[0].toUpperCase(), q.dyad[1].toUpperCase()));
      if (q.type) {
        const type = q.type.toUpperCase();
        query = /^\d+$/.test(type)
          ? query.where("cameo", "like", `${type}%`)
          : query.where("type", "=", type);
      }
      if (q.since) query = query.where("date", ">=", q.since);
      if (q.until) query = query.where("date", "<=", q.until);
      if (q.status) query = query.where("status", "=", q.status);
      if (q.channel) query = query.where("channel", "=", q.channel);
      if (q.text) {
        const words = q.text.match(/[\p{L}\p{N}]+/gu) ?? [];
        if (words.length === 0) return [];
        return (await searchEventsByText(db, fullText, query, words, q, textSearch)).map(eventFromRow);
      }
      query = query.orderBy("date").orderBy("id");
      if (q.limit !== undefined) query = query.limit(q.limit);
      if (q.offset !== undefined) query = query.offset(q.offset);
      return (await query.execute()).map(eventFromRow);
    },
    mentions: async (eventId) => {
      const rows = await db
        .selectFrom("mentions")
        .select(["id", "event_id", "article_id", "outlet", "published", "payload"])
        .where("event_id", "=", eventId)
        .orderBy("id")
        .execute();
      return rows.map((r) => ({
        id: Number(r.id),
        eventId: Number(r.event_id),
        articleId: Number(r.article_id),
        outlet: r.outlet,
        published: r.published,
        event: JSON.parse(r.payload) as CodedEvent,
      }));
    },
    dialogueEvents: async (a, b) => {
      const [x, y] = [a.toUpperCase(), b.toUpperCase()];
      const base = () => db.selectFrom("events").selectAll().where("negated", "=", 0);
      const way = (src: string, dst: string) =>
        base().where("source_country", "=", src).where("target_country", "=", dst);
      const both = () => base().where(dyadFilter(x, y));
      const newest = <Q extends ReturnType<typeof base>>(q: Q, n: number) =>
        q.orderBy("date", "desc").orderBy("id", "desc").limit(n).execute();
      const ways: readonly (readonly [string, string])[] = [
        [x, y],
        [y, x],
      ];
      const batches = await Promise.all([
        ...CHANNELS.flatMap((channel) =>
          ways.map(([s, t]) =>
            newest(way(s, t).where("channel", "=", channel).where("modality", "=", "actual"), 1),
          ),
        ),
        ...ways.map(([s, t]) =>
          newest(
            way(s, t).where((eb) =>
              eb.or([eb("cameo_root", "in", [...RESPONSE_ROOTS]), eb("type", "in", ["REJECT", "AGREE"])]),
            ),
            1,
          ),
        ),
        // Later reports may recall an old summit: the most recently reported ones.
        both()
          .where("channel", "=", "summit")
          .orderBy("last_seen", "desc")
          .orderBy("id", "desc")
          .limit(LIST_LIMIT * 2)
          .execute(),
        // One direction at a time, so that each query walks the dyad index newest first.
        ...ways.map(([s, t]) =>
          newest(
            way(s, t)
              .where((eb) => eb.or([eb("cameo_root", "in", [...OFFER_ROOTS]), eb("type", "=", "REQUEST")]))
              .where("historical", "=", 0),
            LIST_LIMIT * 5,
          ),
        ),
        ...ways.map(([s, t]) =>
          newest(
            way(s, t).where((eb) => eb.or([eb("cameo_root", "=", "12"), eb("type", "=", "REJECT")])),
            LIST_LIMIT,
          ),
        ),
      ]);
      const byId = new Map(batches.flat().map((row) => [Number(row.id), row]));
      return [...byId.values()]
        .map(eventFromRow)
        .sort((p, q) => (p.date < q.date ? -1 : p.date > q.date ? 1 : p.id - q.id));
    },
    dyadEvents: async (a, b, options = {}) => {
      let query = db.selectFrom("events").selectAll().where(dyadFilter(a.toUpperCase(), b.toUpperCase()));
      if (options.since) query = query.where("date", ">=", options.since);
      return (await query.orderBy("date").orderBy("id").execute()).map(eventFromRow);
    },
    dyadDayTotals: async (a, b, options = {}) => {
      const [x, y] = [a.toUpperCase(), b.toUpperCase()];
      // One query per direction: each reads the covering dyad index already in (date, quad_class)
      // order; one query over both directions goes through a rowid set and a sort (7× slower at 10M events).
      const way = (source: string, target: string) => {
        let query = db
          .selectFrom("events")
          .select((eb) => [
            "date",
            "quad_class",
            eb.fn.countAll().as("n"),
            eb.fn.sum<number>("goldstein").as("g"),
          ])
          .where("source_country", "=", source)
          .where("target_country", "=", target)
          .where("negated", "=", 0)
          .where("modality", "<>", "hypothetical");
        if (options.since) query = query.where("date", ">=", options.since);
        if (options.until) query = query.where("date", "<=", options.until);
        return query.groupBy(["date", "quad_class"]).orderBy("date").orderBy("quad_class").execute();
      };
      const [forward, backward] = await Promise.all([way(x, y), x === y ? [] : way(y, x)]);
      return mergeDayTotals(forward.map(dayTotal), backward.map(dayTotal));
    },
    eventPage: async (afterId, size) =>
      (
        await db
          .selectFrom("events")
          .selectAll()
          .where("id", ">", afterId)
          .orderBy("id")
          .limit(size)
          .execute()
      ).map(eventFromRow),
  };
}
