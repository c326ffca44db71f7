/**
 * The `parley` command line. Commands build on the library; this file alone turns errors into
 * exit codes.
 *
 * @example
 * parley code --jsonl sentences.jsonl --format jsonl
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Command, CommanderError, Option } from "commander";
import { createCoder } from "../index.js";
import type { Coder } from "../pipeline/coder.js";
import { type CommandIo, runCodeCommand } from "./code-command.js";
import { runEvalCommand } from "./eval-command.js";
import { explainArticle } from "./event-output.js";
import { renderSchema } from "./schema-command.js";
import { describeError, exitCodeFor } from "./exit-codes.js";

const io: CommandIo = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) };
const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const today = () => new Date().toISOString().slice(0, 10);

function coderFor(options: { dictionaries?: string }): Coder {
  return createCoder({
    defaultDate: today(),
    ...(options.dictionaries ? { dictionaryDir: options.dictionaries } : {}),
  });
}

/** Builds the command tree. @example buildProgram().parseAsync(process.argv) */
export function buildProgram(): Command {
  const program = new Command("parley")
    .description("Code news about relations between states into verifiable event data.")
    .version("0.1.0")
    .exitOverride()
    .configureOutput({ writeErr: (s) => io.err(s.startsWith("error:") ? `parley: ${s.slice(7)}` : s) });

  program
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
    .action(async (files: string[], options) => {
      process.exitCode = await runCodeCommand(coderFor(options), files, options, io);
    });

  program
    .command("eval")
    .description("score the coder against gold sentences (rules of shared/eval/README.md)")
    .requiredOption("--gold <file>", "gold JSONL file")
    .option("--pred <file>", "score these predictions instead of coding the gold texts")
    .option("--json", "print the figures as JSON")
    .option("--dictionaries <dir>", "dictionary folder (default: the bundled one)")
    .action((options) => {
      runEvalCommand(coderFor(options), options, io);
    });

  program
    .command("schema")
    .description("print the JSON Schema of the output contract")
    .action(() => io.out(renderSchema()));

  program
    .command("start")
    .description("code the bundled sample report and explain its events")
    .action(() => {
      const sample = join(packageRoot, "samples", "short-report.txt");
      const metaPath = join(packageRoot, "samples", "short-report.meta.json");
      const meta = existsSync(metaPath)
        ? (JSON.parse(readFileSync(metaPath, "utf8")) as { date?: string; outlet?: string })
        : {};
      const coder = coderFor({});
      const coded = coder.code({
        id: "short-report",
        text: readFileSync(sample, "utf8"),
        date: meta.date ?? today(),
        outlet: meta.outlet ?? null,
      });
      io.out(explainArticle(coded));
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
