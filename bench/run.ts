/**
 * Benchmarks (not tests): `npm run bench` builds, then measures
 *   - coder throughput from raw text (sentences/s, tokens/s, articles/s, peak RSS) on samples/corpus
 *     plus the petr2-gsr texts repeated to ≥ 50,000 sentences, and wink-nlp's bare pipeline on the
 *     same text in the same run (bench/coder-throughput.ts, in its own process);
 *   - the CLI's start-up: `parley --version`, `parley events` on a small store, and `parley code` of
 *     one sentence (which builds a coder), each the median of several runs;
 *   - articles/s of `parley ingest` with --workers 1 and --workers 2 (2,000 generated articles);
 *   - ingesting 100,000 generated articles into SQLite, with the peak memory of the process;
 *   - dyad time series, event search and full-text search (a common word, a rare word, two words)
 *     over stores of 1,000,000 and 10,000,000 generated events with their evidence sentences
 *     (bench/generated-events.ts), each deleted after its run unless --keep; each full-text page
 *     is also fetched once with the matches-first plan, to check the rows are the same and time it;
 *   - a bounded load test of `parley serve` (bench/load-test.ts).
 * `npm run bench -- --help` lists the options (bench/bench-options.ts): `--only coder,workers,…`
 * reruns a subset (the other sections of bench/results.json are kept); `--articles N`,
 * `--events N[,N…]` and `--sentences N` resize. BENCH_QUICK=1 is a smoke run with small sizes.
 * Results go to stdout as a table and to bench/results.json (machine, Node version, commit).
 *
 * @example
 * BENCH_QUICK=1 npm run bench
 */
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, statfsSync, statSync, writeFileSync } from "node:fs";
import { cpus, totalmem, type } from "node:os";
import { dirname, join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import BetterSqlite3 from "better-sqlite3";
import { dyadSeries } from "../src/analytics/dyad-series.js";
import { dyadReport } from "../src/cli/dyad-command.js";
import { fts5Query } from "../src/store/kysely-store.js";
import { openSqliteStore } from "../src/store/sqlite/sqlite-store.js";
import { generatedArticles } from "./generated-corpus.js";
import { type GeneratedLoad, loadGeneratedEvents } from "./generated-events.js";
import { loadTest } from "./load-test.js";
import { BENCH_SECTIONS, BENCH_USAGE, BenchUsageError, parseBenchOptions } from "./bench-options.js";
import { benchTable } from "./results-table.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const tmp = join(root, "bench", "tmp");
const bin = join(root, "bin", "parley.js");

const quick = process.env.BENCH_QUICK === "1";
const options = (() => {
  try {
    return parseBenchOptions(process.argv.slice(2), quick);
  } catch (error) {
    if (!(error instanceof BenchUsageError)) throw error;
    console.error(`bench: ${error.message}\n${BENCH_USAGE}`);
    process.exit(2);
  }
})();
if (options.help) {
  console.log(BENCH_USAGE);
  process.exit(0);
}
const { only, keep } = options;
const ingestArticles = options.articles;
const seriesSizes = options.events;
const coderSentences = options.sentences;
const workerArticles = quick ? 300 : 2000;

/** Writes generated articles as JSON Lines files of 1,000 (once per size and seed). */
function corpus(count: number, seed: number): string {
  const dir = join(tmp, `corpus-${count}-${seed}`);
  if (existsSync(join(dir, "done"))) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let lines: string[] = [];
  let file = 0;
  for (const article of generatedArticles(count, seed)) {
    lines.push(JSON.stringify(article));
    if (lines.length === 1000) {
      writeFileSync(join(dir, `part-${String(file++).padStart(4, "0")}.jsonl`), `${lines.join("\n")}\n`);
      lines = [];
    }
  }
  if (lines.length > 0)
    writeFileSync(join(dir, `part-${String(file).padStart(4, "0")}.jsonl`), `${lines.join("\n")}\n`);
  writeFileSync(join(dir, "done"), "");
  return dir;
}

interface IngestRun {
  readonly seconds: number;
  readonly articlesPerSecond: number;
  readonly peakRssMb: number;
  readonly summary: string;
}

/** Runs `parley ingest` and samples the process's peak resident memory (VmHWM) from /proc. */
async function ingest(dir: string, db: string, workers: number): Promise<IngestRun> {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(db + suffix, { force: true });
  const started = performance.now();
  const child = spawn(process.execPath, [bin, "ingest", dir, "--db", db, "--workers", String(workers)], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  let stdout = "";
  child.stdout.on("data", (d) => (stdout += d));
  let peakKb = 0;
  // Worker threads share the process, so VmHWM covers them too.
  const timer = setInterval(() => {
    try {
      const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
      const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
      if (kb > peakKb) peakKb = kb;
    } catch {
      // The process has just exited.
    }
  }, 100);
  const code = await new Promise<number | null>((r) => child.on("close", r));
  clearInterval(timer);
  if (code !== 0) throw new Error(`ingest exited with ${code}`);
  const seconds = (performance.now() - started) / 1000;
  const read = Number(/ingested (\d+) article/.exec(stdout)?.[1] ?? 0);
  return {
    seconds: round(seconds),
    articlesPerSecond: Math.round(read / seconds),
    peakRssMb: Math.round(peakKb / 1024),
    summary: stdout.trim(),
  };
}

const round = (n: number) => Math.round(n * 100) / 100;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const p95 = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * 0.95))]!;

