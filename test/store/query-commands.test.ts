/** `parley events`, `parley dyad` and `parley export` over a store filled through the Store API. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CSV_COLUMNS, csvRows } from "../../src/cli/event-formats.js";
import type { MergedEvent } from "../../src/store/store.js";
import { runCli } from "../cli/run-cli.js";
import { inStore, tempDir } from "../ingest/ingest-helpers.js";
import { articleToStore, codedEvent } from "./store-fixtures.js";

describe("query commands", () => {
  const tmp = tempDir("parley-query-");
  const db = join(tmp.dir, "q.db");

  beforeAll(async () => {
    await inStore(db, async (store) => {
      await store.saveArticle(
        articleToStore({
          text: "Pyongyang refused the letter, state media said. Washington did not confirm it.",
          outlet: "Harbor Times",
          events: [
            codedEvent({
              sentences: [
                { index: 0, reporter: "PRKMED" },
                { index: 1, reporter: "USAGOV", status: "unconfirmed" },
              ],
            }),
          ],
        }),
      );
      await store.saveArticle(
        articleToStore({
          text: 'Trump and Kim met in Singapore, "=cmd" said a sign.',
          published: "2018-06-12",
          events: [
            codedEvent({
              type: "CONSULT",
              cameo: "040",
              source: "USAGOV",
              target: "PRKGOV",
              date: "2018-06-12",
              channel: "summit",
              location: "Singapore",
              goldstein: 1,
              quadClass: 1,
            }),
          ],
        }),
      );
      await store.saveArticle(
        articleToStore({
          text: "Russian troops shelled Kharkiv.",
          published: "2024-05-01",
          events: [
            codedEvent({
              type: "ASSAULT",
              cameo: "195",
              source: "RUSMIL",
              target: "UKR",
              date: "2024-05-01",
              channel: null,
              goldstein: -10,
              quadClass: 4,
            }),
          ],
        }),
      );
    });
  });
  afterAll(() => tmp.remove());

  it("filters events and prints the same events as JSON, CSV, TSV and a table", () => {
    const json = runCli(["events", "--dyad", "USA-PRK", "--format", "json", "--db", db]);
    expect(json.code, json.stderr).toBe(0);
    const events = JSON.parse(json.stdout) as MergedEvent[];
    expect(events.map((e) => [e.date, e.type, e.status])).toEqual([
      ["2018-06-12", "CONSULT", "asserted"],
      ["2025-06-12", "REJECT", "unconfirmed"],
    ]);
    const csv = runCli(["events", "--dyad", "USA-PRK", "--format", "csv", "--db", db])
      .stdout.trim()
      .split("\n");
    expect(csv[0]).toBe(CSV_COLUMNS.join(","));
    expect(csv).toHaveLength(3);
    const tsv = runCli(["events", "--dyad", "USA-PRK", "--format", "tsv", "--db", db])
      .stdout.trim()
      .split("\n");
    expect(tsv.map((row) => row.split("\t").length)).toEqual([61, 61]);
    expect(tsv[1]!.split("\t").slice(0, 4)).toEqual([String(events[1]!.id), "20250612", "202506", "2025"]);
    const table = runCli(["events", "--dyad", "USA-PRK", "--format", "table", "--db", db]).stdout;
    expect(table).toMatch(/REJECT\s+125\s+PRKGOV → USAGOV\s+unconfirmed\s+letter/);
    expect(table).toMatch(/2 event\(s\)/);
    const only = (args: string[]) =>
      (JSON.parse(runCli(["events", ...args, "--format", "json", "--db", db]).stdout) as MergedEvent[]).map(
        (e) => e.type,
      );
    expect(only(["--actor", "RUS"])).toEqual(["ASSAULT"]);
    expect(only(["--type", "reject"])).toEqual(["REJECT"]);
    expect(only(["--since", "2020-01-01", "--until", "2024-12-31"])).toEqual(["ASSAULT"]);
    expect(only(["--status", "unconfirmed"])).toEqual(["REJECT"]);
    expect(only(["--text", "Singapore"])).toEqual(["CONSULT"]);
    expect(only(["--text", "NEAR(x y) OR *"])).toEqual([]);
  });

  it("rejects bad filters with a usage error naming the option", () => {
    const bad = runCli(["events", "--dyad", "USAPRK", "--db", db]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--dyad: expected two country codes/);
    expect(runCli(["events", "--status", "maybe", "--db", db]).stderr).toMatch(/--status: expected one of/);
    expect(runCli(["events", "--since", "June", "--db", db]).stderr).toMatch(
      /--since: "June" is not a real date/,
    );
  });

  it("gives the dyad series and dialogue state, as JSON and as a table", () => {
    const json = runCli(["dyad", "USA", "PRK", "--by", "month", "--format", "json", "--db", db]);
    expect(json.code, json.stderr).toBe(0);
    const report = JSON.parse(json.stdout);
    expect(report.series[0]).toMatchObject({ period: "2018-06", total: 1, goldsteinSum: 1 });
    expect(report.series.at(-1)).toMatchObject({ period: "2025-06", counts: { 3: 1 }, goldsteinMean: -5 });
    expect(report.dialogue.lastSummit).toMatchObject({ location: "Singapore" });
    const table = runCli(["dyad", "usa", "prk", "--db", db]).stdout;
    expect(table).toContain(report.sparkline);
    expect(table).toMatch(
      /PRK→USA: 2025-06-12 PRKGOV→USAGOV REJECT 125 \(unconfirmed; per PRKMED, USAGOV; unconfirmed by USA\)/,
    );
    expect(table).toMatch(/last summit: 2018-06-12 USAGOV→PRKGOV CONSULT 040 in Singapore/);
    expect(runCli(["dyad", "USA", "NORTHKOREA", "--db", db]).code).toBe(2);
  });

  it("exports every event as PLOVER JSON, CSV and GDELT TSV, to stdout or a file", () => {
    const plover = JSON.parse(runCli(["export", "--format", "plover-json", "--db", db]).stdout) as Record<
      string,
      unknown
    >[];
    expect(plover).toHaveLength(3);
    expect(plover[0]).toMatchObject({
      event: "REJECT",
      actor1: "PRKGOV",
      actor1_country: "PRK",
      actor2_country: "USA",
      status: "unconfirmed",
    });
    const out = join(tmp.dir, "events.csv");
    const file = runCli(["export", "--format", "csv", "--out", out, "--db", db]);
    expect(file.code, file.stderr).toBe(0);
    const csv = readFileSync(out, "utf8");
    expect(csv.trim().split("\n")).toHaveLength(4);
    const row = csvRows([
      {
        ...(JSON.parse(runCli(["events", "--format", "json", "--db", db]).stdout) as MergedEvent[])[0]!,
        evidence: '=HYPERLINK("x"), said "he"',
      },
    ]);
    expect(row).toContain(`"'=HYPERLINK(""x""), said ""he"""`);
    expect(runCli(["export", "--format", "gdelt-tsv", "--db", db]).stdout.trim().split("\n")).toHaveLength(3);
    expect(runCli(["export", "--format", "xml", "--db", db]).code).toBe(2);
    expect(
      runCli(["export", "--format", "csv", "--out", join(tmp.dir, "no", "such", "dir.csv"), "--db", db]).code,
    ).toBe(3);
  });
});
