/**
 * Renders merged events as a terminal table, CSV, GDELT 2.0-layout TSV or PLOVER JSON. The columns
 * are documented in docs/export-formats.md; keep the two in step.
 *
 * @example
 * process.stdout.write(eventsCsv(events));
 */
import { dateLabel } from "../core/date-precision.js";
import type { MergedEvent } from "../store/store.js";

/** Output formats of `parley events`. @example "csv" */
export type EventsFormat = "table" | "json" | "csv" | "tsv";

/** Columns of the CSV export, in order. @example CSV_COLUMNS[0] // "id" */
export const CSV_COLUMNS = [
  "id",
  "uid",
  "date",
  "date_precision",
  "historical",
  "source",
  "source_country",
  "target",
  "target_country",
  "plover_type",
  "mode",
  "context",
  "cameo",
  "cameo_root",
  "quad_class",
  "goldstein",
  "status",
  "channel",
  "location",
  "modality",
  "negated",
  "num_mentions",
  "num_articles",
  "num_outlets",
  "num_reports",
  "first_seen",
  "last_seen",
  "reporters",
  "confirmed_by",
  "unconfirmed_by",
  "denied_by",
  "confidence",
  "evidence",
] as const;

const joinList = (values: readonly string[]) => values.join(";");

function csvValues(e: MergedEvent): (string | number | boolean | null)[] {
  return [
    e.id,
    e.uid,
    e.date,
    e.datePrecision,
    e.historical,
    e.sourceCode,
    e.sourceCountry,
    e.targetCode,
    e.targetCountry,
    e.type,
    e.mode,
    e.context,
    e.cameo,
    e.cameoRoot,
    e.quadClass,
    e.goldstein,
    e.status,
    e.channel,
    e.location,
    e.modality,
    e.negated,
    e.numMentions,
    e.numArticles,
    e.numOutlets,
    e.numReports,
    e.firstSeen,
    e.lastSeen,
    joinList(e.reporters.map((r) => r.code ?? r.text)),
    joinList(e.confirmedBy),
    joinList(e.unconfirmedBy),
    joinList(e.deniedBy),
    e.confidence,
    e.evidence,
  ];
}

/** RFC 4180 quoting; a leading =, +, - or @ is prefixed with ' so spreadsheets never run news text as a formula. */
function csvCell(value: string | number | boolean | null): string {
  if (value === null) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV header line. @example csvHeader() // "id,uid,date,…\n" */
export function csvHeader(): string {
  return `${CSV_COLUMNS.join(",")}\n`;
}

/** CSV rows, without the header. @example csvRows(events) */
export function csvRows(events: readonly MergedEvent[]): string {
  return events.map((e) => `${csvValues(e).map(csvCell).join(",")}\n`).join("");
}

/** CSV with its header. @example eventsCsv(events) */
export function eventsCsv(events: readonly MergedEvent[]): string {
  return csvHeader() + csvRows(events);
}

const tsvCell = (value: string | number | null) =>
  value === null ? "" : String(value).replace(/[\t\r\n]+/g, " ");
const compact = (date: string) => date.replace(/-/g, "");
const sector = (code: string | null, country: string | null) =>
  code && country && code.startsWith(country) ? code.slice(country.length) : "";

/**
 * One row in the 61-column GDELT 2.0 event layout (no header, as GDELT ships it); fields Parley does not know are empty.
 * @example gdeltRow(event).split("\t").length // 61
 */
export function gdeltRow(e: MergedEvent): string {
  const [y, m, d] = e.date.split("-").map(Number);
  const fraction = (y! + ((m! - 1) * 30 + d!) / 365).toFixed(4);
  const actor = (code: string | null, country: string | null) => [
    code,
    null,
    country,
    null,
    null,
    null,
    null,
    sector(code, country) || null,
    null,
    null,
  ];
  const geo = (name: string | null) => [name ? 4 : null, name, null, null, null, null, null, null];
  const cells: (string | number | null)[] = [
    e.id,
    compact(e.date),
    compact(e.date).slice(0, 6),
    y!,
    fraction,
    ...actor(e.sourceCode, e.sourceCountry),
    ...actor(e.targetCode, e.targetCountry),
    1,
    e.cameo,
    e.cameo.slice(0, 3),
    e.cameoRoot,
    e.quadClass,
    e.goldstein,
    e.numMentions,
    e.numOutlets,
    e.numArticles,
    null,
    ...geo(null),
    ...geo(null),
    ...geo(e.location),
    `${compact(e.lastSeen)}000000`,
    `parley:event/${e.uid}`,
  ];
  return `${cells.map(tsvCell).join("\t")}\n`;
}

/** PLOVER-style record of an event. @example ploverRecord(event).event // "REJECT" */
export function ploverRecord(e: MergedEvent): Record<string, unknown> {
  return {
    id: e.uid,
    date: e.date,
    date_precision: e.datePrecision,
    actor1: e.sourceCode,
    actor1_country: e.sourceCountry,
    actor2: e.targetCode,
    actor2_country: e.targetCountry,
    event: e.type,
    mode: e.mode,
    context: e.context,
    cameo: e.cameo,
    quad_class: e.quadClass,
    goldstein: e.goldstein,
    location: e.location,
    channel: e.channel,
    historical: e.historical,
    negated: e.negated,
    modality: e.modality,
    status: e.status,
    confirmed_by: e.confirmedBy,
    unconfirmed_by: e.unconfirmedBy,
    denied_by: e.deniedBy,
    reporters: e.reporters,
    num_mentions: e.numMentions,
    num_articles: e.numArticles,
    num_sources: e.numOutlets,
    num_reports: e.numReports,
    first_seen: e.firstSeen,
    last_seen: e.lastSeen,
    confidence: e.confidence,
    text: e.evidence,
  };
}

/**
 * A fixed-width table for the terminal; evidence is cut to fit `width`.
 * @example eventsTable(events, 120)
 */
export function eventsTable(events: readonly MergedEvent[], width = 140): string {
  if (events.length === 0) return "no events\n";
  const header = [
    "id",
    "date",
    "type",
    "cameo",
    "source → target",
    "status",
    "channel",
    "art",
    "out",
    "evidence",
  ];
  const rows = events.map((e) => [
    String(e.id),
    e.datePrecision === "day" ? e.date : `${dateLabel(e.date, e.datePrecision)}${e.historical ? "*" : ""}`,
    e.type ?? "—",
    e.cameo,
    `${e.sourceCode ?? "?"} → ${e.targetCode ?? "—"}`,
    e.status,
    e.channel ?? "",
    String(e.numArticles),
    String(e.numOutlets),
    e.evidence,
  ]);
  const widths = header.map((h, i) =>
    i === header.length - 1 ? 0 : Math.max(h.length, ...rows.map((r) => r[i]!.length)),
  );
  const fixed = widths.reduce((n, w) => n + w + 2, 0);
  const room = Math.max(20, width - fixed);
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) =>
        i === cells.length - 1 ? (c.length > room ? `${c.slice(0, room - 1)}…` : c) : c.padEnd(widths[i]!),
      )
      .join("  ")
      .trimEnd();
  return `${[line(header), ...rows.map(line)].join("\n")}\n${events.length} event(s)\n`;
}
