/**
 * The limit options shared by `parley code` and `parley ingest`: article size, sentences per article,
 * tokens per sentence, and, for ingest, the fetch timeout and response size. Each has a default, so a
 * 5 MiB single-line file or an endless server never stalls a run.
 *
 * @example
 * const limits = parseLimitOptions({ maxSentenceTokens: "120" });
 * createCoder({ limits: limits.coder });
 */
import type { Command } from "commander";
import { ParleyError } from "../core/errors.js";
import { defaultReadLimits, type ReadLimits } from "../ingest/article-bytes.js";
import { defaultFetchLimits, type FetchLimits } from "../ingest/http-fetch.js";
import { type CoderLimits, defaultCoderLimits } from "../pipeline/coder-limits.js";

/** The raw option strings, as commander gives them. @example { maxArticleBytes: "1MiB" } */
export interface LimitCliOptions {
  readonly maxArticleBytes?: string;
  readonly maxSentences?: string;
  readonly maxSentenceTokens?: string;
  readonly fetchTimeout?: string;
  readonly maxResponseBytes?: string;
}

/** Parsed limits for the reader, the coder and fetching. @example parseLimitOptions({}).coder.maxSentences // 5000 */
export interface ParsedLimits {
  readonly read: ReadLimits;
  readonly coder: CoderLimits;
  readonly fetch: FetchLimits;
}

const UNITS: Readonly<Record<string, number>> = { "": 1, k: 1000, kib: 1024, m: 1e6, mib: 1024 ** 2 };

/**
 * A positive whole number, optionally with a byte unit (k, KiB, M, MiB) when `bytes` is set.
 * @example parseCount("--max-article-bytes", "2MiB", true) // 2097152
 */
export function parseCount(flag: string, value: string, bytes = false): number {
  const match = /^\s*(\d+)\s*([a-z]*)\s*$/i.exec(value);
  const unit = match ? UNITS[match[2]!.toLowerCase()] : undefined;
  const n = match && unit !== undefined && (bytes || unit === 1) ? Number(match[1]) * unit : Number.NaN;
  if (!Number.isSafeInteger(n) || n < 1) {
    throw new ParleyError(
      "E_USAGE",
      `${flag}: expected a whole number above 0${bytes ? " (bytes; k, KiB, M, MiB allowed)" : ""}, got "${value}"`,
    );
  }
  return n;
}

/**
 * Parses the limit options; absent ones keep their defaults.
 * @example parseLimitOptions({ maxArticleBytes: "1MiB" }).read.maxArticleBytes // 1048576
 */
export function parseLimitOptions(options: LimitCliOptions): ParsedLimits {
  const articleBytes =
    options.maxArticleBytes === undefined
      ? defaultReadLimits.maxArticleBytes
      : parseCount("--max-article-bytes", options.maxArticleBytes, true);
  return {
    read: { ...defaultReadLimits, maxArticleBytes: articleBytes },
    coder: {
      // A character takes at least one byte, so text within the byte limit is within this one too.
      maxArticleChars: articleBytes,
      maxSentences:
        options.maxSentences === undefined
          ? defaultCoderLimits.maxSentences
          : parseCount("--max-sentences", options.maxSentences),
      maxSentenceTokens:
        options.maxSentenceTokens === undefined
          ? defaultCoderLimits.maxSentenceTokens
          : parseCount("--max-sentence-tokens", options.maxSentenceTokens),
    },
    fetch: {
      timeoutMs:
        options.fetchTimeout === undefined
          ? defaultFetchLimits.timeoutMs
          : parseCount("--fetch-timeout", options.fetchTimeout),
      maxBytes:
        options.maxResponseBytes === undefined
          ? defaultFetchLimits.maxBytes
          : parseCount("--max-response-bytes", options.maxResponseBytes, true),
    },
  };
}

/**
 * Adds the article limits (both commands) and, with `fetch`, the fetch limits (ingest) to a command.
 * @example withLimitOptions(program.command("code"), false)
 */
export function withLimitOptions(command: Command, fetch: boolean): Command {
  command
    .option(
      "--max-article-bytes <n>",
      `largest article read (default ${defaultReadLimits.maxArticleBytes / 1024 ** 2} MiB)`,
    )
    .option(
      "--max-sentences <n>",
      `sentences coded per article; the rest are skipped (default ${defaultCoderLimits.maxSentences})`,
    )
    .option(
      "--max-sentence-tokens <n>",
      `longer sentences are cut to this many tokens (default ${defaultCoderLimits.maxSentenceTokens})`,
    );
  if (fetch) {
    command
      .option(
        "--fetch-timeout <ms>",
        `give up on a URL after this long (default ${defaultFetchLimits.timeoutMs})`,
      )
      .option(
        "--max-response-bytes <n>",
        `largest response read from a URL (default ${defaultFetchLimits.maxBytes / 1024 ** 2} MiB)`,
      );
  }
  return command;
}
