/**
 * kill -9 at 20 random points of `parley ingest` (during start-up, between commits and mid-commit,
 * in fresh runs and in reruns, with one and two workers), each followed by a rerun; the last rerun
 * completes. The database is sound after every kill and ends equal to an uninterrupted ingest.
 */
import { spawn, spawnSync } from "node:child_process";
import { join } from "node:path";
import Sqlite from "better-sqlite3";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../cli/run-cli.js";
import { inStore, tempDir, writeGeneratedCorpus } from "./ingest-helpers.js";

// Enough that 20 kills, each after a commit or two of a group (up to 32 articles in one
// transaction), never reach the end.
const ARTICLES = 1400;
const KILLS = 20;
const bin = join(repoRoot, "bin", "parley.js");
const args = (corpus: string, db: string, workers: number) => [
  bin,
  "ingest",
  corpus,
  "--db",
  db,
  "--workers",
  String(workers),
];

function query<T>(db: string, sql: string): T | null {
  try {
    const conn = new Sqlite(db, { readonly: true, fileMustExist: true });
    try {
      return conn.prepare(sql).get() as T;
    } finally {
      conn.close();
    }
  } catch {
    // Not created yet, or locked for a moment by the writer.
    return null;
  }
}
const stored = (db: string) => query<{ n: number }>(db, "select count(*) as n from articles")?.n ?? 0;

function exportJson(db: string): unknown[] {
  const result = spawnSync(process.execPath, [bin, "export", "--format", "plover-json", "--db", db], {
    encoding: "utf8",
    cwd: repoRoot,
    maxBuffer: 256 * 1024 * 1024,
  });
  expect(result.status).toBe(0);
  return (JSON.parse(result.stdout) as { id: string }[]).sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** One kill point: after `articles` more commits (0: during start-up), then `delayMs` more. */
const killPoint = fc.record({
  articles: fc.integer({ min: 0, max: 6 }),
  delayMs: fc.integer({ min: 0, max: 40 }),
});

describe("kill -9 at 20 random points, each followed by a rerun", () => {
  const tmp = tempDir("parley-crash-many-");
  let corpus: string;
  beforeAll(() => {
    corpus = writeGeneratedCorpus(tmp.dir, ARTICLES, 17);
  });
  afterAll(() => tmp.remove());

  it("ends equal to a clean run", { timeout: 240_000 }, async () => {
    const reference = join(tmp.dir, "reference.db");
    expect(spawnSync(process.execPath, args(corpus, reference, 1), { cwd: repoRoot }).status).toBe(0);

    const crashed = join(tmp.dir, "crashed.db");
    const points = fc.sample(killPoint, {
      numRuns: KILLS,
      seed: Number(process.env.CRASH_SEED ?? Date.now() % 100_000),
    });
    let committed = 0;
    for (const [i, point] of points.entries()) {
      const child = spawn(process.execPath, args(corpus, crashed, i % 4 === 3 ? 2 : 1), {
        cwd: repoRoot,
        stdio: "ignore",
      });
      const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
        child.on("exit", (code, signal) => resolve({ code, signal })),
      );
      let done = false;
      void exited.then(() => (done = true));
      const target = committed + point.articles;
      while (!done && point.articles > 0 && stored(crashed) < target)
        await new Promise((r) => setTimeout(r, 5));
      await new Promise((r) => setTimeout(r, point.delayMs));
      child.kill("SIGKILL");
      const outcome = await exited;
      // A run that finished before the kill is a complete rerun, which is fine too.
      expect(outcome.signal === "SIGKILL" || outcome.code === 0).toBe(true);
      const now = stored(crashed);
      expect(now).toBeGreaterThanOrEqual(committed);
      committed = now;
      if (now > 0)
        expect(query<{ integrity_check: string }>(crashed, "pragma integrity_check")?.integrity_check).toBe(
          "ok",
        );
    }
    expect(committed).toBeLessThan(ARTICLES);

    const rerun = spawnSync(process.execPath, args(corpus, crashed, 1), { cwd: repoRoot, encoding: "utf8" });
    expect(rerun.status).toBe(0);
    expect(rerun.stdout).toMatch(new RegExp(`${committed} already stored`));

    const [a, b] = [await inStore(reference, (s) => s.counts()), await inStore(crashed, (s) => s.counts())];
    expect(b).toEqual(a);
    expect(
      query<{ n: number }>(
        crashed,
        "select count(*) as n from (select content_hash from articles group by content_hash, outlet_key having count(*) > 1)",
      )?.n,
    ).toBe(0);
    expect(exportJson(crashed)).toEqual(exportJson(reference));
  });
});
