/**
 * The `parley` command line. Commands build on the library; this file alone turns errors into
 * exit codes.
 *
 * @example
 * parley code --jsonl sentences.jsonl --format jsonl
 */
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Command, CommanderError, Option } from "commander";
import type { Coder } from "../pipeline/coder.js";
import type { CodeCommandOptions, CommandIo } from "./code-command.js";
import { describeError, exitCodeFor } from "./exit-codes.js";
import { type LimitCliOptions, parseLimitOptions, withLimitOptions } from "./limit-options.js";
import { withStore, withStoreOptions } from "./store-options.js";
import { parseWorkers } from "./workers-option.js";

const io: CommandIo = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) };
const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const today = () => new Date().toISOString().slice(0, 10);

// Each command loads what it runs when it runs: the language model, the readers and the web server
// together took over a second to load, which every `parley events` or `--help` paid.
async function coderFor(
  options: { dictionaries?: string },
  limits?: ReturnType<typeof parseLimitOptions>,
): Promise<Coder> {
  const { createCoder } = await import("../index.js");
  return createCoder({
    defaultDate: today(),
    ...(options.dictionaries ? { dictionaryDir: options.dictionaries } : {}),
    ...(limits ? { limits: limits.coder } : {}),
  });
}

/** `parley code`: in this thread, or on `--workers` threads with the same output. */
async function codeAction(
  files: string[],
  options: CodeCommandOptions &
    LimitCliOptions & { readonly workers?: string; readonly dictionaries?: string },
): Promise<number> {
  const limits = parseLimitOptions(options);
  const workers = parseWorkers(options.workers);
  const commandOptions = { ...options, limits: limits.read };
  const { CODING_BATCH, batchedCoding } = await import("../ingest/coding-batch.js");
  const { pooledCoder, runCodeCommand } = await import("./code-command.js");
  if (workers === 1) {
    const coder = await coderFor(options, limits);
    const code = batchedCoding(
      (batch) => coder.codeMany(batch),
      (article) => coder.code(article),
    );
    return runCodeCommand({ code }, files, { ...commandOptions, window: CODING_BATCH }, io);
  }
  const defaultDate = today();
  const { startCodingPool } = await import("../ingest/coding-pool.js");
  const pool = await startCodingPool(workers, {
    defaultDate,
    limits: limits.coder,
    ...(options.dictionaries ? { dictionaryDir: options.dictionaries } : {}),
  });
  try {
    return await runCodeCommand(
      pooledCoder(pool, defaultDate),
      files,
      { ...commandOptions, window: workers * CODING_BATCH },
      io,
    );
  } finally {
    await pool.close();
  }
}

/** How `serve` and `start` run the server: until SIGINT or SIGTERM. */
function serveContext() {
  const stop = new AbortController();
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => stop.abort());
  return { packageRoot, today, env: process.env, signal: stop.signal };
}

