/**
 * A dyad's time series: per period, the count of events in each QuadClass and the Goldstein sum
 * and mean, with empty periods filled in so that gaps show. Pure functions over day totals.
 *
 * @example
 * const series = dyadSeries(await store.dyadDayTotals("USA", "PRK"), "month");
 * sparkline(series.map((p) => p.goldsteinMean)); // "▅▅▁▂█▇…"
 */

import { addDays, firstDayAfter } from "../core/iso-date.js";
import { isoWeekLabel, mondayOf } from "../core/iso-week.js";
import type { QuadClass } from "../core/types.js";
import type { DyadDayTotal } from "../store/store.js";

/** Period of a series. @example "month" */
export type Period = "day" | "week" | "month";

/** One period of a series. @example { period: "2025-06", counts: { 1: 2, 2: 0, 3: 1, 4: 0 }, total: 3, goldsteinSum: 3, goldsteinMean: 1 } */
export interface SeriesPoint {
  readonly period: string;
  readonly counts: Readonly<Record<QuadClass, number>>;
  readonly total: number;
  readonly goldsteinSum: number;
  /** null for a period without events. */
  readonly goldsteinMean: number | null;
}

/** The ISO week of a date, e.g. 2025-W24. @example periodOf("2025-06-12", "week") // "2025-W24" */
export function periodOf(day: string, by: Period): string {
  if (by === "day") return day;
  if (by === "month") return day.slice(0, 7);
  return isoWeekLabel(day);
}

function nextDay(by: Period, day: string): string {
  if (by === "day") return addDays(day, 1);
  if (by === "week") return addDays(day, 7);
  return firstDayAfter(day, 1, "month");
}

function periodStart(day: string, by: Period): string {
  if (by === "month") return `${day.slice(0, 7)}-01`;
  if (by === "week") return mondayOf(day);
  return day;
}

/**
 * Folds day totals into periods, every period from the first to the last present.
 * @example dyadSeries([{ day: "2025-06-12", quadClass: 3, count: 1, goldsteinSum: -5 }], "week")
 */
export function dyadSeries(totals: readonly DyadDayTotal[], by: Period): SeriesPoint[] {
  if (totals.length === 0) return [];
  const sums = new Map<string, { counts: Record<QuadClass, number>; total: number; goldsteinSum: number }>();
  let first = totals[0]!.day;
  let last = first;
  for (const t of totals) {
    if (t.day < first) first = t.day;
    if (t.day > last) last = t.day;
    const key = periodOf(t.day, by);
    const entry = sums.get(key) ?? { counts: { 1: 0, 2: 0, 3: 0, 4: 0 }, total: 0, goldsteinSum: 0 };
    entry.counts[t.quadClass] += t.count;
    entry.total += t.count;
    entry.goldsteinSum += t.goldsteinSum;
    sums.set(key, entry);
  }
  const points: SeriesPoint[] = [];
  const end = periodOf(last, by);
  for (let day = periodStart(first, by); ; day = nextDay(by, day)) {
    const period = periodOf(day, by);
    const entry = sums.get(period);
    points.push({
      period,
      counts: entry?.counts ?? { 1: 0, 2: 0, 3: 0, 4: 0 },
      total: entry?.total ?? 0,
      goldsteinSum: round(entry?.goldsteinSum ?? 0),
      goldsteinMean: entry && entry.total > 0 ? round(entry.goldsteinSum / entry.total) : null,
    });
    if (period === end) break;
  }
  return points;
}

const round = (n: number) => Math.round(n * 100) / 100;
const BLOCKS = "▁▂▃▄▅▆▇█";

/**
 * One character per value, low to high; a space for a missing value.
 * @example sparkline([-5, 0, 5, null]) // "▁▅█ "
 */
export function sparkline(values: readonly (number | null)[]): string {
  const present = values.filter((v): v is number => v !== null);
  if (present.length === 0) return "";
  const min = Math.min(...present);
  const max = Math.max(...present);
  return values
    .map((v) => {
      if (v === null) return " ";
      if (max === min) return BLOCKS[3];
      return BLOCKS[Math.round(((v - min) / (max - min)) * (BLOCKS.length - 1))];
    })
    .join("");
}