/** Median, p95 and max of repeated runs after one warm-up, in milliseconds. */
async function time(work: () => Promise<unknown>, runs = 21) {
  await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await work();
    times.push(performance.now() - t);
  }
  return { runs, medianMs: round(median(times)), p95Ms: round(p95(times)), maxMs: round(Math.max(...times)) };
}

/** Bytes a generated database takes per event (with articles, mentions, sentences and FTS), with headroom. */
const BYTES_PER_EVENT = 1600;

/** The full-text queries: a common word, a rare word and two words (every word must match). */
const TEXT_QUERIES = { common: "sanctions", rare: "desalination", twoWords: "humanitarian aid" } as const;

/**
 * Loads `count` generated events with their sentences into a fresh SQLite store (or reuses one kept
 * by --keep), then times the dyad series, event search and full-text search through the Store.
 */
async function series(count: number) {
  const db = join(tmp, `events-${count}.db`);
  const done = `${db}.done`;
  let load: GeneratedLoad | "reused" = "reused";
  if (!(keep && existsSync(done))) {
    for (const suffix of ["", "-wal", "-shm", ".done"]) rmSync(db + suffix, { force: true });
    const disk = statfsSync(tmp);
    const free = disk.bavail * disk.bsize;
    if (free < count * BYTES_PER_EVENT) {
      throw new Error(
        `${count} events need about ${Math.ceil((count * BYTES_PER_EVENT) / 1024 ** 3)} GB in ${tmp}; ${Math.floor(free / 1024 ** 3)} GB free`,
      );
    }
    load = await loadGeneratedEvents(db, count, {
      onProgress: (n) => {
        if (n % 1_000_000 === 0) console.error(`  generated ${n.toLocaleString("en-US")} events`);
      },
    });
    writeFileSync(done, "");
    console.error(`  loaded ${count.toLocaleString("en-US")} events: ${JSON.stringify(load)}`);
  }
  const store = await openSqliteStore(db);
  // The plan the store used before it chose by word frequency, to check the rows and time it once.
  const matchesFirst = await openSqliteStore(db, { textSearch: "matches-first" });
  const sqlite = new BetterSqlite3(db, { readonly: true });
  const matching = (query: string) =>
    (
      sqlite
        .prepare("select count(*) as n from sentences_fts where sentences_fts match ?")
        .get(fts5Query(query.match(/[\p{L}\p{N}]+/gu) ?? [])) as { n: number }
    ).n;
  const counts = await store.counts();
  const dyadEvents = (await store.dyadDayTotals("USA", "PRK")).reduce((n, d) => n + d.count, 0);
  const fullText: Record<string, unknown> = {};
  for (const [name, query] of Object.entries(TEXT_QUERIES)) {
    const rows = await store.events({ text: query, limit: 50 });
    const started = performance.now();
    const reference = await matchesFirst.events({ text: query, limit: 50 });
    const matchesFirstMs = round(performance.now() - started);
    fullText[name] = {
      query,
      matchingSentences: matching(query),
      rows: rows.length,
      sameRowsAsMatchesFirst: JSON.stringify(rows) === JSON.stringify(reference),
      matchesFirstMs,
      ...(await time(() => store.events({ text: query, limit: 50 }))),
    };
  }
  const result = {
    storedEvents: counts.events,
    sentences: counts.sentences,
    mentions: counts.mentions,
    articles: counts.articles,
    load,
    databaseMb: Math.round(statSync(db).size / 1024 ** 2),
    dyadEvents,
    seriesByMonth: await time(async () => dyadSeries(await store.dyadDayTotals("USA", "PRK"), "month")),
    seriesByDay: await time(async () => dyadSeries(await store.dyadDayTotals("USA", "PRK"), "day")),
    fullDyadReport: await time(() => dyadReport(store, "USA", "PRK", "month"), 5),
    eventSearch: await time(() =>
      store.events({ dyad: ["USA", "PRK"], type: "13", since: "2010-01-01", until: "2019-12-31", limit: 50 }),
    ),
    fullText,
  };
  sqlite.close();
  await matchesFirst.close();
  await store.close();
  if (!keep) for (const suffix of ["", "-wal", "-shm", ".done"]) rmSync(db + suffix, { force: true });
  return result;
}

/** Median and slowest wall time of a whole `parley` process, in milliseconds, over `runs` runs after one. */
function processTime(args: readonly string[], runs: number, input?: string) {
  const once = () => {
    const t = performance.now();
    execFileSync(process.execPath, [bin, ...args], {
      cwd: root,
      input: input ?? "",
      stdio: ["pipe", "ignore", "inherit"],
    });
    return performance.now() - t;
  };
  once();
  const times = Array.from({ length: runs }, once);
  return { runs, medianMs: Math.round(median(times)), maxMs: Math.round(Math.max(...times)) };
}

