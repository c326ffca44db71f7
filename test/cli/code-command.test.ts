import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { repoRoot, runCli, sharedDir } from "./run-cli.js";

const seed = join(sharedDir, "seed", "white-house-kim-letter.txt");
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "parley-cli-"));
});

const noStackTrace = (stderr: string) => {
  expect(stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(stderr.trim().split("\n").length).toBeLessThanOrEqual(3);
};

describe("parley code: bad input", () => {
  it("refuses an empty file, naming it", () => {
    const file = join(dir, "empty.txt");
    writeFileSync(file, "");
    const r = runCli(["code", file, "--date", "2025-06-12"]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain("empty.txt");
    expect(r.stderr).toMatch(/empty/);
    noStackTrace(r.stderr);
  });

  it("refuses a binary file", () => {
    const file = join(dir, "image.txt");
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0]));
    const r = runCli(["code", file]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/image\.txt.*binary/);
    noStackTrace(r.stderr);
  });

  it("refuses invalid UTF-8, naming the byte offset", () => {
    const file = join(dir, "latin1.txt");
    writeFileSync(
      file,
      Buffer.concat([Buffer.from("Caf"), Buffer.from([0xe9]), Buffer.from(" in Seoul said no.")]),
    );
    const r = runCli(["code", file]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/latin1\.txt.*UTF-8/);
    noStackTrace(r.stderr);
  });

  it("refuses a 50 MB text quickly with the size and limit", () => {
    const file = join(dir, "huge.txt");
    writeFileSync(file, "Seoul said the talks would go on. ".repeat(1_600_000));
    const r = runCli(["code", file]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/huge\.txt.*(MiB|MB|bytes)/);
    noStackTrace(r.stderr);
  });

  it("refuses an unknown --format", () => {
    const r = runCli(["code", seed, "--format", "xml"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/xml/);
    noStackTrace(r.stderr);
  });

  it("refuses an invalid --date", () => {
    const r = runCli(["code", seed, "--date", "2025-02-30"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--date.*2025-02-30/);
    noStackTrace(r.stderr);
  });

  it("refuses a broken dictionary entry, naming the file, the entry and the field", () => {
    const copy = join(dir, "dictionaries");
    cpSync(join(repoRoot, "dictionaries"), copy, { recursive: true });
    const agents = join(copy, "actors", "agents.json");
    const data = JSON.parse(readFileSync(agents, "utf8")) as { entries: { sector: string }[] };
    data.entries[1]!.sector = "government";
    writeFileSync(agents, JSON.stringify(data));
    const r = runCli(["code", seed, "--date", "2025-06-12", "--dictionaries", copy]);
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/agents\.json: entry 1 .*field sector/);
    noStackTrace(r.stderr);
  });

  it("names a malformed JSONL line and still codes the others, in order", () => {
    const file = join(dir, "mixed.jsonl");
    writeFileSync(
      file,
      [
        JSON.stringify({ id: "one", text: "North Korea fired missiles at South Korea.", date: "2025-06-12" }),
        "{ this is not json",
        JSON.stringify({
          id: "three",
          text: "The United States imposed sanctions on Iran.",
          date: "2025-06-12",
        }),
      ].join("\n"),
    );
    const r = runCli(["code", "--jsonl", file, "--format", "jsonl"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/mixed\.jsonl:2/);
    const lines = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { id: string; events: unknown[] });
    expect(lines.map((l) => l.id)).toEqual(["one", "mixed:2", "three"]);
    expect(lines[0]!.events.length).toBeGreaterThan(0);
    expect(lines[2]!.events.length).toBeGreaterThan(0);
    noStackTrace(r.stderr);
  });
});

// The seed article lives outside the repository (../shared); like the other seed tests, these skip
// on a machine without it, and the project's own sample below keeps the output formats tested.
describe("parley code: output of the project's own sample", () => {
  const sample = join(repoRoot, "samples", "short-report.txt");
  it("prints one JSONL line per document, JSON and 20-column TSV", () => {
    const r = runCli(["code", sample, "--format", "jsonl"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    const row = JSON.parse(lines[0]!) as { id: string; events: { event: string }[] };
    expect(row.id).toBe("short-report");
    expect(row.events.map((e) => e.event)).toContain("REJECT");
    expect(Array.isArray(JSON.parse(runCli(["code", sample]).stdout))).toBe(true);
    const tsv = runCli(["code", sample, "--format", "tsv"]).stdout.trim().split("\n");
    expect(tsv.length).toBeGreaterThan(1);
    for (const line of tsv) expect(line.split("\t")).toHaveLength(20);
  });
});

describe.skipIf(!existsSync(seed))("parley code: output", () => {
  it("prints one JSONL line per document with the file name as id", () => {
    const r = runCli(["code", seed, "--date", "2025-06-12", "--format", "jsonl"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    const row = JSON.parse(lines[0]!) as { id: string; events: { event: string }[] };
    expect(row.id).toBe("white-house-kim-letter");
    expect(row.events.map((e) => e.event)).toContain("REJECT");
  });

  it("prints a JSON array with --format json and TSV rows with --format tsv", () => {
    const json = JSON.parse(runCli(["code", seed, "--date", "2025-06-12"]).stdout) as unknown[];
    expect(Array.isArray(json)).toBe(true);
    const tsv = runCli(["code", seed, "--date", "2025-06-12", "--format", "tsv"]).stdout.trim().split("\n");
    expect(tsv.length).toBeGreaterThan(1);
    for (const row of tsv) expect(row.split("\t")).toHaveLength(20);
  });

  it("explains each event with its clause, pattern and actor entries", () => {
    const r = runCli(["code", seed, "--date", "2025-06-12", "--explain"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/by rule [a-z0-9-]+ \(pattern "/);
    expect(r.stdout).toMatch(/actor entries .*person:kim-jong-un/);
  });
});

describe("parley code: stdin", () => {
  it("reads stdin with -", () => {
    const r = runCli(
      ["code", "-", "--date", "2025-06-12", "--format", "jsonl"],
      "Russia attacked Ukraine on Tuesday.",
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout) as { id: string }).toMatchObject({ id: "stdin" });
  });
});
