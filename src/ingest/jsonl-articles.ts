/**
 * Reads JSON Lines article feeds line by line: a bad line becomes an error entry naming its line
 * number and the other lines still come through.
 *
 * @example
 * for (const line of parseJsonlArticles(text, "feed.jsonl")) if (!line.ok) console.error(line.error.message);
 */
import { basename, extname } from "node:path";
import { ParleyError } from "../core/errors.js";
import type { ArticleInput } from "../core/types.js";
import { articleFromJson } from "./article-from-json.js";
import {
  collectionLimit,
  decodeTextBytes,
  defaultReadLimits,
  type ReadLimits,
  readFileBytes,
} from "./article-bytes.js";

/** One non-blank JSONL line, parsed or rejected; `line` is 1-based. @example { line: 2, ok: false, error } */
export type JsonlLine =
  | { readonly line: number; readonly ok: true; readonly article: ArticleInput }
  | { readonly line: number; readonly ok: false; readonly error: ParleyError };

/**
 * Parses JSONL text into per-line results; blank lines are skipped, default ids are `<name>:<line>`.
 * @example parseJsonlArticles('{"text":"Seoul said no."}\n', "feed.jsonl")[0]; // { line: 1, ok: true, article: { id: "feed:1", ... } }
 */
export function parseJsonlArticles(
  text: string,
  source: string,
  limits: ReadLimits = defaultReadLimits,
): readonly JsonlLine[] {
  const name = sourceName(source);
  const results: JsonlLine[] = [];
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  for (const [index, content] of lines.entries()) {
    if (content.trim() === "") continue;
    const line = index + 1;
    const where = `${source}:${line}`;
    try {
      const value = parseJsonLine(content, where);
      const article = articleFromJson(value, where, { defaultId: `${name}:${line}`, limits });
      results.push({ line, ok: true, article });
    } catch (error) {
      if (!(error instanceof ParleyError)) throw error;
      results.push({ line, ok: false, error });
    }
  }
  return results;
}

/**
 * Reads and parses a .jsonl file; file-level problems (missing, empty, binary, too large) throw.
 * @example const lines = await readJsonlArticles("feed.jsonl");
 */
export async function readJsonlArticles(
  path: string,
  limits: ReadLimits = defaultReadLimits,
): Promise<readonly JsonlLine[]> {
  const bytes = await readFileBytes(path, collectionLimit(limits));
  return parseJsonlArticles(decodeTextBytes(bytes, path, collectionLimit(limits)), path, limits);
}

function parseJsonLine(content: string, where: string): unknown {
  try {
    return JSON.parse(content);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ParleyError("E_INPUT_FORMAT", `${where}: not valid JSON (${reason})`);
  }
}

function sourceName(source: string): string {
  const file = basename(source);
  return basename(file, extname(file)) || file;
}
