/**
 * Reads RSS 2.0 and Atom feeds into articles with fast-xml-parser. Item bodies are HTML fragments,
 * reduced to text by the same extraction as HTML pages; nothing in them runs.
 *
 * @example
 * const articles = feedArticles(xml, "https://example.org/feed.xml");
 */
import { XMLParser } from "fast-xml-parser";
import { ParleyError } from "../core/errors.js";
import type { ArticleInput } from "../core/types.js";
import { parseHtmlArticle } from "./html-article.js";

/** True when the text looks like an RSS or Atom document. @example looksLikeFeed("<rss version=\"2.0\">") // true */
export function looksLikeFeed(text: string): boolean {
  const head = text
    .slice(0, 2048)
    .replace(/<\?xml[^>]*\?>/, "")
    .replace(/<!--[\s\S]*?-->/g, "")
    .trimStart();
  return /^<(rss|feed|rdf:RDF)[\s>]/i.test(head);
}

type Node = Record<string, unknown>;

const asArray = (value: unknown): unknown[] =>
  value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];

/** The text of a node that may be a string, a number or `{ "#text": … }`. */
function textOf(value: unknown): string | null {
  if (typeof value === "string") return value.trim() || null;
  if (typeof value === "number") return String(value);
  if (value && typeof value === "object") return textOf((value as Node)["#text"]);
  return null;
}

function linkOf(value: unknown): string | null {
  for (const link of asArray(value)) {
    if (typeof link === "string") return link.trim();
    const node = link as Node;
    const rel = node["@_rel"];
    if (typeof node["@_href"] === "string" && (rel === undefined || rel === "alternate"))
      return node["@_href"];
  }
  return null;
}

/** RFC 822 (RSS) or RFC 3339 (Atom) dates to yyyy-mm-dd, in UTC. @example feedDate("Thu, 12 Jun 2025 09:00:00 GMT") // "2025-06-12" */
export function feedDate(value: string | null): string | null {
  if (!value) return null;
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim());
  if (iso) return iso[1]!;
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString().slice(0, 10);
}

/**
 * Every item of an RSS or Atom feed as an article; items without text are skipped.
 * @example feedArticles("<rss><channel><item><title>T</title><description>Seoul said no.</description></item></channel></rss>", "feed.xml")
 */
export function feedArticles(xml: string, source: string): readonly ArticleInput[] {
  const parser = new XMLParser({
    ignoreAttributes: false,
    processEntities: true,
    htmlEntities: true,
    // Item bodies stay strings; numbers and booleans in titles must not be converted.
    parseTagValue: false,
    trimValues: true,
  });
  let doc: Node;
  try {
    doc = parser.parse(xml) as Node;
  } catch (error) {
    throw new ParleyError("E_INPUT_FORMAT", `${source}: not a valid feed (${(error as Error).message})`);
  }
  const rss = (doc.rss as Node | undefined)?.channel ?? (doc["rdf:RDF"] as Node | undefined);
  const atom = doc.feed as Node | undefined;
  const channel = (Array.isArray(rss) ? rss[0] : rss) as Node | undefined;
  if (!channel && !atom)
    throw new ParleyError("E_INPUT_FORMAT", `${source}: neither an RSS nor an Atom feed`);
  const outlet = textOf(channel?.title ?? atom?.title);
  const items = channel
    ? [...asArray(channel.item), ...asArray((doc["rdf:RDF"] as Node | undefined)?.item)]
    : asArray(atom?.entry);
  const articles: ArticleInput[] = [];
  items.forEach((raw, index) => {
    const item = raw as Node;
    const body =
      textOf(item["content:encoded"]) ??
      textOf(item.content) ??
      textOf(item.description) ??
      textOf(item.summary);
    if (!body) return;
    const text = parseHtmlArticle(`<html><body><article>${body}</article></body></html>`).text.trim();
    if (text === "") return;
    const url = linkOf(item.link) ?? textOf(item.guid);
    const date = feedDate(
      textOf(item.pubDate) ?? textOf(item.published) ?? textOf(item.updated) ?? textOf(item["dc:date"]),
    );
    articles.push({
      id: textOf(item.guid) ?? textOf(item.id) ?? url ?? `${source}#${index}`,
      text,
      title: textOf(item.title),
      outlet,
      url,
      ...(date ? { date } : {}),
    });
  });
  return articles;
}
