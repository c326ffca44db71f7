/**
 * Property tests of every reader: text, HTML, JSON, JSONL and RSS/Atom. Whatever the bytes, a reader
 * returns articles with text or throws a ParleyError with an input code; nothing else escapes.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ArticleInput } from "../../src/core/types.js";
import { articlesFromBytes, parseJsonlArticles } from "../../src/ingest/article-reader.js";
import { feedArticles } from "../../src/ingest/feed-articles.js";
import { fuzzRuns, fuzzTimeout, okOrParleyError } from "./fuzz-options.js";

const INPUT_ERROR = /^E_(INPUT_|DATE$)/;
const encode = (s: string) => new TextEncoder().encode(s);
const params = { numRuns: fuzzRuns };

/** Text that looks like news more often than uniform noise would. */
const words = fc.constantFrom(
  "North Korea",
  "rejected",
  "talks",
  "with",
  "Seoul",
  ".",
  ",",
  "\u201c",
  "said",
  "\n\n",
  "Kim",
  "sanctions",
  "<",
  ">",
  "&amp;",
  "\u0000",
  "\uFEFF",
  "\uD800",
  "é",
  "😀",
  "\t",
  "\r\n",
);
const newsish = fc
  .array(fc.oneof(words, fc.string({ unit: "binary", maxLength: 20 })), { maxLength: 60 })
  .map((a) => a.join(" "));
const anyText = fc.oneof(
  newsish,
  fc.string({ unit: "binary", maxLength: 400 }),
  fc.string({ unit: "grapheme", maxLength: 400 }),
);
const anyBytes = fc.oneof(anyText.map(encode), fc.uint8Array({ maxLength: 600 }));

