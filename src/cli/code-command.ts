/**
 * `parley code`: codes articles from files or stdin and prints their events.
 *
 * @example
 * parley code article.txt --date 2025-06-12 --format json --explain
 */
import { basename, extname } from "node:path";
import { asError, ParleyError } from "../core/errors.js";
import type { ArticleInput, CodedArticle } from "../core/types.js";
import { decodeTextBytes, readFileBytes } from "../ingest/article-bytes.js";
import {
  articlesFromBytes,
  defaultReadLimits,
  parseJsonlArticles,
  type ReadLimits,
  readArticleFile,
  readStdin,
} from "../ingest/article-reader.js";
import type { ArticleCoding } from "../ingest/article-coding.js";
import { parseIsoDate } from "../core/iso-date.js";
import { type CodeFormat, explainArticle, renderArticles } from "./event-output.js";
import { describeError } from "./exit-codes.js";

/** Options of `parley code`. @example { format: "jsonl", jsonl: true } */
export interface CodeCommandOptions {
  readonly date?: string;
  readonly format: CodeFormat;
  readonly explain?: boolean;
  readonly jsonl?: boolean;
  readonly outlet?: string;
  /** Read limits (article and file size); defaultReadLimits when absent. */
  readonly limits?: ReadLimits;
  /** Articles coded ahead of the output (useful with worker threads); 1 when absent. */
  readonly window?: number;
}

/** Codes one article, in this thread (a Coder) or on workers (pooledCoder). @example await coder.code(article) */
export interface ArticleCoder {
  code(article: ArticleInput): CodedArticle | Promise<CodedArticle>;
}

/**
 * An ArticleCoder on a coding pool; `defaultDate` must be the pool's, so ids and dates match a Coder's.
 * @example pooledCoder(await startCodingPool(2, { defaultDate }), defaultDate)
 */
export function pooledCoder(pool: ArticleCoding, defaultDate: string): ArticleCoder {
  return {
    code: async (article) => {
      const coded = await pool.code(article);
      return { id: article.id ?? "article", date: article.date ?? defaultDate, events: coded.events };
    },
  };
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
  coder: ArticleCoder,
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
  const readLimits = options.limits ?? defaultReadLimits;
  const window = Math.max(1, options.window ?? 1);
  // Articles being coded, in input order; each settles to its result or its error.
  const queue: Promise<CodedArticle | Error>[] = [];
  const flush = async (keep: number) => {
    while (queue.length > keep) {
      const coded = await queue.shift()!;
      if (coded instanceof Error) throw coded;
      if (options.format === "json" && !options.explain) all.push(coded);
      else emit([coded]);
    }
  };
  const code = async (article: ArticleInput) => {
    queue.push(
      Promise.resolve()
        .then(() => coder.code(withDefaults(article)))
        .catch(asError),
    );
    await flush(window - 1);
  };
  // A source that cannot be read stops the run, after what was read before it, as with one thread.
  const read = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      await flush(0);
      throw error;
    }
  };
  for (const source of sources) {
    if (options.jsonl) {
      const maxBytes = readLimits.maxFileBytes ?? readLimits.maxArticleBytes;
      const text = await read(async () => {
        const bytes = source === "-" ? await readStdin({ maxBytes }) : await readFileBytes(source, maxBytes);
        return decodeTextBytes(bytes, source === "-" ? "stdin" : source, maxBytes);
      });
      for (const line of parseJsonlArticles(text, source === "-" ? "stdin" : source, readLimits)) {
        if (!line.ok) {
          // Keep the output in input order: what was read before this line goes out first.
          await flush(0);
          failures++;
          io.err(`${describeError(line.error)}\n`);
          const id = `${sourceName(source)}:${line.line}`;
          const row = { id, events: [], error: line.error.message };
          if (options.format === "jsonl") io.out(`${JSON.stringify(row)}\n`);
          continue;
        }
        await code(line.article);
      }
      continue;
    }
    const articles = await read(async () =>
      source === "-"
        ? articlesFromBytes(await readStdin({ maxBytes: readLimits.maxArticleBytes }), "stdin", {
            defaultId: "stdin",
            limits: readLimits,
          })
        : readArticleFile(source, readLimits, (e) => {
            failures++;
            io.err(`${describeError(e)}\n`);
          }),
    );
    for (const article of articles) await code(article);
  }
  await flush(0);
  if (all.length > 0 || (options.format === "json" && !options.explain)) emit(all);
  return failures > 0 ? 1 : 0;
}

function sourceName(source: string): string {
  return source === "-" ? "stdin" : basename(source, extname(source));
}
