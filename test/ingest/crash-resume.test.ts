/**
 * kill -9 in the middle of `parley ingest`, then a rerun: nothing committed is lost, nothing is
 * stored twice, and the result equals an uninterrupted ingest.
 */
import { spawn, spawnSync } from "node:child_process";
import { join } from "node:path";
import Sqlite from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../cli/run-cli.js";
import { inStore, tempDir, writeGeneratedCorpus } from "./ingest-helpers.js";

const ARTICLES = 300;
const bin = join(repoRoot, "bin", "parley.js");
const ingest = (corpus: string, db: string) =>
  spawnSync(process.execPath, [bin, "ingest", corpus, "--db", db], { encoding: "utf8", cwd: repoRoot });

function storedArticles(db: string): number {
  try {
    const conn = new Sqlite(db, { readonly: true, fileMustExist: true });
    try {
      return Number((conn.prepare("select count(*) as n from articles").get() as { n: number }).n);
    } finally {
      conn.close();
    }
  } catch {
    return 0;
  }
}

function exportJson(db: string): unknown[] {
  const result = spawnSync(process.execPath, [bin, "export", "--format", "plover-json", "--db", db], {
    encoding: "utf8",
    cwd: repoRoot,
    maxBuffer: 256 * 1024 * 1024,
  });
  expect(result.status).toBe(0);
  return (JSON.parse(result.stdout) as { id: string }[]).sort((a, b) => (a.id < b.id ? -1 : 1));
}

describe("a killed ingest resumes without loss or duplicates", () => {
  const tmp = tempDir("parley-crash-");
  let corpus: string;
  beforeAll(() => {
    corpus = writeGeneratedCorpus(tmp.dir, ARTICLES);
  });
  afterAll(() => tmp.remove());

  it("kill -9 mid-run, rerun, and compare with an uninterrupted run", async () => {
    const reference = join(tmp.dir, "reference.db");
    expect(ingest(corpus, reference).status).toBe(0);

    const crashed = join(tmp.dir, "crashed.db");
    const child = spawn(process.execPath, [bin, "ingest", corpus, "--db", crashed], {
      cwd: repoRoot,
      stdio: "ignore",
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on("exit", (_code, signal) => resolve(signal)),
    );
    let before = 0;
    for (let waited = 0; waited < 60_000; waited += 20) {
      before = storedArticles(crashed);
      if (before >= ARTICLES / 4) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    child.kill("SIGKILL");
    expect(await exited).toBe("SIGKILL");
    const committed = storedArticles(crashed);
    expect(committed).toBeGreaterThanOrEqual(before);
    expect(committed).toBeLessThan(ARTICLES);

    const rerun = ingest(corpus, crashed);
    expect(rerun.status).toBe(0);
    expect(rerun.stdout).toMatch(new RegExp(`${committed} already stored`));

    const [a, b] = [await inStore(reference, (s) => s.counts()), await inStore(crashed, (s) => s.counts())];
    expect(b).toEqual(a);
    const duplicates = new Sqlite(crashed, { readonly: true })
      .prepare(
        "select count(*) as n from (select content_hash from articles group by content_hash, outlet_key having count(*) > 1)",
      )
      .get() as { n: number };
    expect(duplicates.n).toBe(0);
    expect(exportJson(crashed)).toEqual(exportJson(reference));
  });
});
