/**
 * Extracts an article's main text from HTML with Readability on a linkedom document. Nothing in the
 * page runs: linkedom parses without executing scripts and never loads resources.
 *
 * @example
 * parseHtmlArticle("<html><body><p>Seoul said no.</p></body></html>").text; // "Seoul said no."
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { parseIsoDate } from "../core/iso-date.js";

/** The text and metadata extracted from one HTML page. @example { text: "Seoul said no.", title: "Talks", outlet: null, date: null } */
export interface HtmlArticle {
  readonly text: string;
  readonly title: string | null;
  /** The site name from page metadata (og:site_name), when present. */
  readonly outlet: string | null;
  /** The publication date from page metadata as yyyy-mm-dd, when present and valid. */
  readonly date: string | null;
}

// Structural view of the few DOM members used, shared by linkedom's and the DOM lib's node types.
interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly nodeValue: string | null;
  readonly childNodes: ArrayLike<DomNode>;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
// biome-ignore format: element list
const SKIPPED: ReadonlySet<string> = new Set([
  "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "IFRAME", "OBJECT", "EMBED", "CANVAS", "HEAD",
  "TITLE", "SELECT", "BUTTON", "TEXTAREA",
]);
// biome-ignore format: element list
const BLOCKS: ReadonlySet<string> = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "DD", "DIV", "DL", "DT", "FIELDSET", "FIGCAPTION", "FIGURE",
  "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "NAV", "OL", "P", "PRE",
  "SECTION", "TABLE", "TR", "UL",
]);

/**
 * Extracts main text, title, site name and publication date from an HTML page; falls back to the
 * whole body text when Readability finds no article.
 * @example parseHtmlArticle(html).title; // "Talks stall"
 */
export function parseHtmlArticle(html: string): HtmlArticle {
  const { document } = parseHTML(asFullDocument(html));
  const pageTitle = clean(document.querySelector("title")?.textContent ?? "");
  // Readability rewrites the document it reads, so the fallback parses the page afresh.
  const article = readableArticle(document as unknown as Document);
  const readable = article?.content ? blockText(article.content as unknown as DomNode) : "";
  const text = readable !== "" ? readable : bodyText(html);
  const published = article?.publishedTime ? parseIsoDate(article.publishedTime.slice(0, 10)) : null;
  return {
    text,
    title: clean(article?.title ?? "") || pageTitle || null,
    outlet: clean(article?.siteName ?? "") || null,
    date: published,
  };
}

/**
 * Readability's article, or null when it finds none. It throws on some malformed trees linkedom
 * builds (a <body> nested in a <div>); such pages still have body text, so they are not errors.
 */
function readableArticle(document: Document) {
  try {
    return new Readability(document, { serializer: (node: Node) => node }).parse();
  } catch {
    return null;
  }
}

function bodyText(html: string): string {
  const { document } = parseHTML(asFullDocument(html));
  let body: DomNode | null;
  try {
    body = document.body as unknown as DomNode | null;
  } catch {
    // linkedom throws when the markup gives it no root element (a CDATA section first): no text.
    body = null;
  }
  return body ? blockText(body) : "";
}

/** linkedom builds no <html>/<body> around fragments and then loses their text, so add them. */
function asFullDocument(html: string): string {
  const hasBody = /<body[\s>]/i.test(html);
  if (hasBody && /<html[\s>]/i.test(html)) return html;
  if (hasBody) return `<!doctype html><html>${html.replace(/<!doctype[^>]*>/i, "")}</html>`;
  const inner = html.replace(/<!doctype[^>]*>|<\/?html[^>]*>/gi, "");
  return `<!doctype html><html><head></head><body>${inner}</body></html>`;
}

/**
 * Text with paragraph breaks kept: textContent would glue "silence.</p><p>Officials" into one
 * word and merge sentences. Iterative, so deeply nested markup cannot overflow the stack.
 */
function blockText(root: DomNode): string {
  const parts: string[] = [];
  const stack: (DomNode | string)[] = [root];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (typeof item === "string") {
      parts.push(item);
      continue;
    }
    if (item.nodeType === TEXT_NODE) {
      parts.push((item.nodeValue ?? "").replace(/\s+/g, " "));
      continue;
    }
    if (item.nodeType !== ELEMENT_NODE && item !== root) continue;
    const name = item.nodeName.toUpperCase();
    if (SKIPPED.has(name)) continue;
    if (name === "BR") {
      parts.push("\n");
      continue;
    }
    const block = BLOCKS.has(name);
    const separator = block ? "\n\n" : name === "TD" || name === "TH" ? " " : "";
    parts.push(separator);
    if (separator !== "") stack.push(separator);
    for (let index = item.childNodes.length - 1; index >= 0; index -= 1) {
      const child = item.childNodes[index];
      if (child) stack.push(child);
    }
  }
  return parts
    .join("")
    .replace(/[^\S\n]+/g, " ")
    .split("\n")
    .map((line) => line.trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

function clean(value: string): string {
  return value.replace(/\s+/g, " ").trim();
}
