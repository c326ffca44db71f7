import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, sharedDir } from "./run-cli.js";

const evalDir = join(sharedDir, "eval");

describe.skipIf(!existsSync(evalDir))("parley eval agrees with the reference scorer", () => {
  for (const set of ["plover-gsr-dev", "petr2-gsr"]) {
    it(`reports the same figures on ${set}`, () => {
      const dir = mkdtempSync(join(tmpdir(), "parley-eval-"));
      const gold = join(evalDir, `${set}.jsonl`);
      const input = join(dir, "in.jsonl");
      const rows = readFileSync(gold, "utf8")
        .split("\n")
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as { id: string; text: string; date: string });
      writeFileSync(
        input,
        rows.map((r) => JSON.stringify({ id: r.id, text: r.text, date: r.date })).join("\n"),
      );
      const coded = runCli(["code", "--jsonl", input, "--format", "jsonl"]);
      expect(coded.code).toBe(0);
      expect(coded.stdout.trim().split("\n")).toHaveLength(rows.length);
      const pred = join(dir, "pred.jsonl");
      writeFileSync(pred, coded.stdout);

      const reference = spawnSync(process.execPath, [join(evalDir, "score.mjs"), gold, pred, "--json"], {
        encoding: "utf8",
      });
      const expected = JSON.parse(reference.stdout) as Record<string, unknown>;
      const ours = JSON.parse(runCli(["eval", "--gold", gold, "--pred", pred, "--json"]).stdout) as Record<
        string,
        unknown
      >;
      const direct = JSON.parse(runCli(["eval", "--gold", gold, "--json"]).stdout) as Record<string, unknown>;
      for (const key of Object.keys(expected)) {
        if (key === "typeHits" || key === "typeTotal" || key === "noEventClean") continue;
        expect(ours[key], key).toEqual(expected[key]);
        expect(direct[key], key).toEqual(expected[key]);
      }
    });
  }
});
