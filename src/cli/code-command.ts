/**
 * `parley code`: codes articles from files or stdin and prints their events.
 *
 * @example
 * parley code article.txt --date 2025-06-12 --format json --explain
 */
import { basename, extname } from "node:path";
import { ParleyError } from "../core/errors.js";
import type { ArticleInput, CodedArticle } from "../core/types.js";
import { decodeTextBytes, readFileBytes } from "../ingest/article-bytes.js";
import {
  articlesFromBytes,
  defaultReadLimits,
  parseJsonlArticles,
  readArticleFile,
  readStdin,
} from "../ingest/article-reader.js";
import { parseIsoDate } from "../nlp/date-expressions.js";
import type { Coder } from "../pipeline/coder.js";
import { type CodeFormat, explainArticle, renderArticles } from "./event-output.js";
import { describeError } from "./exit-codes.js";

/** Options of `parley code`. @example { format: "jsonl", jsonl: true } */
export interface CodeCommandOptions {
  readonly date?: string;
  readonly format: CodeFormat;
  readonly explain?: boolean;
  readonly jsonl?: boolean;
  readonly outlet?: string;
}

/** Where the command writes. @example { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) } */
export interface CommandIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/**
 * Runs `parley code`; returns the exit code (1 when some JSONL lines were rejected).
 * @example await runCodeCommand(coder, ["a.txt"], { format: "json" }, io)
 */
export async function runCodeCommand(
  coder: Coder,
  inputs: readonly string[],
  options: CodeCommandOptions,
  io: CommandIo,
): Promise<number> {
  if (options.date !== undefined && !parseIsoDate(options.date)) {
    throw new ParleyError("E_DATE", `--date: "${options.date}" is not a real date in yyyy-mm-dd form`);
  }
  const sources = inputs.length > 0 ? inputs : ["-"];
  let failures = 0;
  const emit = (coded: readonly CodedArticle[]) => {
    if (options.explain) for (const a of coded) io.out(explainArticle(a));
    else io.out(renderArticles(coded, options.format));
  };
  const withDefaults = (a: ArticleInput): ArticleInput => ({
    ...a,
    ...(a.date ? {} : options.date ? { date: options.date } : {}),
    ...(a.outlet ? {} : options.outlet ? { outlet: options.outlet } : {}),
  });
  const all: CodedArticle[] = [];
  for (const source of sources) {
    if (options.jsonl) {
      const maxBytes = defaultReadLimits.maxFileBytes ?? defaultReadLimits.maxArticleBytes;
      const bytes = source === "-" ? await readStdin({ maxBytes }) : await readFileBytes(source, maxBytes);
      const text = decodeTextBytes(bytes, source === "-" ? "stdin" : source, maxBytes);
      for (const line of parseJsonlArticles(text, source === "-" ? "stdin" : source)) {
        if (!line.ok) {
          failures++;
          io.err(`${describeError(line.error)}\n`);
          const id = `${sourceName(source)}:${line.line}`;
          const row = { id, events: [], error: line.error.message };
          if (options.format === "jsonl") io.out(`${JSON.stringify(row)}\n`);
          continue;
        }
        const coded = coder.code(withDefaults(line.article));
        if (options.format === "json" && !options.explain) all.push(coded);
        else emit([coded]);
      }
      continue;
    }
    const articles =
      source === "-"
        ? articlesFromBytes(await readStdin({ maxBytes: defaultReadLimits.maxArticleBytes }), "stdin", {
            defaultId: "stdin",
          })
        : await readArticleFile(source, defaultReadLimits, (e) => {
            failures++;
            io.err(`${describeError(e)}\n`);
          });
    for (const article of articles) {
      const coded = coder.code(withDefaults(article));
      if (options.format === "json" && !options.explain) all.push(coded);
      else emit([coded]);
    }
  }
  if (all.length > 0 || (options.format === "json" && !options.explain)) emit(all);
  return failures > 0 ? 1 : 0;
}

function sourceName(source: string): string {
  return source === "-" ? "stdin" : basename(source, extname(source));
}