function checkArticles(articles: readonly ArticleInput[] | null): void {
  if (articles === null) return;
  for (const a of articles) {
    expect(typeof a.text).toBe("string");
    if (a.date !== undefined) expect(a.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  }
}

const tag = fc.constantFrom(
  "<html>",
  "</html>",
  "<body>",
  "</body>",
  "<article>",
  "</article>",
  "<p>",
  "</p>",
  "<h1>",
  "</h1>",
  "<script>alert(1)</script>",
  "<style>p{}</style>",
  '<meta property="article:published_time" content="2024-02-30">',
  '<meta name="date" content="not a date">',
  "<title>",
  "</title>",
  "<!--",
  "-->",
  "<![CDATA[",
  "]]>",
  '<div class="x">',
  "</div>",
  "<br/>",
  "&nbsp;",
  "&#xFFFF;",
  "&#0;",
);
const htmlish = fc
  .array(fc.oneof(tag, newsish, fc.string({ unit: "binary", maxLength: 30 })), { maxLength: 40 })
  .map((a) => a.join(""));

const field = fc.oneof(
  fc.string({ unit: "binary", maxLength: 50 }),
  newsish,
  fc.jsonValue({ maxDepth: 2 }),
  fc.constant("2025-06-12"),
  fc.constant("2025-02-30"),
);
const jsonRecord = fc.record(
  {
    id: field,
    url: field,
    title: field,
    outlet: field,
    date: field,
    text: fc.oneof(newsish, field),
    html: fc.oneof(htmlish, field),
  },
  { requiredKeys: [] },
);
const jsonish = fc.oneof(
  jsonRecord.map((r) => JSON.stringify(r)),
  fc.array(jsonRecord, { maxLength: 4 }).map((r) => JSON.stringify(r)),
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
  anyText,
);

const feedField = fc.oneof(
  newsish,
  htmlish,
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constant("Thu, 12 Jun 2025 09:00:00 GMT"),
  fc.constant("2025-13-45T00:00:00Z"),
);
const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
const rssItem = fc
  .record(
    { title: feedField, description: feedField, link: feedField, pubDate: feedField, raw: fc.boolean() },
    { requiredKeys: ["raw"] },
  )
  .map(
    ({ raw, ...f }) =>
      `<item>${Object.entries(f)
        .map(([k, v]) => `<${k}>${raw ? v : escapeXml(String(v))}</${k}>`)
        .join("")}</item>`,
  );
const atomEntry = fc
  .record({ title: feedField, content: feedField, summary: feedField, updated: feedField, href: feedField })
  .map(
    (f) =>
      `<entry><title>${escapeXml(f.title)}</title><link href="${escapeXml(f.href).replace(/"/g, "&quot;")}"/><updated>${escapeXml(f.updated)}</updated><content type="html">${escapeXml(f.content)}</content><summary>${f.summary}</summary></entry>`,
  );
const feedish = fc.oneof(
  fc
    .array(rssItem, { maxLength: 5 })
    .map(
      (items) =>
        `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>${items.join("")}</channel></rss>`,
    ),
  fc
    .array(atomEntry, { maxLength: 5 })
    .map((entries) => `<feed xmlns="http://www.w3.org/2005/Atom">${entries.join("")}</feed>`),
  fc
    .tuple(fc.constantFrom("<rss>", "<feed>", "<rdf:RDF>", '<rss version="2.0"><channel>'), htmlish)
    .map(([a, b]) => a + b),
  anyText,
);

describe("readers never crash on arbitrary input", () => {
  it("HTML that once crashed Readability or linkedom gives text, not an exception", () => {
    for (const html of ['<div class="x">\u{10000}\u{10000} \u{10000}<body>', "<![CDATA[<html><body>"]) {
      const [article] = articlesFromBytes(encode(html), "regression.html", { format: "html" });
      expect(typeof article?.text).toBe("string");
    }
  });


  it("text", { timeout: fuzzTimeout }, () => {
    fc.assert(
      fc.property(anyBytes, (bytes) => {
        checkArticles(
          okOrParleyError(() => articlesFromBytes(bytes, "fuzz.txt", { format: "txt" }), INPUT_ERROR),
        );
      }),
      params,
    );
  });

  it("HTML", { timeout: fuzzTimeout }, () => {
    fc.assert(
      fc.property(fc.oneof(htmlish.map(encode), anyBytes), (bytes) => {
        checkArticles(
          okOrParleyError(() => articlesFromBytes(bytes, "fuzz.html", { format: "html" }), INPUT_ERROR),
        );
      }),
      params,
    );
  });

  it("JSON", { timeout: fuzzTimeout }, () => {
    fc.assert(
      fc.property(jsonish, (text) => {
        checkArticles(
          okOrParleyError(
            () => articlesFromBytes(encode(text), "fuzz.json", { format: "json" }),
            INPUT_ERROR,
          ),
        );
      }),
      params,
    );
  });

  it("JSONL: one result per non-blank line, errors naming the line", { timeout: fuzzTimeout }, () => {
    fc.assert(
      fc.property(fc.array(jsonish, { maxLength: 8 }), (lines) => {
        const text = lines.join("\n");
        const parsed = okOrParleyError(() => parseJsonlArticles(text, "fuzz.jsonl"), INPUT_ERROR);
        for (const line of parsed ?? []) {
          if (line.ok) checkArticles([line.article]);
          else {
            expect(line.error.code).toMatch(INPUT_ERROR);
            expect(line.error.message).toContain("fuzz.jsonl");
          }
        }
        checkArticles(
          okOrParleyError(
            () => articlesFromBytes(encode(text), "fuzz.jsonl", { format: "jsonl" }),
            INPUT_ERROR,
          ),
        );
      }),
      params,
    );
  });

  it("RSS and Atom", { timeout: fuzzTimeout }, () => {
    fc.assert(
      fc.property(feedish, (xml) => {
        checkArticles(okOrParleyError(() => feedArticles(xml, "fuzz.xml"), INPUT_ERROR));
      }),
      params,
    );
  });
});
