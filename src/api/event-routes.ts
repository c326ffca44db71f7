/**
 * Event routes: the filtered list (every filter of `parley events`), one event with its mentions
 * and the roles its actors held that day, full-text search, and exports.
 *
 * @example
 * GET /events?dyad=USA-PRK&since=2025-01-01&limit=20
 * GET /events/12
 */
import { Readable } from "node:stream";
import { csvHeader, csvRows, gdeltRow, ploverRecord } from "../cli/event-formats.js";
import { ParleyError } from "../core/errors.js";
import type { EventActor } from "../core/types.js";
import type { MergedEvent, Store, StoredMention } from "../store/store.js";
import { defineRoute, pageOf } from "./api-route.js";
import { eventsQuery, exportQuery, idParams, searchQuery } from "./api-params.js";
import type { PeopleIndex } from "./people-index.js";

/** One event by id, or E_NOT_FOUND. @example await eventById(store, 12) */
export async function eventById(store: Store, id: number): Promise<MergedEvent> {
  const [event] = await store.eventPage(id - 1, 1);
  if (!event || event.id !== id) throw new ParleyError("E_NOT_FOUND", `event ${id} not found`);
  return event;
}

/** An actor of an event with the role its person held on the event's date. @example { side: "source", code: "PRKGOV", role: { title: "…" } } */
export interface ActorOnDate extends EventActor {
  readonly side: "source" | "target";
  readonly role: { readonly title: string; readonly from: string; readonly to: string | null } | null;
}

/**
 * The distinct actors of an event's mentions, with roles on `date`.
 * @example actorsOnDate(mentions, "2018-06-12", people)[0].role?.title
 */
export function actorsOnDate(
  mentions: readonly StoredMention[],
  date: string,
  people: PeopleIndex,
): ActorOnDate[] {
  const seen = new Map<string, ActorOnDate>();
  for (const m of mentions) {
    for (const side of ["source", "target"] as const) {
      for (const actor of m.event[side]) {
        const key = `${side}|${actor.actorId ?? actor.code}|${actor.actorId ? "" : actor.text.toLowerCase()}`;
        if (seen.has(key)) continue;
        const role = actor.actorId ? people.roleOn(actor.actorId, date) : null;
        seen.set(key, {
          ...actor,
          side,
          role: role ? { title: role.title, from: role.from, to: role.to ?? null } : null,
        });
      }
    }
  }
  return [...seen.values()];
}

async function* exportChunks(store: Store, format: "plover-json" | "csv" | "gdelt-tsv") {
  if (format === "csv") yield csvHeader();
  if (format === "plover-json") yield "[";
  let count = 0;
  for (let after = 0; ; ) {
    const batch = await store.eventPage(after, 2_000);
    if (batch.length === 0) break;
    after = batch[batch.length - 1]!.id;
    if (format === "csv") yield csvRows(batch);
    else if (format === "gdelt-tsv") yield batch.map(gdeltRow).join("");
    else
      yield batch
        .map((e, i) => `${count + i === 0 ? "\n" : ",\n"}${JSON.stringify(ploverRecord(e))}`)
        .join("");
    count += batch.length;
  }
  if (format === "plover-json") yield count === 0 ? "]\n" : "\n]\n";
}

const EXPORT_TYPES = {
  "plover-json": ["application/json; charset=utf-8", "json"],
  csv: ["text/csv; charset=utf-8", "csv"],
  "gdelt-tsv": ["text/tab-separated-values; charset=utf-8", "tsv"],
} as const;

/** The event routes. @example eventRoutes.map((r) => r.url) */
export const eventRoutes = [
  defineRoute({
    method: "GET",
    url: "/events",
    summary: "Merged events, oldest first (date, then id), with every filter of `parley events`",
    tag: "events",
    query: eventsQuery,
    handler: async ({ store }, { query }) => {
      const { limit, offset, ...filters } = query;
      const events = await store.events({ ...filters, limit: limit + 1, offset });
      return pageOf(events, limit, offset);
    },
  }),
  defineRoute({
    method: "GET",
    url: "/events/:id",
    summary: "One merged event with its mentions (sentence, offsets, rule) and its actors' roles that day",
    tag: "events",
    params: idParams,
    handler: async ({ store, people }, { params }) => {
      const event = await eventById(store, params.id);
      const mentions = await store.mentions(event.id);
      const articles = new Map<number, { title: string | null; url: string | null }>();
      for (const m of mentions) {
        if (articles.has(m.articleId)) continue;
        const article = await store.article(m.articleId);
        articles.set(m.articleId, { title: article?.title ?? null, url: article?.url ?? null });
      }
      return {
        event,
        cameoName: mentions[0]?.event.cameoName ?? null,
        actors: actorsOnDate(mentions, event.date, people),
        mentions: mentions.flatMap((m) =>
          m.event.mentions.map((evidence) => ({
            mentionId: m.id,
            articleId: m.articleId,
            articleTitle: articles.get(m.articleId)?.title ?? null,
            outlet: m.outlet,
            published: m.published,
            ...evidence,
          })),
        ),
      };
    },
  }),
  defineRoute({
    method: "GET",
    url: "/search",
    summary: "Full-text search over coded sentences, newest articles first, with the events they prove",
    tag: "search",
    query: searchQuery,
    handler: async ({ queries }, { query }) => {
      const words = query.q.match(/[\p{L}\p{N}]+/gu) ?? [];
      const hits = await queries.searchSentences(words, query.limit + 1, query.offset);
      return { q: query.q, ...pageOf(hits, query.limit, query.offset) };
    },
  }),
  defineRoute({
    method: "GET",
    url: "/export",
    summary: "Every merged event as PLOVER JSON, CSV or GDELT-layout TSV (docs/export-formats.md)",
    tag: "export",
    query: exportQuery,
    produces: "application/json, text/csv, text/tab-separated-values",
    handler: async ({ store }, { query, reply }) => {
      const [type, extension] = EXPORT_TYPES[query.format];
      reply.type(type).header("content-disposition", `attachment; filename="parley-events.${extension}"`);
      return Readable.from(exportChunks(store, query.format));
    },
  }),
];
