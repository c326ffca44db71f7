/**
 * Reads article input for `parley code` and `parley ingest`: plain text, HTML pages, JSON records
 * and JSON Lines feeds, chosen by file extension or, failing that, by the content's first character.
 *
 * @example
 * const articles = await readArticleFile("news/2025-06-12.html");
 */
import { basename, extname } from "node:path";
import { ParleyError } from "../core/errors.js";
import type { ArticleInput } from "../core/types.js";
import { articleFromJson } from "./article-from-json.js";
import {
  collectionLimit,
  decodeArticleBytes,
  decodeTextBytes,
  defaultReadLimits,
  type ReadLimits,
  readFileBytes,
} from "./article-bytes.js";
import { parseHtmlArticle } from "./html-article.js";
import { parseJsonlArticles } from "./jsonl-articles.js";

export { decodeArticleBytes, defaultReadLimits, type ReadLimits } from "./article-bytes.js";
export { articleFromJson } from "./article-from-json.js";
export { type JsonlLine, parseJsonlArticles, readJsonlArticles } from "./jsonl-articles.js";
export { readStdin } from "./stdin-bytes.js";

/** Input formats Parley reads. @example "jsonl" */
export type ArticleFormat = "txt" | "html" | "json" | "jsonl";

/** Receives a rejected JSONL line that was skipped. @example (error) => console.error(error.message) */
export type BadLineHandler = (error: ParleyError) => void;

/** How articlesFromBytes reads its input. @example { format: "html", defaultId: "stdin" } */
export interface ArticleBytesOptions {
  /** The format; sniffed from the content when absent. */
  readonly format?: ArticleFormat;
  /** The id for articles without one; defaults to the source name without extension. */
  readonly defaultId?: string;
  readonly limits?: ReadLimits;
  /** Bad JSONL lines go here and are skipped; without it they are skipped silently. */
  readonly onBadLine?: BadLineHandler;
}

const EXTENSIONS: Readonly<Record<string, ArticleFormat>> = {
  ".txt": "txt",
  ".text": "txt",
  ".html": "html",
  ".htm": "html",
  ".xhtml": "html",
  ".json": "json",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
};

/**
 * Reads one input file into articles. A .jsonl file yields its good lines; bad lines go to
 * `onBadLine` (use readJsonlArticles for per-line results); it throws only if no line is good.
 * @example const [article] = await readArticleFile("letter.txt"); // { id: "letter", text: "..." }
 */
export async function readArticleFile(
  path: string,
  limits: ReadLimits = defaultReadLimits,
  onBadLine?: BadLineHandler,
): Promise<readonly ArticleInput[]> {
  const format = formatFromPath(path);
  const single = format === "txt" || format === "html";
  const bytes = await readFileBytes(path, single ? limits.maxArticleBytes : collectionLimit(limits));
  return articlesFromBytes(bytes, path, {
    limits,
    ...(format ? { format } : {}),
    ...(onBadLine ? { onBadLine } : {}),
  });
}

/**
 * Turns raw bytes (a file's or stdin's) into articles; `source` names them in errors.
 * @example articlesFromBytes(await readStdin(), "stdin", { format: "html" });
 */
export function articlesFromBytes(
  bytes: Uint8Array,
  source: string,
  options: ArticleBytesOptions = {},
): readonly ArticleInput[] {
  const limits = options.limits ?? defaultReadLimits;
  const format = options.format ?? sniffFormat(bytes);
  const name = options.defaultId ?? sourceName(source);
  if (format === "txt") return [{ id: name, text: decodeArticleBytes(bytes, source, limits) }];
  if (format === "html") return [htmlArticleInput(decodeArticleBytes(bytes, source, limits), name)];
  const text = decodeTextBytes(bytes, source, collectionLimit(limits));
  if (format === "jsonl") return jsonlArticles(text, source, limits, options.onBadLine);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // Feeds are often JSON Lines saved as .json; read them as such rather than fail.
    if (looksLikeJsonl(text)) return jsonlArticles(text, source, limits, options.onBadLine);
    const reason = error instanceof Error ? error.message : String(error);
    throw new ParleyError("E_INPUT_FORMAT", `${source}: not valid JSON (${reason})`);
  }
  if (!Array.isArray(value)) return [articleFromJson(value, source, { defaultId: name, limits })];
  if (value.length === 0) throw new ParleyError("E_INPUT_EMPTY", `${source}: the JSON array has no articles`);
  return value.map((item, index) =>
    articleFromJson(item, `${source}[${index}]`, { defaultId: `${name}#${index}`, limits }),
  );
}

/**
 * The format implied by a file name's extension, if any.
 * @example formatFromPath("feed.ndjson"); // "jsonl"
 */
export function formatFromPath(path: string): ArticleFormat | undefined {
  return EXTENSIONS[extname(path).toLowerCase()];
}

/**
 * Guesses the format from the first non-blank character: `<` HTML, `{` or `[` JSON, else text.
 * @example sniffFormat(new TextEncoder().encode("<html>")); // "html"
 */
export function sniffFormat(bytes: Uint8Array): ArticleFormat {
  // Skip a UTF-8 byte-order mark and ASCII whitespace; only the first byte of content matters.
  let index = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (index < bytes.length && [0x20, 0x09, 0x0a, 0x0d].includes(bytes[index]!)) index += 1;
  const first = bytes[index];
  if (first === 0x3c) return "html";
  if (first === 0x7b || first === 0x5b) return "json";
  return "txt";
}

function htmlArticleInput(html: string, id: string): ArticleInput {
  const page = parseHtmlArticle(html);
  return {
    id,
    text: page.text,
    ...(page.title ? { title: page.title } : {}),
    ...(page.outlet ? { outlet: page.outlet } : {}),
    ...(page.date ? { date: page.date } : {}),
  };
}

function jsonlArticles(
  text: string,
  source: string,
  limits: ReadLimits,
  onBadLine: BadLineHandler | undefined,
): readonly ArticleInput[] {
  const lines = parseJsonlArticles(text, source, limits);
  const articles: ArticleInput[] = [];
  for (const line of lines) {
    if (line.ok) articles.push(line.article);
    else onBadLine?.(line.error);
  }
  const firstBad = lines.find((line) => !line.ok);
  if (articles.length === 0 && firstBad && !firstBad.ok) throw firstBad.error;
  return articles;
}

function looksLikeJsonl(text: string): boolean {
  const lines = text.split("\n").filter((line) => line.trim() !== "");
  if (lines.length < 2) return false;
  try {
    JSON.parse(lines[0]!);
    return true;
  } catch {
    return false;
  }
}

function sourceName(source: string): string {
  const file = basename(source);
  return basename(file, extname(file)) || file;
}
