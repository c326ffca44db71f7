/**
 * Relationship routes: actors (with roles over time and counterparts), the most active dyads with
 * sparkline series, one dyad's time series and dialogue state, and the actor network.
 *
 * @example
 * GET /dyads?limit=8
 * GET /dyads/USA-PRK?by=month
 */
import { dialogueState } from "../analytics/dialogue-state.js";
import { dyadSeries } from "../analytics/dyad-series.js";
import { addDays } from "../core/iso-date.js";
import type { QuadClass } from "../core/types.js";
import type { DirectedTotals } from "./analyst-queries.js";
import { actorParams, actorsQuery, dyadParams, dyadQuery, dyadsQuery, networkQuery } from "./api-params.js";
import { defineRoute, pageOf } from "./api-route.js";
import { actorsOnDate } from "./event-routes.js";

/** Cooperation, conflict and Goldstein totals. @example { events: 3, cooperation: 2, conflict: 1, goldsteinSum: 4.5 } */
interface Tally {
  events: number;
  cooperation: number;
  conflict: number;
  goldsteinSum: number;
  lastDate: string;
}

const emptyTally = (): Tally => ({ events: 0, cooperation: 0, conflict: 0, goldsteinSum: 0, lastDate: "" });

function addTo(tally: Tally, t: DirectedTotals): void {
  const c = t.counts as Record<QuadClass, number>;
  tally.events += c[1] + c[2] + c[3] + c[4];
  tally.cooperation += c[1] + c[2];
  tally.conflict += c[3] + c[4];
  tally.goldsteinSum = Math.round((tally.goldsteinSum + t.goldsteinSum) * 100) / 100;
  if (t.lastDate > tally.lastDate) tally.lastDate = t.lastDate;
}

const byEventsThen =
  <T extends { events: number }>(key: (x: T) => string) =>
  (x: T, y: T) =>
    y.events - x.events || (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0);

/** Directed totals folded into unordered country pairs. */
function dyadTallies(totals: readonly DirectedTotals[]) {
  const pairs = new Map<string, Tally & { a: string; b: string }>();
  for (const t of totals) {
    if (t.source === t.target) continue;
    const [a, b] = [t.source, t.target].sort() as [string, string];
    const entry = pairs.get(`${a}-${b}`) ?? { a, b, ...emptyTally() };
    addTo(entry, t);
    pairs.set(`${a}-${b}`, entry);
  }
  return [...pairs.values()].sort(byEventsThen((d) => `${d.a}-${d.b}`));
}

