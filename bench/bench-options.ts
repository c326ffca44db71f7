/**
 * The benchmark's command line, checked before anything runs: an unknown flag or a bad value is an
 * error with the usage, not a silent full run (which takes most of an hour).
 *
 * @example
 * parseBenchOptions(["--only", "coder"], false).only; // Set { "coder" }
 */
import { parseArgs } from "node:util";

/** The sections `--only` can name, in the order they run. @example BENCH_SECTIONS[0] // "coder" */
export const BENCH_SECTIONS = ["coder", "startup", "workers", "ingest", "series", "load"] as const;

/** What to measure and at which sizes. @example { only: new Set(["coder"]), sentences: 50000, … } */
export interface BenchOptions {
  readonly help: boolean;
  readonly only: ReadonlySet<string>;
  readonly articles: number;
  readonly events: readonly number[];
  readonly sentences: number;
  readonly keep: boolean;
}

/** A bad command line; its message names the flag. @example new BenchUsageError("--articles: not a positive integer: x") */
export class BenchUsageError extends Error {
  override readonly name = "BenchUsageError";
}

/** Usage text for `npm run bench -- --help`. @example console.log(BENCH_USAGE) */
export const BENCH_USAGE = `usage: npm run bench -- [options]   (BENCH_QUICK=1 for a smoke run with small sizes)
  --only <list>      sections to run, comma-separated: ${BENCH_SECTIONS.join(",")} (default: all;
                     the others are kept in bench/results.json)
  --sentences <n>    coder corpus size in sentences (default 50000)
  --articles <n>     articles for the large ingest run (default 100000)
  --events <n[,n]>   generated events for the query stores (default 1000000,10000000)
  --keep             keep the generated query databases in bench/tmp
  -h, --help         print this and exit`;

/**
 * Parses and checks the benchmark's arguments (without the node and script paths).
 * @example parseBenchOptions(process.argv.slice(2), process.env.BENCH_QUICK === "1")
 */
export function parseBenchOptions(args: readonly string[], quick: boolean): BenchOptions {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...args],
      strict: true,
      allowPositionals: false,
      options: {
        only: { type: "string" },
        sentences: { type: "string" },
        articles: { type: "string" },
        events: { type: "string" },
        keep: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    // parseArgs names the offending flag or argument in its message.
    throw new BenchUsageError(error instanceof Error ? error.message : String(error));
  }
  const text = (name: string, fallback: string) => {
    const value = values[name];
    return typeof value === "string" ? value : fallback;
  };
  const only = text("only", BENCH_SECTIONS.join(","))
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
  const unknown = only.filter((s) => !(BENCH_SECTIONS as readonly string[]).includes(s));
  if (unknown.length > 0 || only.length === 0) {
    throw new BenchUsageError(
      `--only: unknown section ${unknown.join(", ") || "(none given)"}; sections: ${BENCH_SECTIONS.join(", ")}`,
    );
  }
  return {
    help: values.help === true,
    only: new Set(only),
    articles: positive("--articles", text("articles", quick ? "2000" : "100000")),
    events: text("events", quick ? "100000" : "1000000,10000000")
      .split(",")
      .map((size) => positive("--events", size)),
    sentences: positive("--sentences", text("sentences", quick ? "5000" : "50000")),
    keep: values.keep === true,
  };
}

function positive(flag: string, value: string): number {
  const n = Number(value.replace(/_/g, ""));
  if (!Number.isInteger(n) || n <= 0) throw new BenchUsageError(`${flag}: not a positive integer: ${value}`);
  return n;
}
