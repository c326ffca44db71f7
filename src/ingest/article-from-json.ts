/**
 * Validates one JSON article record, as found in .json files and .jsonl lines, and turns it into
 * an ArticleInput. Errors name the source and the offending field.
 *
 * @example
 * articleFromJson({ text: "Seoul said no.", date: "2025-06-12" }, "feed.jsonl:3");
 */
import { z } from "zod";
import { ParleyError } from "../core/errors.js";
import type { ArticleInput } from "../core/types.js";
import { parseIsoDate } from "../core/iso-date.js";
import { defaultReadLimits, formatByteSize, type ReadLimits } from "./article-bytes.js";
import { parseHtmlArticle } from "./html-article.js";

/** How articleFromJson fills gaps and bounds sizes. @example { defaultId: "feed:3" } */
export interface ArticleJsonOptions {
  /** The id used when the record has none; defaults to the source. */
  readonly defaultId?: string;
  readonly limits?: ReadLimits;
}

const optionalText = z.string({ error: "must be a string" }).nullable().optional();

const articleRecord = z.object(
  {
    id: z.union([z.string(), z.number()], { error: "must be a string or a number" }).nullable().optional(),
    url: optionalText,
    title: optionalText,
    outlet: optionalText,
    date: z.string({ error: "must be a yyyy-mm-dd string" }).nullable().optional(),
    text: optionalText,
    html: optionalText,
  },
  { error: "expected a JSON object with a `text` or `html` field" },
);

/**
 * Turns one parsed JSON value into an article, or throws E_INPUT_FORMAT naming the source and field.
 * @example articleFromJson({ id: "a1", html: "<p>Seoul said no.</p>" }, "feed.json").text; // "Seoul said no."
 */
export function articleFromJson(
  value: unknown,
  source: string,
  options: ArticleJsonOptions = {},
): ArticleInput {
  const parsed = articleRecord.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue && issue.path.length > 0 ? `field \`${issue.path.join(".")}\`: ` : "";
    throw formatError(source, `${field}${issue?.message ?? "not a valid article"}`);
  }
  const record = parsed.data;
  if (record.text == null && record.html == null)
    throw formatError(source, "missing field `text` (or `html`)");
  // Plain text wins when a record carries both; the HTML is then only a rendering of it.
  const fromHtml = record.text == null && record.html != null ? parseHtmlArticle(record.html) : null;
  const text = (record.text ?? fromHtml?.text ?? "").replace(/\r\n?/g, "\n");
  // An explicit empty `text` is a document with nothing to code (it yields no events); HTML that
  // renders to nothing is a broken page.
  if (text.trim() === "" && fromHtml) throw formatError(source, "field `html` has no text");
  const limit = (options.limits ?? defaultReadLimits).maxArticleBytes;
  const size = Buffer.byteLength(text, "utf8");
  if (size > limit) {
    throw new ParleyError(
      "E_INPUT_TOO_LARGE",
      `${source}: field \`text\` is ${formatByteSize(size)}, over the ${formatByteSize(limit)} limit`,
      { size, limit },
    );
  }
  const id =
    record.id == null || String(record.id).trim() === "" ? (options.defaultId ?? source) : String(record.id);
  const date = record.date == null ? (fromHtml?.date ?? null) : articleDate(record.date, source);
  return {
    id,
    text,
    ...(date === null ? {} : { date }),
    ...optionalField("title", record.title ?? fromHtml?.title),
    ...optionalField("outlet", record.outlet ?? fromHtml?.outlet),
    ...optionalField("url", record.url),
  };
}

/** Accepts yyyy-mm-dd, and full ISO timestamps by their date part, as feeds usually carry those. */
function articleDate(value: string, source: string): string {
  const trimmed = value.trim();
  const datePart = /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(trimmed)
    ? trimmed.slice(0, 10)
    : trimmed;
  const date = parseIsoDate(datePart);
  if (date === null)
    throw formatError(source, `field \`date\`: not a yyyy-mm-dd date: ${JSON.stringify(value)}`);
  return date;
}

function optionalField<K extends string>(key: K, value: string | null | undefined): { [P in K]?: string } {
  return value == null || value.trim() === "" ? {} : ({ [key]: value } as { [P in K]?: string });
}

function formatError(source: string, problem: string): ParleyError {
  return new ParleyError("E_INPUT_FORMAT", `${source}: ${problem}`);
}
