/** `npm start`: the first run fills an empty database with the sample corpus; later runs only report. */
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../cli/run-cli.js";
import { inStore, tempDir } from "./ingest-helpers.js";

describe("parley start", () => {
  const tmp = tempDir("parley-start-");
  afterAll(() => tmp.remove());

  it("ingests the samples once, then prints the USA–PRK summary and dialogue state", async () => {
    const db = join(tmp.dir, "start.db");
    const first = runCli(["start", "--db", db]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toMatch(/first run: ingesting the sample corpus/);
    expect(first.stdout).toMatch(/^USA–PRK by month/);
    expect(first.stdout).toMatch(/Dialogue state/);
    expect(first.stdout).toMatch(/letter\s+USA→PRK: /);
    const counts = await inStore(db, (s) => s.counts());
    expect(counts.articles).toBeGreaterThanOrEqual(50);
    const second = runCli(["start", "--db", db]);
    expect(second.code).toBe(0);
    expect(second.stderr).not.toMatch(/first run/);
    expect(second.stdout).toBe(first.stdout);
    expect((await inStore(db, (s) => s.counts())).articles).toBe(counts.articles);
  });
});