/**
 * How long a user waits for the CLI: each command loads only what it runs, so a query or `--version`
 * never pays for the language model; `parley code` pays for building a coder.
 */
async function startup(runs: number) {
  const db = join(tmp, "startup.db");
  for (const suffix of ["", "-wal", "-shm"]) rmSync(db + suffix, { force: true });
  execFileSync(process.execPath, [bin, "ingest", join(root, "samples", "corpus"), "--db", db], {
    cwd: root,
    stdio: "ignore",
  });
  const result = {
    version: processTime(["--version"], runs),
    events: processTime(["events", "--db", db, "--limit", "5", "--format", "json"], runs),
    codeOneSentence: processTime(
      ["code", "-", "--date", "2025-06-12"],
      runs,
      "Kim refused a letter from Trump.",
    ),
  };
  for (const suffix of ["", "-wal", "-shm"]) rmSync(db + suffix, { force: true });
  return result;
}

/** Runs bench/coder-throughput.ts in a fresh process, so its peak RSS is the coder's alone. */
function coderThroughput(sentences: number): unknown {
  const out = execFileSync(
    process.execPath,
    ["--import", "tsx", join(root, "bench", "coder-throughput.ts"), String(sentences)],
    { cwd: root, encoding: "utf8", maxBuffer: 16 * 1024 * 1024 },
  );
  return JSON.parse(out);
}

function gitCommit(): string {
  try {
    const head = execFileSync("git", ["rev-parse", "--short", "HEAD"], {
      cwd: root,
      encoding: "utf8",
    }).trim();
    // The results file itself is rewritten by every run; only changes to the code mark a run.
    const dirty = execFileSync(
      "git",
      ["status", "--porcelain", "--", ".", ":!bench/results.json", ":!README.md"],
      {
        cwd: root,
        encoding: "utf8",
      },
    ).trim();
    return dirty ? `${head}+changes` : head;
  } catch {
    return "unknown";
  }
}

async function main() {
  mkdirSync(tmp, { recursive: true });
  const results: Record<string, unknown> = {
    node: process.version,
    date: new Date().toISOString(),
    commit: gitCommit(),
    machine: {
      os: `${type()} ${process.arch}`,
      cpu: cpus()[0]?.model ?? "unknown",
      cores: cpus().length,
      memoryGb: Math.round(totalmem() / 1024 ** 3),
    },
    quick,
  };
  if (only.has("coder")) {
    results.coder = coderThroughput(coderSentences);
    console.log(`coder throughput: ${JSON.stringify(results.coder)}`);
  }
  if (only.has("startup")) {
    results.startup = await startup(quick ? 3 : 9);
    console.log(`CLI start-up: ${JSON.stringify(results.startup)}`);
  }
  if (only.has("workers")) {
    const dir = corpus(workerArticles, 11);
    results.workers1 = await ingest(dir, join(tmp, "workers-1.db"), 1);
    results.workers2 = await ingest(dir, join(tmp, "workers-2.db"), 2);
    console.log(
      `ingest ${workerArticles} articles: --workers 1 ${JSON.stringify(results.workers1)}\n                       --workers 2 ${JSON.stringify(results.workers2)}`,
    );
  }
  if (only.has("ingest")) {
    const run = await ingest(corpus(ingestArticles, 5), join(tmp, `ingest-${ingestArticles}.db`), 1);
    results.ingest = { articles: ingestArticles, ...run, under500Mb: run.peakRssMb < 500 };
    console.log(`ingest ${ingestArticles} articles into SQLite: ${JSON.stringify(results.ingest)}`);
  }
  if (only.has("series")) {
    const runs = [];
    for (const size of seriesSizes) {
      const run = await series(size);
      runs.push(run);
      console.log(`queries over ${size} events: ${JSON.stringify(run)}`);
    }
    results.series = { runs, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) };
  }
  if (only.has("load")) {
    results.load = await loadTest({
      bin,
      dir: tmp,
      requests: quick ? 300 : 3000,
      seconds: quick ? 20 : 60,
      concurrency: 8,
    });
    console.log(`load test: ${JSON.stringify(results.load)}`);
  }
  const file = join(root, "bench", "results.json");
  // A partial run (--only) updates its sections and keeps the others of the last run.
  const previous =
    only.size < BENCH_SECTIONS.length && existsSync(file)
      ? (JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>)
      : {};
  // Each section keeps the commit and time it was measured at, since a partial run mixes runs.
  const stamp = { commit: results.commit, date: results.date };
  const measured = {
    ...(previous.measured as Record<string, unknown> | undefined),
    ...Object.fromEntries([...only].map((section) => [section, stamp])),
  };
  Object.assign(results, { ...previous, ...results, measured });
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\n${benchTable(results)}`);
}

await main();
