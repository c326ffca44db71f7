/**
 * The sample corpus, ingested as `npm start` does: the USA–PRK dialogue state shows the 2025 letter
 * as refused per North Korean media and unconfirmed by Washington, and the 2018 Singapore summit.
 */
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DyadReport } from "../../src/cli/dyad-command.js";
import { repoRoot, runCli } from "../cli/run-cli.js";
import { tempDir } from "./ingest-helpers.js";

describe("the sample corpus in the store", () => {
  const tmp = tempDir("parley-corpus-");
  const db = join(tmp.dir, "corpus.db");
  let report: DyadReport;

  beforeAll(() => {
    const ingest = runCli(["ingest", join(repoRoot, "samples", "corpus"), "--db", db]);
    expect(ingest.code, ingest.stderr).toBe(0);
    const dyad = runCli(["dyad", "USA", "PRK", "--format", "json", "--db", db]);
    expect(dyad.code, dyad.stderr).toBe(0);
    report = JSON.parse(dyad.stdout) as DyadReport;
  });
  afterAll(() => tmp.remove());

  it("shows the 2025 letter as refused per North Korean media and unconfirmed by Washington", () => {
    const letter = report.dialogue.channels.find((c) => c.channel === "letter")!;
    expect(["2025-06-11", "2025-06-12"]).toContain(letter.backward?.date);
    const refused = report.dialogue.rejectedOvertures[0]!;
    expect(refused).toMatchObject({ type: "REJECT", channel: "letter", status: "unconfirmed", confirmedBy: [] });
    expect(refused.source.slice(0, 3)).toBe("PRK");
    expect(refused.target.slice(0, 3)).toBe("USA");
    expect(["2025-06-11", "2025-06-12"]).toContain(refused.date);
    expect(refused.claimedBy).toContain("PRKMED");
    expect(refused.unconfirmedBy).toContain("USA");
  });

  it("shows the 2018 Singapore summit as the summit the 2025 reports recall", () => {
    const recalled = report.dialogue.recalledSummit!;
    expect(recalled).toMatchObject({ location: "Singapore", channel: "summit" });
    expect(recalled.date.startsWith("2018")).toBe(true);
    expect(recalled.lastSeen >= "2025-06-12").toBe(true);
    // The corpus also holds the Hanoi summit (February 2019), so the latest summit is not Singapore.
    expect(report.dialogue.lastSummit!.date >= "2018-06-12").toBe(true);
  });

  it("prints the same content as a table", () => {
    const table = runCli(["dyad", "USA", "PRK", "--db", db]);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(
      /rejected overtures: \n\s+2025-06-1[12] PRK\w*→USA\w* REJECT 12\d.*unconfirmed.*per .*PRKMED.*unconfirmed by .*USA/,
    );
    expect(table.stdout).toContain(report.sparkline);
    expect(table.stdout).toMatch(/summit recalled by the latest reports .* in Singapore/);
  });
});
