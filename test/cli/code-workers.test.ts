/** `parley code --workers N` prints exactly what `--workers 1` prints, for JSONL and for files. */
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { repoRoot, runCli } from "./run-cli.js";

let dir: string;
const corpus = join(repoRoot, "samples", "corpus");
const files = () =>
  readdirSync(corpus)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .slice(0, 8)
    .map((f) => join(corpus, f));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "parley-workers-"));
  const lines = [
    { id: "a", text: "North Korea rejected a proposal from South Korea to hold talks.", date: "2024-01-02" },
    { id: "b", text: "Japan imposed new sanctions on Russia over the pipeline project." },
    "not json",
    { id: "c", text: "China praised Vietnam for its help with refugee returns.", date: "2024-02-03" },
    { id: "d", text: "" },
    { id: "e", text: "Leaders of France and Germany spoke by telephone. Germany expelled two Iranian diplomats." },
  ];
  writeFileSync(
    join(dir, "in.jsonl"),
    `${lines.map((l) => (typeof l === "string" ? l : JSON.stringify(l))).join("\n")}\n`,
  );
});

describe("parley code --workers", () => {
  it("gives the same JSONL output, in order, with bad lines in place", () => {
    const args = ["code", "--jsonl", join(dir, "in.jsonl"), "--format", "jsonl", "--date", "2024-05-05"];
    const one = runCli([...args, "--workers", "1"]);
    const three = runCli([...args, "--workers", "3"]);
    expect(one.code).toBe(1);
    expect(three.code).toBe(1);
    expect(three.stdout).toBe(one.stdout);
    expect(three.stderr).toBe(one.stderr);
    expect(one.stdout.trim().split("\n").map((l) => (JSON.parse(l) as { id: string }).id)).toEqual([
      "a",
      "b",
      "in:3",
      "c",
      "d",
      "e",
    ]);
  });

  it("gives the same output for files, as JSON and as TSV", () => {
    for (const format of ["json", "tsv"]) {
      const args = ["code", ...files(), "--format", format, "--date", "2024-05-05"];
      const one = runCli([...args, "--workers", "1"]);
      const two = runCli([...args, "--workers", "2"]);
      expect(one.code).toBe(0);
      expect(two.code).toBe(0);
      expect(two.stdout).toBe(one.stdout);
      expect(one.stdout.length).toBeGreaterThan(1000);
    }
  });

  it("prints what came before an unreadable file, then stops, as one thread does", () => {
    const [a, b, c] = files();
    const args = ["code", a!, b!, join(dir, "missing.txt"), c!, "--format", "jsonl", "--date", "2024-05-05"];
    const one = runCli([...args, "--workers", "1"]);
    const two = runCli([...args, "--workers", "2"]);
    expect(one.code).toBe(3);
    expect(two.code).toBe(3);
    expect(two.stdout).toBe(one.stdout);
    expect(one.stdout.trim().split("\n")).toHaveLength(2);
  });

  it("refuses a bad worker count as a usage error", () => {
    const r = runCli(["code", files()[0]!, "--workers", "0"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--workers/);
  });
});
