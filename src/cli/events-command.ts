/**
 * `parley events`: merged events from the store, filtered; a table on a terminal, JSON, CSV or
 * GDELT-layout TSV otherwise.
 *
 * @example
 * parley events --dyad USA-PRK --since 2025-01-01 --format json
 */
import { ParleyError } from "../core/errors.js";
import type { AttributionStatus } from "../core/types.js";
import { parseIsoDate } from "../core/iso-date.js";
import type { EventQuery, Store } from "../store/store.js";
import type { CommandIo } from "./code-command.js";
import { eventsCsv, type EventsFormat, eventsTable, gdeltRow } from "./event-formats.js";

/** Options of `parley events`. @example { dyad: "USA-PRK", format: "json" } */
export interface EventsCommandOptions {
  readonly actor?: string;
  readonly dyad?: string;
  readonly type?: string;
  readonly since?: string;
  readonly until?: string;
  readonly status?: string;
  readonly text?: string;
  readonly limit?: string;
  readonly format: EventsFormat;
  readonly width?: number;
}

const STATUSES: readonly AttributionStatus[] = ["asserted", "confirmed", "denied", "unconfirmed"];

/** Parses "USA-PRK" (or "USA,PRK"). @example parseDyad("usa-prk") // ["USA", "PRK"] */
export function parseDyad(value: string): readonly [string, string] {
  const parts = value.split(/[-,/:]/).map((p) => p.trim().toUpperCase());
  if (parts.length !== 2 || parts.some((p) => !/^[A-Z]{3}$/.test(p))) {
    throw new ParleyError("E_USAGE", `--dyad: expected two country codes like USA-PRK, got "${value}"`);
  }
  return [parts[0]!, parts[1]!];
}

function checkedDate(option: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!parseIsoDate(value))
    throw new ParleyError("E_DATE", `${option}: "${value}" is not a real date in yyyy-mm-dd form`);
  return value;
}

/**
 * The store query the options describe; bad values are E_USAGE or E_DATE errors naming the option.
 * @example eventQuery({ dyad: "USA-PRK", format: "json" }).dyad // ["USA", "PRK"]
 */
export function eventQuery(options: EventsCommandOptions): EventQuery {
  const status = options.status?.toLowerCase();
  if (status !== undefined && !STATUSES.includes(status as AttributionStatus)) {
    throw new ParleyError(
      "E_USAGE",
      `--status: expected one of ${STATUSES.join(", ")}, got "${options.status}"`,
    );
  }
  const limit = options.limit === undefined ? undefined : Number(options.limit);
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) {
    throw new ParleyError("E_USAGE", `--limit: expected a positive whole number, got "${options.limit}"`);
  }
  const since = checkedDate("--since", options.since);
  const until = checkedDate("--until", options.until);
  return {
    ...(options.actor ? { actor: options.actor } : {}),
    ...(options.dyad ? { dyad: parseDyad(options.dyad) } : {}),
    ...(options.type ? { type: options.type } : {}),
    ...(since ? { since } : {}),
    ...(until ? { until } : {}),
    ...(status ? { status: status as AttributionStatus } : {}),
    ...(options.text ? { text: options.text } : {}),
    ...(limit ? { limit } : {}),
  };
}

/**
 * Prints the events.
 * @example await runEventsCommand(store, { format: "csv" }, io)
 */
export async function runEventsCommand(
  store: Store,
  options: EventsCommandOptions,
  io: CommandIo,
): Promise<void> {
  const events = await store.events(eventQuery(options));
  switch (options.format) {
    case "json":
      io.out(`${JSON.stringify(events, null, 2)}\n`);
      return;
    case "csv":
      io.out(eventsCsv(events));
      return;
    case "tsv":
      io.out(events.map(gdeltRow).join(""));
      return;
    case "table":
      io.out(eventsTable(events, options.width));
  }
}
