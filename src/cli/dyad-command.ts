/**
 * `parley dyad A B`: the relationship between two countries: events per QuadClass and Goldstein
 * per period with a sparkline, and the dialogue state. `--format json` prints the same content.
 *
 * @example
 * parley dyad USA PRK --by month
 */
import { type Contact, type DialogueState, dialogueState } from "../analytics/dialogue-state.js";
import { dyadSeries, type Period, type SeriesPoint, sparkline } from "../analytics/dyad-series.js";
import { dateLabel } from "../core/date-precision.js";
import { ParleyError } from "../core/errors.js";
import type { Store } from "../store/store.js";
import type { CommandIo } from "./code-command.js";

/** Options of `parley dyad`. @example { by: "month", format: "table" } */
export interface DyadCommandOptions {
  readonly by: Period;
  readonly format: "table" | "json";
  readonly since?: string;
}

/** Everything `parley dyad` shows. @example report.dialogue.lastSummit */
export interface DyadReport {
  readonly dyad: readonly [string, string];
  readonly by: Period;
  readonly series: readonly SeriesPoint[];
  readonly sparkline: string;
  readonly totals: {
    readonly events: number;
    readonly goldsteinSum: number;
    readonly goldsteinMean: number | null;
  };
  readonly dialogue: DialogueState;
}

/**
 * Computes the report from the store.
 * @example await dyadReport(store, "USA", "PRK", "month")
 */
export async function dyadReport(
  store: Store,
  a: string,
  b: string,
  by: Period,
  since?: string,
): Promise<DyadReport> {
  const [x, y] = [a.toUpperCase(), b.toUpperCase()];
  for (const code of [x, y]) {
    if (!/^[A-Z]{3}$/.test(code))
      throw new ParleyError(
        "E_USAGE",
        `dyad: expected three-letter country codes such as USA PRK, got "${code}"`,
      );
  }
  const totals = await store.dyadDayTotals(x, y, since ? { since } : {});
  const series = dyadSeries(totals, by);
  const events = series.reduce((n, p) => n + p.total, 0);
  const goldsteinSum = Math.round(series.reduce((n, p) => n + p.goldsteinSum, 0) * 100) / 100;
  return {
    dyad: [x, y],
    by,
    series,
    sparkline: sparkline(series.map((p) => p.goldsteinMean)),
    totals: {
      events,
      goldsteinSum,
      goldsteinMean: events > 0 ? Math.round((goldsteinSum / events) * 100) / 100 : null,
    },
    dialogue: dialogueState(
      (await store.dialogueEvents(x, y)).filter((e) => !since || e.date >= since),
      [x, y],
      totals,
    ),
  };
}

/**
 * Prints the report.
 * @example await runDyadCommand(store, "USA", "PRK", { by: "month", format: "json" }, io)
 */
export async function runDyadCommand(
  store: Store,
  a: string,
  b: string,
  options: DyadCommandOptions,
  io: CommandIo,
): Promise<void> {
  const report = await dyadReport(store, a, b, options.by, options.since);
  io.out(options.format === "json" ? `${JSON.stringify(report, null, 2)}\n` : renderDyad(report));
}

const signed = (n: number | null) => (n === null ? "—" : n > 0 ? `+${n}` : String(n));

/** A contact in one line. @example describeContact(c) // "2025-06-11 REJECT 125 (unconfirmed; per PRKMED; unconfirmed by USA)" */
export function describeContact(c: Contact | null): string {
  if (!c) return "—";
  const date = dateLabel(c.date, c.datePrecision);
  const notes = [
    c.status,
    c.claimedBy.length ? `per ${c.claimedBy.join(", ")}` : "",
    c.confirmedBy.length ? `confirmed by ${c.confirmedBy.join(", ")}` : "",
    c.unconfirmedBy.length ? `unconfirmed by ${c.unconfirmedBy.join(", ")}` : "",
    c.deniedBy.length ? `denied by ${c.deniedBy.join(", ")}` : "",
  ].filter(Boolean);
  return `${date} ${c.source}→${c.target} ${c.type ?? "statement"} ${c.cameo}${c.location ? ` in ${c.location}` : ""} (${notes.join("; ")})`;
}

/** The terminal rendering. @example renderDyad(report) */
export function renderDyad(report: DyadReport): string {
  const [a, b] = report.dyad;
  const lines: string[] = [];
  const first = report.series[0]?.period;
  const last = report.series[report.series.length - 1]?.period;
  lines.push(
    `${a}–${b} by ${report.by}${first ? `, ${first} … ${last}` : ""}: ${report.totals.events} event(s), Goldstein sum ${signed(report.totals.goldsteinSum)}, mean ${signed(report.totals.goldsteinMean)}`,
  );
  if (report.series.length > 0) {
    lines.push(`Goldstein mean per ${report.by}: ${report.sparkline}`, "");
    lines.push(
      `${"period".padEnd(10)} ${"v.coop".padStart(6)} ${"m.coop".padStart(6)} ${"v.conf".padStart(6)} ${"m.conf".padStart(6)} ${"sum".padStart(7)} ${"mean".padStart(6)}`,
    );
    for (const p of report.series) {
      if (p.total === 0) continue;
      lines.push(
        `${p.period.padEnd(10)} ${String(p.counts[1]).padStart(6)} ${String(p.counts[2]).padStart(6)} ${String(p.counts[3]).padStart(6)} ${String(p.counts[4]).padStart(6)} ${signed(p.goldsteinSum).padStart(7)} ${signed(p.goldsteinMean).padStart(6)}`,
      );
    }
  }
  const d = report.dialogue;
  lines.push("", "Dialogue state");
  for (const c of d.channels) {
    lines.push(`  ${c.channel.padEnd(9)} ${a}→${b}: ${describeContact(c.forward)}`);
    lines.push(`  ${"".padEnd(9)} ${b}→${a}: ${describeContact(c.backward)}`);
  }
  lines.push(`  last summit: ${describeContact(d.lastSummit)}`);
  if (d.recalledSummit)
    lines.push(
      `  summit recalled by the latest reports (${d.recalledSummit.lastSeen}): ${describeContact(d.recalledSummit)}`,
    );
  lines.push(`  offers still unanswered: ${d.unansweredOffers.length === 0 ? "none" : ""}`);
  for (const o of d.unansweredOffers) lines.push(`    ${describeContact(o)}`);
  lines.push(`  rejected overtures: ${d.rejectedOvertures.length === 0 ? "none" : ""}`);
  for (const r of d.rejectedOvertures) lines.push(`    ${describeContact(r)}`);
  const t = d.trend;
  lines.push(
    `  trend: ${t.label}${t.recentMean === null ? "" : ` (mean Goldstein ${signed(t.recentMean)} over ${t.events} event(s) ${t.since} … ${t.until}; ${t.direction}${t.previousMean === null ? "" : ` from ${signed(t.previousMean)}`})`}`,
  );
  return `${lines.join("\n")}\n`;
}
