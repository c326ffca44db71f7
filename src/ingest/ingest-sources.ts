/**
 * Turns `parley ingest` arguments (files, directories, http/https URLs) into a lazy stream of
 * articles, one file or URL at a time, so a corpus of any size never sits in memory at once.
 * Unreadable inputs become failures in the stream; the other inputs go on.
 *
 * @example
 * for await (const item of ingestSources(["samples/corpus"])) if (item.ok) console.log(item.article.id);
 */
import { readdir, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import { isParleyError, type ParleyError } from "../core/errors.js";
import type { ArticleInput } from "../core/types.js";
import {
  collectionLimit,
  decodeTextBytes,
  defaultReadLimits,
  type ReadLimits,
  readFileBytes,
} from "./article-bytes.js";
import { type ArticleFormat, articlesFromBytes, formatFromPath } from "./article-reader.js";
import { feedArticles, looksLikeFeed } from "./feed-articles.js";
import { defaultFetchLimits, type FetchLimits, fetchBytes, isUrl } from "./http-fetch.js";

/** One article read from an input, or the failure of an input or line. @example { ok: true, article, source: "a.json" } */
export type SourceItem =
  | { readonly ok: true; readonly article: ArticleInput; readonly source: string }
  | { readonly ok: false; readonly error: ParleyError; readonly source: string };

/** Limits of reading. @example { read: defaultReadLimits, fetch: defaultFetchLimits } */
export interface SourceOptions {
  readonly read?: ReadLimits;
  readonly fetch?: FetchLimits;
}

const FEED_EXTENSIONS = new Set([".xml", ".rss", ".atom"]);
const DIRECTORY_EXTENSIONS = new Set([
  ".txt",
  ".text",
  ".html",
  ".htm",
  ".xhtml",
  ".json",
  ".jsonl",
  ".ndjson",
  ...FEED_EXTENSIONS,
]);

/**
 * Expands directories (recursively, in name order, skipping hidden entries and unknown extensions); files and URLs pass through.
 * @example await expandInputs(["samples"]) // ["samples/corpus/2017-….json", …, "samples/short-report.txt"]
 */
export async function expandInputs(inputs: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    if (isUrl(input)) {
      out.push(input);
      continue;
    }
    const info = await stat(input).catch(() => null);
    if (info?.isDirectory()) out.push(...(await walk(input)));
    else out.push(input);
  }
  return out;
}

async function walk(dir: string): Promise<string[]> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(path)));
    else if (entry.isFile() && DIRECTORY_EXTENSIONS.has(extname(entry.name).toLowerCase())) files.push(path);
  }
  return files;
}

/**
 * Reads each input in turn and yields its articles (with the failures of bad inputs and lines).
 * @example ingestSources(["https://example.org/feed.xml"], { fetch: { timeoutMs: 5000, maxBytes: 1e6 } })
 */
export async function* ingestSources(
  inputs: readonly string[],
  options: SourceOptions = {},
): AsyncGenerator<SourceItem> {
  for (const input of inputs) {
    const failures: ParleyError[] = [];
    let articles: readonly ArticleInput[];
    try {
      articles = isUrl(input) ? await readUrl(input, options) : await readFile(input, options, failures);
    } catch (error) {
      if (!isParleyError(error)) throw error;
      yield { ok: false, error, source: input };
      continue;
    }
    for (const error of failures) yield { ok: false, error, source: input };
    for (const article of articles) yield { ok: true, article, source: input };
  }
}

async function readFile(
  path: string,
  options: SourceOptions,
  failures: ParleyError[],
): Promise<readonly ArticleInput[]> {
  const limits = options.read ?? defaultReadLimits;
  const bytes = await readFileBytes(path, collectionLimit(limits));
  const ext = extname(path).toLowerCase();
  const format = formatFromPath(path);
  if (FEED_EXTENSIONS.has(ext) || ((format === undefined || format === "html") && startsLikeFeed(bytes))) {
    return feedArticles(decodeTextBytes(bytes, path, collectionLimit(limits)), path);
  }
  return articlesFromBytes(bytes, path, {
    limits,
    ...(format ? { format } : {}),
    onBadLine: (error) => failures.push(error),
  });
}

async function readUrl(url: string, options: SourceOptions): Promise<readonly ArticleInput[]> {
  const limits = options.read ?? defaultReadLimits;
  const fetched = await fetchBytes(url, options.fetch ?? defaultFetchLimits);
  const type = fetched.contentType.toLowerCase();
  if (/(rss|atom|xml)/.test(type) || startsLikeFeed(fetched.bytes)) {
    return feedArticles(decodeTextBytes(fetched.bytes, url, collectionLimit(limits)), url);
  }
  const format: ArticleFormat | undefined = type.includes("html")
    ? "html"
    : type.includes("json")
      ? "json"
      : type.startsWith("text/plain")
        ? "txt"
        : undefined;
  const articles = articlesFromBytes(fetched.bytes, url, {
    limits,
    ...(format ? { format } : {}),
    defaultId: url,
  });
  return articles.map((a) => ({ ...a, url: a.url ?? fetched.url }));
}

function startsLikeFeed(bytes: Uint8Array): boolean {
  return looksLikeFeed(Buffer.from(bytes.subarray(0, 2048)).toString("utf8"));
}
