/**
 * `parley ingest PATH|URL...`: reads files, directories, feeds and URLs into the store. A progress
 * bar on a terminal (articles/s, ETA); on a pipe, a line every few seconds and a summary.
 *
 * @example
 * parley ingest samples/corpus https://example.org/feed.xml --workers 2 --db news.db
 */
import cliProgress from "cli-progress";
import { ParleyError } from "../core/errors.js";
import { createCoder } from "../index.js";
import { type ArticleCoding, inlineCoding } from "../ingest/article-coding.js";
import { CODING_BATCH } from "../ingest/coding-batch.js";
import { startCodingPool } from "../ingest/coding-pool.js";
import { type IngestReport, type IngestTotals, runIngest } from "../ingest/ingest-run.js";
import { expandInputs, ingestSources } from "../ingest/ingest-sources.js";
import { parseIsoDate } from "../core/iso-date.js";
import type { Store } from "../store/store.js";
import type { CommandIo } from "./code-command.js";
import { describeError } from "./exit-codes.js";
import { periodicCollector } from "./heap-collector.js";
import { parseWorkers } from "./workers-option.js";
import type { ParsedLimits } from "./limit-options.js";

export { parseWorkers } from "./workers-option.js";

/** Options of `parley ingest`. @example { date: "2025-06-12", workers: "2" } */
export interface IngestCommandOptions {
  readonly date?: string;
  readonly outlet?: string;
  readonly workers?: string;
  readonly dictionaries?: string;
  /** Show a progress bar; the CLI sets it when stderr is a terminal. */
  readonly tty?: boolean;
  /** The date used for articles without one when --date is absent. */
  readonly today: string;
  /** Read, coder and fetch limits; the defaults when absent. */
  readonly limits?: ParsedLimits;
}

const QUIET_INTERVAL_MS = 5_000;

/**
 * Runs the ingest; returns its report (the caller turns failures into exit code 1).
 * @example await runIngestCommand(store, ["samples/corpus"], { today: "2025-06-12" }, io)
 */
export async function runIngestCommand(
  store: Store,
  inputs: readonly string[],
  options: IngestCommandOptions,
  io: CommandIo,
): Promise<IngestReport> {
  if (inputs.length === 0)
    throw new ParleyError("E_USAGE", "ingest: name at least one file, directory or URL");
  if (options.date !== undefined && !parseIsoDate(options.date)) {
    throw new ParleyError("E_DATE", `--date: "${options.date}" is not a real date in yyyy-mm-dd form`);
  }
  const workers = parseWorkers(options.workers);
  const files = await expandInputs(inputs);
  const defaultDate = options.date ?? options.today;
  const coderOptions = {
    defaultDate,
    ...(options.dictionaries ? { dictionaryDir: options.dictionaries } : {}),
    ...(options.limits ? { limits: options.limits.coder } : {}),
  };
  const coding: ArticleCoding =
    workers > 1 ? await startCodingPool(workers, coderOptions) : inlineCoding(createCoder(coderOptions));
  const started = Date.now();
  const collect = periodicCollector();
  const progress = options.tty ? barProgress(files.length) : quietProgress(io, started);
  try {
    const report = await runIngest(
      store,
      coding,
      ingestSources(files, options.limits ? { read: options.limits.read, fetch: options.limits.fetch } : {}),
      {
        defaultDate,
        ...(options.outlet ? { outlet: options.outlet } : {}),
        // Enough articles in flight for every worker (or this thread) to code full batches.
        window: workers * CODING_BATCH,
      },
      {
        onProgress: (totals, source) => {
          progress.update(totals, source);
          collect(totals.read);
        },
        onFailure: (_source, error) => progress.log(`${describeError(error)}\n`, io),
      },
    );
    progress.stop();
    const seconds = (Date.now() - started) / 1000;
    io.out(`${summaryLine(report, files.length, store.location, seconds)}\n`);
    return report;
  } finally {
    progress.stop();
    await coding.close();
  }
}

/** The final line. @example summaryLine(report, 3, "parley.db", 1.5) */
export function summaryLine(t: IngestTotals, inputs: number, location: string, seconds: number): string {
  const rate = seconds > 0 ? Math.round(t.read / seconds) : t.read;
  return (
    `ingested ${t.read} article(s) from ${inputs} input(s) into ${location} in ${seconds.toFixed(1)} s (${rate}/s): ` +
    `${t.stored} new, ${t.copies} near-duplicate copies, ${t.recoded} re-coded, ${t.unchanged} already stored, ` +
    `${t.failed} failed; ${t.events} coded event(s)`
  );
}

interface Progress {
  readonly update: (totals: IngestTotals, source: string) => void;
  readonly log: (line: string, io: CommandIo) => void;
  readonly stop: () => void;
}

function barProgress(inputs: number): Progress {
  const bar = new cliProgress.SingleBar(
    {
      format:
        "ingest [{bar}] {value}/{total} articles | {speed}/s | ETA {eta_formatted} | {stored} new, {copies} copies, {unchanged} known, {failed} failed",
      stream: process.stderr,
      hideCursor: true,
      etaBuffer: 200,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  const sources = new Set<string>();
  let stopped = false;
  bar.start(Math.max(inputs, 1), 0, { speed: 0, stored: 0, copies: 0, unchanged: 0, failed: 0 });
  return {
    update: (t, source) => {
      sources.add(source);
      const done = t.stored + t.copies + t.recoded + t.unchanged + t.failed;
      // Collections hold many articles: estimate the total from the inputs read so far.
      const perInput = done / Math.max(sources.size, 1);
      bar.setTotal(Math.max(done, Math.round(perInput * inputs)));
      const seconds = (Date.now() - started) / 1000;
      bar.update(done, { speed: seconds > 0 ? Math.round(done / seconds) : 0, ...t });
    },
    log: (line) => {
      process.stderr.write(`\r\x1b[K${line}`);
    },
    stop: () => {
      if (stopped) return;
      stopped = true;
      bar.stop();
    },
  };
}

function quietProgress(io: CommandIo, started: number): Progress {
  let last = started;
  return {
    update: (t) => {
      const now = Date.now();
      if (now - last < QUIET_INTERVAL_MS) return;
      last = now;
      const seconds = (now - started) / 1000;
      io.err(
        `parley ingest: ${t.read} read, ${t.stored} new, ${t.copies} copies, ${t.unchanged} known, ${t.failed} failed (${Math.round(t.read / seconds)}/s)\n`,
      );
    },
    log: (line) => io.err(line),
    stop: () => {},
  };
}