/** The relationship routes. @example relationRoutes.length */
export const relationRoutes = [
  defineRoute({
    method: "GET",
    url: "/actors",
    summary: "Actor codes seen in events, most active first (events, then code)",
    tag: "actors",
    query: actorsQuery,
    handler: async ({ queries }, { query }) => {
      const actors = new Map<
        string,
        Tally & { code: string; country: string; asSource: number; asTarget: number }
      >();
      for (const t of await queries.directedTotals(query)) {
        for (const [code, country, role] of [
          [t.sourceCode, t.source, "asSource"],
          [t.targetCode, t.target, "asTarget"],
        ] as const) {
          const entry = actors.get(code) ?? { code, country, asSource: 0, asTarget: 0, ...emptyTally() };
          const before = entry.events;
          addTo(entry, t);
          entry[role] += entry.events - before;
          actors.set(code, entry);
        }
      }
      const sorted = [...actors.values()].sort(byEventsThen((a) => a.code));
      return pageOf(sorted.slice(query.offset, query.offset + query.limit + 1), query.limit, query.offset);
    },
  }),
  defineRoute({
    method: "GET",
    url: "/actors/:code",
    summary:
      "One actor (code prefix or country): roles over time of its people, top counterparts, recent events",
    tag: "actors",
    params: actorParams,
    handler: async ({ store, queries, people }, { params }) => {
      const { code } = params;
      const totals = await queries.directedTotals({ actor: code });
      const overall = emptyTally();
      const counterparts = new Map<string, Tally & { country: string }>();
      for (const t of totals) {
        addTo(overall, t);
        const other = t.sourceCode.startsWith(code) || t.source === code ? t.target : t.source;
        const entry = counterparts.get(other) ?? { country: other, ...emptyTally() };
        addTo(entry, t);
        counterparts.set(other, entry);
      }
      // Events are listed oldest first; the latest year of the record holds the recent ones.
      const recent =
        overall.lastDate === ""
          ? []
          : (await store.events({ actor: code, since: addDays(overall.lastDate, -366) }))
              .slice(-20)
              .reverse();
      const taking = new Map<string, number>();
      for (const event of recent.slice(0, 10)) {
        for (const actor of actorsOnDate(await store.mentions(event.id), event.date, people)) {
          if (actor.actorId?.startsWith("person:") && actor.code.startsWith(code.slice(0, 3)))
            taking.set(actor.actorId, (taking.get(actor.actorId) ?? 0) + 1);
        }
      }
      const known = new Set(taking.keys());
      const peopleOfActor = [
        ...[...taking.entries()]
          .sort((x, y) => y[1] - x[1])
          .flatMap(([id, events]) => {
            const person = people.person(id);
            return person ? [{ ...person, recentEvents: events }] : [];
          }),
        ...people
          .ofActor(code)
          .filter((p) => !known.has(p.id))
          .slice(0, 12)
          .map((p) => ({ ...p, recentEvents: 0 })),
      ];
      return {
        code,
        country: code.slice(0, 3),
        totals: overall,
        people: peopleOfActor,
        counterparts: [...counterparts.values()]
          .filter((c) => c.country !== code.slice(0, 3))
          .sort(byEventsThen((c) => c.country))
          .slice(0, 15),
        recentEvents: recent,
      };
    },
  }),
  defineRoute({
    method: "GET",
    url: "/dyads",
    summary:
      "Country pairs, most active first (events, then codes), with monthly cooperation and conflict counts",
    tag: "dyads",
    query: dyadsQuery,
    handler: async ({ store, queries }, { query }) => {
      const { since, until, limit, offset } = query;
      const window = { ...(since ? { since } : {}), ...(until ? { until } : {}) };
      const dyads = dyadTallies(await queries.directedTotals(window)).slice(offset, offset + limit + 1);
      const items = await Promise.all(
        dyads.map(async (d, i) => ({
          ...d,
          series:
            i < limit
              ? dyadSeries(await store.dyadDayTotals(d.a, d.b, window), "month").map((p) => ({
                  period: p.period,
                  cooperation: p.counts[1] + p.counts[2],
                  conflict: p.counts[3] + p.counts[4],
                  goldsteinMean: p.goldsteinMean,
                }))
              : [],
        })),
      );
      return pageOf(items, limit, offset);
    },
  }),
  defineRoute({
    method: "GET",
    url: "/dyads/:dyad",
    summary:
      "One dyad (A-B): QuadClass counts and Goldstein per period, dialogue state, contacts by channel, historical references",
    tag: "dyads",
    params: dyadParams,
    query: dyadQuery,
    handler: async ({ store }, { params, query }) => {
      const [a, b] = params.dyad;
      const window = {
        ...(query.since ? { since: query.since } : {}),
        ...(query.until ? { until: query.until } : {}),
      };
      const [totals, dialogueEvents, events] = await Promise.all([
        store.dyadDayTotals(a, b, window),
        store.dialogueEvents(a, b),
        store.dyadEvents(a, b, query.since ? { since: query.since } : {}),
      ]);
      const inWindow = events.filter((e) => !query.until || e.date <= query.until);
      return {
        dyad: [a, b],
        by: query.by,
        series: dyadSeries(totals, query.by),
        dialogue: dialogueState(dialogueEvents, [a, b], totals),
        contacts: inWindow.filter((e) => e.channel !== null && !e.historical),
        historical: inWindow.filter((e) => e.historical),
        events: inWindow.length,
      };
    },
  }),
  defineRoute({
    method: "GET",
    url: "/network",
    summary:
      "Countries as nodes and country pairs as edges, weighted by events, with cooperation and conflict",
    tag: "dyads",
    query: networkQuery,
    handler: async ({ queries }, { query }) => {
      const { minEvents, ...window } = query;
      const edges = dyadTallies(await queries.directedTotals(window)).filter((d) => d.events >= minEvents);
      const nodes = new Map<string, number>();
      for (const e of edges) {
        nodes.set(e.a, (nodes.get(e.a) ?? 0) + e.events);
        nodes.set(e.b, (nodes.get(e.b) ?? 0) + e.events);
      }
      return {
        nodes: [...nodes.entries()]
          .map(([id, events]) => ({ id, events }))
          .sort((x, y) => y.events - x.events || (x.id < y.id ? -1 : 1)),
        edges,
      };
    },
  }),
];
