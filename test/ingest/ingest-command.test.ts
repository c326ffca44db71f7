/** `parley ingest` from the outside: inputs, feeds, URLs, workers and bad input. */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot, runCli } from "../cli/run-cli.js";
import { inStore, tempDir } from "./ingest-helpers.js";

const rss = `<?xml version="1.0"?>
<rss version="2.0"><channel><title>Feed Wire</title>
<item><title>Seoul protests</title><link>https://example.org/a</link><pubDate>Thu, 12 Jun 2025 09:00:00 GMT</pubDate>
<description>&lt;p&gt;South Korea protested to North Korea over the balloons on Thursday.&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;</description></item>
<item><title>Empty</title><description></description></item>
</channel></rss>`;
const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Ledger</title>
<entry><title>Talks</title><link href="https://example.org/b"/><id>urn:b</id><updated>2025-06-13T10:00:00Z</updated>
<content type="html">&lt;p&gt;Russia and Ukraine agreed to exchange prisoners, officials said.&lt;/p&gt;</content></entry></feed>`;

/** Runs the CLI without blocking the event loop, so the test's HTTP server can answer it. */
function runCliAsync(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(repoRoot, "bin", "parley.js"), ...args], { cwd: repoRoot });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

describe("parley ingest", () => {
  const tmp = tempDir("parley-ingest-");
  let server: Server;
  let base: string;

  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === "/feed.xml") {
        res.writeHead(200, { "content-type": "application/rss+xml" });
        res.end(rss);
      } else if (req.url === "/page.html") {
        res.writeHead(200, { "content-type": "text/html" });
        res.end(
          "<html><head><title>Page</title></head><body><article><p>Japan condemned the missile launch by North Korea on Friday.</p></article></body></html>",
        );
      } else if (req.url === "/huge") {
        res.writeHead(200, { "content-type": "text/plain" });
        res.end("x".repeat(11 * 1024 * 1024));
      } else {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.close();
    tmp.remove();
  });

  it("reads directories recursively, RSS and Atom files, with metadata", async () => {
    const dir = join(tmp.dir, "inputs");
    mkdirSync(join(dir, "sub"), { recursive: true });
    writeFileSync(join(dir, "feed.rss"), rss);
    writeFileSync(join(dir, "sub", "atom.xml"), atom);
    writeFileSync(join(dir, "sub", "note.txt"), "India accused Pakistan of shelling border villages.");
    writeFileSync(join(dir, "sub", "ignored.png"), "not read");
    const db = join(tmp.dir, "dir.db");
    const result = runCli(["ingest", dir, "--db", db, "--date", "2025-06-01", "--outlet", "Desk"]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/ingested 3 article\(s\) from 3 input\(s\)/);
    await inStore(db, async (store) => {
      const articles = await Promise.all([1, 2, 3].map((id) => store.article(id)));
      expect(articles.map((a) => [a!.outlet, a!.published, a!.title, a!.url])).toEqual([
        ["Feed Wire", "2025-06-12", "Seoul protests", "https://example.org/a"],
        ["Atom Ledger", "2025-06-13", "Talks", "https://example.org/b"],
        ["Desk", "2025-06-01", null, null],
      ]);
    });
  });

  it("fetches http URLs (feeds and pages) and refuses other schemes, oversized answers and errors", async () => {
    const db = join(tmp.dir, "url.db");
    const ok = await runCliAsync([
      "ingest",
      `${base}/feed.xml`,
      `${base}/page.html`,
      "--db",
      db,
      "--date",
      "2025-06-14",
    ]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/2 new/);
    const bad = await runCliAsync([
      "ingest",
      `${base}/huge`,
      `${base}/missing`,
      "file:///etc/passwd",
      `${base}/page.html`,
      "--db",
      db,
    ]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/\/huge: the response is over the 10 MiB limit/);
    expect(bad.stderr).toMatch(/\/missing: HTTP 404/);
    expect(bad.stderr).toMatch(/file:\/\/\/etc\/passwd: only http and https URLs can be ingested/);
    expect(bad.stderr).not.toMatch(/at .*\.js:\d+/);
    expect(bad.stdout).toMatch(/1 already stored, 3 failed/);
  });

  it("codes the same with --workers 2 as with one", () => {
    const one = join(tmp.dir, "one.db");
    const two = join(tmp.dir, "two.db");
    const corpus = join(repoRoot, "samples", "corpus");
    expect(runCli(["ingest", corpus, "--db", one]).code).toBe(0);
    const result = runCli(["ingest", corpus, "--db", two, "--workers", "2"]);
    expect(result.code, result.stderr).toBe(0);
    const dump = (db: string) => runCli(["export", "--format", "csv", "--db", db]).stdout;
    expect(dump(two)).toBe(dump(one));
    expect(dump(one).split("\n").length).toBeGreaterThan(20);
  });

  it("reports bad input by file and line, keeps going, and never loses stored data", async () => {
    const db = join(tmp.dir, "bad.db");
    const good = join(tmp.dir, "good.txt");
    writeFileSync(good, "China protested to the Philippines over the shoal.");
    expect(runCli(["ingest", good, "--db", db, "--date", "2025-01-02"]).code).toBe(0);
    const lines = join(tmp.dir, "lines.jsonl");
    writeFileSync(
      lines,
      `{"text": "Iran rejected the IAEA resolution.", "date": "2025-06-12"}\n{"text": 5}\nnot json\n`,
    );
    const empty = join(tmp.dir, "empty.txt");
    writeFileSync(empty, "");
    const result = runCli(["ingest", lines, empty, join(tmp.dir, "nope.txt"), "--db", db]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/lines\.jsonl:2: .*text/);
    expect(result.stderr).toMatch(/lines\.jsonl:3: /);
    expect(result.stderr).toMatch(/empty\.txt: the file is empty/);
    expect(result.stderr).toMatch(/nope\.txt: no such file/);
    expect((await inStore(db, (s) => s.counts())).articles).toBe(2);
  });

  it("refuses bad options with a usage error", () => {
    const db = join(tmp.dir, "usage.db");
    expect(runCli(["ingest", "x.txt", "--workers", "0", "--db", db])).toMatchObject({ code: 2 });
    expect(runCli(["ingest", "x.txt", "--date", "2025-02-30", "--db", db]).stderr).toMatch(
      /--date: "2025-02-30" is not a real date/,
    );
    const store = runCli(["ingest", "x.txt", "--store", "mysql://x"]);
    expect(store.code).toBe(2);
    expect(store.stderr).toMatch(/--store: expected a postgres:\/\/ URL/);
  });

  it("reports a bad dictionary folder from worker threads as a dictionary error", () => {
    const db = join(tmp.dir, "dict.db");
    const good = join(tmp.dir, "dict.txt");
    writeFileSync(good, "Japan thanked Vietnam for its help.");
    const result = runCli(["ingest", good, "--db", db, "--workers", "2", "--dictionaries", join(tmp.dir, "no-such-dir")]);
    expect(result.code).toBe(4);
    expect(result.stderr).toMatch(/no-such-dir: dictionary folder not found/);
  });

  it("refuses a database made by a newer Parley, naming it, without touching it", () => {
    const db = join(tmp.dir, "future.db");
    const good = join(tmp.dir, "future.txt");
    writeFileSync(good, "Japan thanked Vietnam for its help.");
    expect(runCli(["ingest", good, "--db", db, "--date", "2025-01-02"]).code).toBe(0);
    const Sqlite = require("better-sqlite3") as typeof import("better-sqlite3");
    const conn = new Sqlite(db);
    conn.prepare("insert into parley_schema (version, name, applied_at) values (99, 'future', 'x')").run();
    conn.close();
    const before = readFileSync(db);
    const result = runCli(["events", "--db", db, "--format", "json"]);
    expect(result.code).toBe(5);
    expect(result.stderr).toMatch(/future\.db: the database is at schema version 99.*upgrade Parley/);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(readFileSync(db).equals(before)).toBe(true);
  });
});
