/**
 * Bounded load test: starts `parley serve` on 127.0.0.1 with a temp database (a child process) and,
 * from this process, runs concurrent reads and writes for at most `requests` requests and
 * `seconds` seconds. Every write must be stored and no request may fail.
 *
 * @example
 * const result = await loadTest({ bin, dir, requests: 2000, seconds: 30, concurrency: 8 });
 */
import { type ChildProcess, spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import BetterSqlite3 from "better-sqlite3";

/** What to run. @example { bin: "bin/parley.js", dir: "bench/tmp", requests: 2000, seconds: 30, concurrency: 8 } */
export interface LoadTestOptions {
  readonly bin: string;
  readonly dir: string;
  readonly requests: number;
  readonly seconds: number;
  readonly concurrency: number;
  /** Share of requests that are writes (POST /articles). */
  readonly writeShare?: number;
}

/** Figures of one load test. @example result.lost // 0 */
export interface LoadTestResult {
  readonly requests: number;
  readonly reads: number;
  readonly writes: number;
  readonly errors: number;
  readonly lost: number;
  readonly seconds: number;
  readonly requestsPerSecond: number;
  readonly readP50Ms: number;
  readonly readP95Ms: number;
  readonly writeP50Ms: number;
  readonly writeP95Ms: number;
  readonly firstError: string | null;
}

const READS = [
  "/events?limit=20",
  "/dyads",
  "/dyads/USA-PRK",
  "/articles?limit=20",
  "/actors",
  "/search?q=sanctions",
  "/network",
];

const percentile = (values: number[], p: number) => {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]! * 10) / 10;
};

/**
 * Runs the load test; the server is stopped (SIGTERM) before it returns.
 * @example (await loadTest(options)).requestsPerSecond
 */
export async function loadTest(options: LoadTestOptions): Promise<LoadTestResult> {
  const db = join(options.dir, "load.db");
  for (const suffix of ["", "-wal", "-shm"]) rmSync(db + suffix, { force: true });
  const token = "bench-token-0123456789abcdef";
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const server = spawn(process.execPath, [options.bin, "serve", "--db", db, "--port", String(port)], {
    env: { ...process.env, PARLEY_TOKEN: token },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  server.stderr.on("data", (d) => (stderr += d));
  const base = `http://127.0.0.1:${port}`;
  try {
    for (let waited = 0; !stderr.includes("Parley at"); waited += 50) {
      if (waited > 30_000 || server.exitCode !== null) throw new Error(`serve did not start: ${stderr}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    const readTimes: number[] = [];
    const writeTimes: number[] = [];
    const written: string[] = [];
    let errors = 0;
    let firstError: string | null = null;
    let issued = 0;
    const deadline = performance.now() + options.seconds * 1000;
    const started = performance.now();
    const share = options.writeShare ?? 0.2;
    const worker = async (lane: number) => {
      while (issued < options.requests && performance.now() < deadline) {
        const n = issued++;
        const write = (n * 7919 + lane) % 100 < share * 100;
        const t = performance.now();
        try {
          if (write) {
            const id = `load-${n}`;
            const response = await fetch(`${base}/articles`, {
              method: "POST",
              headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
              body: JSON.stringify({
                id,
                date: "2025-06-12",
                outlet: `Load Wire ${n % 5}`,
                text: `Article ${n}. North Korea rejected a proposal from South Korea to hold talks on fishing rights number ${n}. Japan imposed new sanctions on Russia over case ${n}, officials said.`,
              }),
            });
            await response.arrayBuffer();
            if (!response.ok) throw new Error(`POST /articles: HTTP ${response.status}`);
            written.push(id);
            writeTimes.push(performance.now() - t);
          } else {
            const path = READS[n % READS.length]!;
            const response = await fetch(base + path);
            await response.arrayBuffer();
            if (!response.ok) throw new Error(`GET ${path}: HTTP ${response.status}`);
            readTimes.push(performance.now() - t);
          }
        } catch (error) {
          errors += 1;
          firstError ??= error instanceof Error ? error.message : String(error);
        }
      }
    };
    await Promise.all(Array.from({ length: options.concurrency }, (_, i) => worker(i)));
    const seconds = (performance.now() - started) / 1000;
    await stop(server);
    // Every acknowledged write must be in the database once the server is gone.
    const conn = new BetterSqlite3(db, { readonly: true });
    const stored = new Set(
      (conn.prepare("select doc_id from articles").all() as { doc_id: string }[]).map((r) => r.doc_id),
    );
    conn.close();
    const lost = written.filter((id) => !stored.has(id)).length;
    const requests = readTimes.length + writeTimes.length + errors;
    return {
      requests,
      reads: readTimes.length,
      writes: writeTimes.length,
      errors,
      lost,
      seconds: Math.round(seconds * 100) / 100,
      requestsPerSecond: Math.round(requests / seconds),
      readP50Ms: percentile(readTimes, 0.5),
      readP95Ms: percentile(readTimes, 0.95),
      writeP50Ms: percentile(writeTimes, 0.5),
      writeP95Ms: percentile(writeTimes, 0.95),
      firstError,
    };
  } finally {
    await stop(server);
  }
}

async function stop(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((r) => server.once("exit", r));
  server.kill("SIGTERM");
  await exited;
}
