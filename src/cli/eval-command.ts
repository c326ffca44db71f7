/**
 * `parley eval --gold FILE [--pred FILE]`: codes the gold sentences (or reads given predictions) and
 * scores them by the rules of the shared evaluation README.
 *
 * @example
 * parley eval --gold ../shared/eval/petr2-gsr.jsonl --json
 */
import { readFileSync } from "node:fs";
import { type EvalReport, type GoldRow, type PredictionRow, scoreEvents } from "../analytics/eval-score.js";
import { ParleyError } from "../core/errors.js";
import type { Coder } from "../pipeline/coder.js";
import type { CommandIo } from "./code-command.js";

/** Reads a JSONL file of objects with an `id`; an error names the file and line. @example readRows("gold.jsonl") */
export function readRows<T>(path: string): T[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw new ParleyError("E_INPUT_NOT_FOUND", `${path}: cannot read the file`);
  }
  const rows: T[] = [];
  text.split("\n").forEach((line, index) => {
    if (!line.trim()) return;
    try {
      rows.push(JSON.parse(line) as T);
    } catch (error) {
      throw new ParleyError("E_INPUT_FORMAT", `${path}:${index + 1}: not JSON (${(error as Error).message})`);
    }
  });
  return rows;
}

/**
 * Runs `parley eval` and prints the figures.
 * @example await runEvalCommand(coder, { gold: "gold.jsonl" }, io)
 */
export function runEvalCommand(
  coder: Coder,
  options: { readonly gold: string; readonly pred?: string; readonly json?: boolean },
  io: CommandIo,
): EvalReport {
  const gold = readRows<GoldRow & { text?: string; date?: string }>(options.gold);
  const predictions: PredictionRow[] = options.pred
    ? readRows<PredictionRow>(options.pred)
    : gold.map((row, i) => {
        if (typeof row.text !== "string")
          throw new ParleyError("E_INPUT_FORMAT", `${options.gold}:${i + 1}: field text: missing`);
        return {
          id: row.id,
          events: coder.code({ id: row.id, text: row.text, ...(row.date ? { date: row.date } : {}) }).events,
        };
      });
  const report = scoreEvents(gold, predictions);
  if (options.json) io.out(`${JSON.stringify(report)}\n`);
  else io.out(formatReport(report));
  return report;
}

const f = (x: number | null) => (x === null ? "n/a" : x.toFixed(3));

/** The report as the reference scorer prints it. @example formatReport(report) */
export function formatReport(r: EvalReport): string {
  const lines = [`sentences ${r.sentences} (no prediction for ${r.missingPredictions})`];
  if (r.gold || r.pred) {
    lines.push(
      `all-events sets: gold ${r.gold} pred ${r.pred} matched ${r.matched}  P ${f(r.precision)} R ${f(r.recall)} F1 ${f(r.f1)}  no-event sentences left clean ${f(r.noEventPrecision)}`,
    );
  }
  if (r.oneEventGold)
    lines.push(
      `one-event sets: gold event found ${r.oneEventFound}/${r.oneEventGold} = ${f(r.oneEventRecall)}`,
    );
  lines.push(
    `gold event type among predicted types: ${f(r.typeRecall)}   historical references found: ${f(r.historicalRecall)}`,
  );
  return `${lines.join("\n")}\n`;
}