/** Builds the command tree. @example buildProgram().parseAsync(process.argv) */
export function buildProgram(): Command {
  const program = new Command("parley")
    .description("Code news about relations between states into verifiable event data.")
    .version("0.1.0")
    .exitOverride()
    .configureOutput({ writeErr: (s) => io.err(s.startsWith("error:") ? `parley: ${s.slice(7)}` : s) });

  const code = program
    .command("code")
    .description("code articles (.txt, .html, .json, or JSONL with --jsonl) and print their events")
    .argument("[files...]", "input files, or - for stdin")
    .option("--date <yyyy-mm-dd>", "article date for inputs that carry none")
    .addOption(
      new Option("--format <format>", "output format").choices(["json", "jsonl", "tsv"]).default("json"),
    )
    .option("--jsonl", "input is JSON Lines {id, text, date?}; one output line per input line")
    .option("--explain", "print, for each event, the clause, the pattern and the actor entries behind it")
    .option("--outlet <name>", "outlet for inputs that name none")
    .option("--dictionaries <dir>", "dictionary folder (default: the bundled one)")
    .option("--workers <n>", "code on n worker threads (same output as 1)", "1");
  withLimitOptions(code, false).action(async (files: string[], options) => {
    process.exitCode = await codeAction(files, options);
  });

  program
    .command("eval")
    .description("score the coder against gold sentences (rules of shared/eval/README.md)")
    .requiredOption("--gold <file>", "gold JSONL file")
    .option("--pred <file>", "score these predictions instead of coding the gold texts")
    .option("--json", "print the figures as JSON")
    .option("--dictionaries <dir>", "dictionary folder (default: the bundled one)")
    .action(async (options) => {
      const { runEvalCommand } = await import("./eval-command.js");
      runEvalCommand(await coderFor(options), options, io);
    });

  program
    .command("schema")
    .description("print the JSON Schema of the output contract")
    .action(async () => {
      const { renderSchema } = await import("./schema-command.js");
      io.out(renderSchema());
    });

  withLimitOptions(
    withStoreOptions(
      program
        .command("ingest")
        .description("read files, directories, RSS/Atom feeds and http(s) URLs into the event store")
        .argument("<inputs...>", "files (.txt .html .json .jsonl .xml), directories or http/https URLs")
        .option("--date <yyyy-mm-dd>", "date for articles that carry none (default: today)")
        .option("--outlet <name>", "outlet for articles that name none")
        .option("--workers <n>", "code on n worker threads (same output as 1)", "1")
        .option("--dictionaries <dir>", "dictionary folder (default: the bundled one)"),
    ),
    true,
  ).action(async (inputs: string[], options) => {
    const limits = parseLimitOptions(options);
    const { runIngestCommand } = await import("./ingest-command.js");
    const report = await withStore(options, (store) =>
      runIngestCommand(
        store,
        inputs,
        { ...options, today: today(), tty: process.stderr.isTTY === true, limits },
        io,
      ),
    );
    process.exitCode = report.failed > 0 ? 1 : 0;
  });

  withStoreOptions(
    program
      .command("events")
      .description("list merged events from the store")
      .option("--actor <code>", "actor code or country, as source or target (e.g. PRK, USAGOV)")
      .option("--dyad <A-B>", "two countries, either direction (e.g. USA-PRK)")
      .option("--type <type>", "PLOVER type (REJECT) or CAMEO code prefix (12)")
      .option("--since <yyyy-mm-dd>", "events on or after this date")
      .option("--until <yyyy-mm-dd>", "events on or before this date")
      .option("--status <status>", "asserted, confirmed, denied or unconfirmed")
      .option("--text <words>", "full-text search in the evidence sentences")
      .option("--limit <n>", "at most n events")
      .addOption(
        new Option("--format <format>", "output format (default: table on a terminal, else json)").choices([
          "table",
          "json",
          "csv",
          "tsv",
        ]),
      ),
  ).action(async (options) => {
    const format = options.format ?? (process.stdout.isTTY ? "table" : "json");
    const { runEventsCommand } = await import("./events-command.js");
    await withStore(options, (store) =>
      runEventsCommand(store, { ...options, format, width: process.stdout.columns ?? 140 }, io),
    );
  });

  withStoreOptions(
    program
      .command("dyad")
      .description("relationship of two countries: QuadClass counts, Goldstein per period, dialogue state")
      .argument("<a>", "first country code (e.g. USA)")
      .argument("<b>", "second country code (e.g. PRK)")
      .addOption(
        new Option("--by <period>", "period of the time series")
          .choices(["day", "week", "month"])
          .default("month"),
      )
      .option("--since <yyyy-mm-dd>", "only events on or after this date")
      .addOption(
        new Option("--format <format>", "output format").choices(["table", "json"]).default("table"),
      ),
  ).action(async (a: string, b: string, options) => {
    const { runDyadCommand } = await import("./dyad-command.js");
    await withStore(options, (store) => runDyadCommand(store, a, b, options, io));
  });

  withStoreOptions(
    program
      .command("export")
      .description(
        "write every merged event as PLOVER JSON, CSV or GDELT-layout TSV (docs/export-formats.md)",
      )
      .addOption(
        new Option("--format <format>", "export format")
          .choices(["plover-json", "csv", "gdelt-tsv"])
          .makeOptionMandatory(),
      )
      .option("--out <file>", "write to this file instead of stdout"),
  ).action(async (options) => {
    const { runExportCommand } = await import("./export-command.js");
    await withStore(options, (store) => runExportCommand(store, options, io));
  });

  withStoreOptions(
    program
      .command("serve")
      .description("serve the HTTP API and web UI (writes need PARLEY_TOKEN as a bearer token)")
      .option("--port <n>", "port to listen on", "8080")
      .option("--host <address>", "address to bind (default: 127.0.0.1, this machine only)", "127.0.0.1")
      .option("--cors <origins>", "comma-separated origins allowed by CORS (default: none)"),
  ).action(async (options) => {
    const { serveStore } = await import("./serve-command.js");
    await withStore(options, (store) => serveStore(store, options, serveContext(), io));
  });

  withStoreOptions(
    program
      .command("start")
      .description("first run: ingest the sample corpus; then show the USA–North Korea dialogue state")
      .option("--serve", "then build the web UI if needed and serve it (npm start does this)")
      .option("--port <n>", "port for --serve", "8080")
      .option("--host <address>", "address for --serve (default: 127.0.0.1)", "127.0.0.1"),
  ).action(async (options) => {
    const { runStartCommand } = await import("./start-command.js");
    const { ensureWebBuild, serveStore } = await import("./serve-command.js");
    await withStore(options, async (store) => {
      await runStartCommand(store, packageRoot, today(), io);
      if (!options.serve) return;
      await ensureWebBuild(packageRoot, io);
      await serveStore(store, options, serveContext(), io);
    });
  });
  return program;
}

/** Runs the CLI; never prints a stack trace. @example await main(process.argv) */
export async function main(argv: readonly string[]): Promise<void> {
  try {
    await buildProgram().parseAsync([...argv]);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode === 0 ? 0 : 2;
      return;
    }
    io.err(`${describeError(error)}\n`);
    process.exitCode = exitCodeFor(error);
  }
}
