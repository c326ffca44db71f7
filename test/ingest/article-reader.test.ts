import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isParleyError, type ParleyError } from "../../src/core/errors.js";
import {
  articleFromJson,
  articlesFromBytes,
  decodeArticleBytes,
  defaultReadLimits,
  parseJsonlArticles,
  readArticleFile,
  readJsonlArticles,
  readStdin,
  sniffFormat,
} from "../../src/ingest/article-reader.js";

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "parley-reader-"));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

async function failure(promise: Promise<unknown>): Promise<ParleyError> {
  try {
    await promise;
  } catch (error) {
    if (isParleyError(error)) return error;
    throw error;
  }
  throw new Error("expected a ParleyError");
}

function syncFailure(run: () => unknown): ParleyError {
  try {
    run();
  } catch (error) {
    if (isParleyError(error)) return error;
    throw error;
  }
  throw new Error("expected a ParleyError");
}

const PAGE = `<!doctype html><html><head><title>Talks stall</title>
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2025-06-12T08:00:00Z">
<script>var secret = "SCRIPT TEXT";</script></head>
<body><nav>Home | World</nav><article><h1>Talks stall</h1>
<p>North Korea rejected a letter from the United States on Wednesday, state media said. The statement came after weeks of silence.</p>
<script>document.write("INLINE SCRIPT")</script>
<p>Officials in Seoul said they would keep trying to reach Pyongyang through other channels in the coming weeks.</p>
</article><footer>Copyright</footer></body></html>`;

describe("readArticleFile", () => {
  it("reads a .txt file with a BOM and CRLF line ends", async () => {
    const path = await file("letter.txt", "\uFEFFSeoul said no.\r\nPyongyang agreed.\r\n");
    expect(await readArticleFile(path)).toEqual([
      { id: "letter", text: "Seoul said no.\nPyongyang agreed.\n" },
    ]);
  });

  it("extracts the main text of an HTML page without its scripts", async () => {
    const [article] = await readArticleFile(await file("page.html", PAGE));
    expect(article?.id).toBe("page");
    expect(article?.title).toBe("Talks stall");
    expect(article?.outlet).toBe("Example News");
    expect(article?.date).toBe("2025-06-12");
    expect(article?.text).toContain("North Korea rejected a letter");
    expect(article?.text).toContain("said. The statement came after weeks of silence.\n\nOfficials in Seoul");
    expect(article?.text).not.toContain("SCRIPT");
    expect(article?.text).not.toContain("secret");
  });

  it("falls back to the body text of a short HTML fragment", async () => {
    const [article] = await readArticleFile(
      await file("short.htm", "<p>Seoul said no.</p><script>alert(1)</script>"),
    );
    expect(article?.text).toBe("Seoul said no.");
  });

  it("reads a JSON object", async () => {
    const path = await file(
      "one.json",
      JSON.stringify({ title: "T", text: "Seoul said no.", date: "2025-06-12" }),
    );
    expect(await readArticleFile(path)).toEqual([
      { id: "one", title: "T", text: "Seoul said no.", date: "2025-06-12" },
    ]);
  });

  it("reads a JSON array, numbering default ids", async () => {
    const records = [{ text: "First." }, { id: "kept", html: "<p>Second.</p>", outlet: "KCNA" }];
    const articles = await readArticleFile(await file("many.json", JSON.stringify(records)));
    expect(articles).toEqual([
      { id: "many#0", text: "First." },
      { id: "kept", text: "Second.", outlet: "KCNA" },
    ]);
  });

  it("names the array element whose field is wrong", async () => {
    const path = await file("bad.json", JSON.stringify([{ text: "Fine." }, { text: 42 }]));
    const error = await failure(readArticleFile(path));
    expect(error.code).toBe("E_INPUT_FORMAT");
    expect(error.message).toBe(`${path}[1]: field \`text\`: must be a string`);
  });

  it("sniffs the format of a file without a known extension", async () => {
    const [html] = await readArticleFile(await file("page.download", "  <p>From HTML.</p>"));
    const [json] = await readArticleFile(await file("record.data", '{"text":"From JSON."}'));
    const [text] = await readArticleFile(await file("notes", "From text."));
    expect([html?.text, json?.text, text?.text]).toEqual(["From HTML.", "From JSON.", "From text."]);
  });

  it("reads the good lines of a .jsonl file and reports the bad one", async () => {
    const path = await file("feed.jsonl", '{"text":"One."}\n{"text": oops}\n{"text":"Three."}\n');
    const bad: ParleyError[] = [];
    const articles = await readArticleFile(path, defaultReadLimits, (error) => bad.push(error));
    expect(articles.map((article) => article.id)).toEqual(["feed:1", "feed:3"]);
    expect(bad.map((error) => error.message)).toEqual([
      expect.stringMatching(/^.*feed\.jsonl:2: not valid JSON/),
    ]);
  });

  it("reports an empty file", async () => {
    const path = await file("empty.txt", "");
    const error = await failure(readArticleFile(path));
    expect(error.code).toBe("E_INPUT_EMPTY");
    expect(error.message).toBe(`${path}: the file is empty`);
    expect((await failure(readArticleFile(await file("blank.txt", " \n\t\r\n")))).code).toBe("E_INPUT_EMPTY");
  });

  it("reports a binary file", async () => {
    const path = await file(
      "image.txt",
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    );
    const error = await failure(readArticleFile(path));
    expect(error.code).toBe("E_INPUT_BINARY");
    expect(error.message).toBe(`${path}: looks like a binary file, not text`);
  });

  it("reports invalid UTF-8 with its byte offset", async () => {
    const path = await file(
      "latin1.txt",
      new Uint8Array([0x53, 0x65, 0x6f, 0x75, 0x6c, 0x20, 0xe9, 0x74, 0xe9]),
    );
    const error = await failure(readArticleFile(path));
    expect(error.code).toBe("E_INPUT_ENCODING");
    expect(error.message).toContain(`${path}: not valid UTF-8 at byte 6`);
  });

  it("refuses a file over the size limit before reading it", async () => {
    const path = await file("big.txt", "x".repeat(2048));
    const error = await failure(readArticleFile(path, { maxArticleBytes: 1024 }));
    expect(error.code).toBe("E_INPUT_TOO_LARGE");
    expect(error.message).toBe(`${path}: the file is 2 KiB, over the 1 KiB limit`);
  });

  it("reports a missing file", async () => {
    const error = await failure(readArticleFile(join(dir, "missing.txt")));
    expect(error.code).toBe("E_INPUT_NOT_FOUND");
  });
});

describe("parseJsonlArticles", () => {
  it("keeps going past a malformed middle line", () => {
    const lines = parseJsonlArticles(
      '{"text":"One."}\n{"text": \n{"id":"c","text":"Three."}\n',
      "feed.jsonl",
    );
    expect(lines.map((line) => [line.line, line.ok])).toEqual([
      [1, true],
      [2, false],
      [3, true],
    ]);
    const [first, second, third] = lines;
    expect(first?.ok && first.article).toEqual({ id: "feed:1", text: "One." });
    expect(third?.ok && third.article.id).toBe("c");
    expect(second && !second.ok && second.error.code).toBe("E_INPUT_FORMAT");
    expect(second && !second.ok && second.error.message).toMatch(/^feed\.jsonl:2: /);
  });

  it("names the date field when a date is not a calendar date", () => {
    const [line] = parseJsonlArticles('{"text":"One.","date":"2025-02-30"}', "feed.jsonl");
    expect(line?.ok).toBe(false);
    expect(line && !line.ok && line.error.message).toBe(
      'feed.jsonl:1: field `date`: not a yyyy-mm-dd date: "2025-02-30"',
    );
  });

  it("names a missing text field and a wrongly typed one", () => {
    const lines = parseJsonlArticles('{"title":"No text"}\n{"text":"x","outlet":7}\n\n[1,2]', "in.jsonl");
    expect(lines.map((line) => (line.ok ? "ok" : line.error.message))).toEqual([
      "in.jsonl:1: missing field `text` (or `html`)",
      "in.jsonl:2: field `outlet`: must be a string",
      "in.jsonl:4: expected a JSON object with a `text` or `html` field",
    ]);
  });

  it("extracts text from an html field and accepts timestamps by their date", () => {
    const [line] = parseJsonlArticles(
      '{"html":"<p>Seoul said no.</p><script>x()</script>","date":"2025-06-12T08:00:00Z","id":17}',
      "feed.jsonl",
    );
    expect(line?.ok && line.article).toEqual({ id: "17", text: "Seoul said no.", date: "2025-06-12" });
  });

  it("reads a file through readJsonlArticles", async () => {
    const lines = await readJsonlArticles(await file("daily.jsonl", '{"text":"A."}\r\n\r\n{"text":"B."}'));
    expect(lines.map((line) => line.ok && line.article.id)).toEqual(["daily:1", "daily:3"]);
  });
});

describe("decodeArticleBytes", () => {
  const bytes = (text: string) => new TextEncoder().encode(text);

  it("names stdin as the source", () => {
    expect(syncFailure(() => decodeArticleBytes(bytes("   "), "stdin")).message).toBe(
      "stdin: the input is empty",
    );
  });

  it("checks the size before anything else", () => {
    const error = syncFailure(() =>
      decodeArticleBytes(new Uint8Array(300).fill(0), "stdin", { maxArticleBytes: 100 }),
    );
    expect(error.code).toBe("E_INPUT_TOO_LARGE");
    expect(error.details).toEqual({ size: 300, limit: 100 });
  });

  it("rejects text full of control bytes", () => {
    const error = syncFailure(() => decodeArticleBytes(bytes("a\u0001\u0002\u0003b\u0004c"), "x.txt"));
    expect(error.code).toBe("E_INPUT_BINARY");
  });

  it("rejects UTF-16 with a hint", () => {
    const error = syncFailure(() => decodeArticleBytes(new Uint8Array([0xff, 0xfe, 0x41, 0x00]), "x.txt"));
    expect(error.code).toBe("E_INPUT_ENCODING");
  });

  it("keeps multi-byte characters and normalises lone CRs", () => {
    expect(decodeArticleBytes(bytes("Séoul — 서울\rnext"), "x.txt")).toBe("Séoul — 서울\nnext");
  });
});

describe("articleFromJson and friends", () => {
  it("rejects an article whose text is over the limit", () => {
    const error = syncFailure(() =>
      articleFromJson({ text: "x".repeat(50) }, "a.json", { limits: { maxArticleBytes: 10 } }),
    );
    expect(error.code).toBe("E_INPUT_TOO_LARGE");
  });

  it("reads bytes with an explicit format and id", () => {
    const articles = articlesFromBytes(new TextEncoder().encode("<p>Hi.</p>"), "stdin", { format: "html" });
    expect(articles).toEqual([{ id: "stdin", text: "Hi." }]);
    expect(sniffFormat(new TextEncoder().encode("\uFEFF\n [{}]"))).toBe("json");
  });

  it("collects stdin bytes and stops at the limit", async () => {
    const stream = Readable.from([Buffer.from("Seoul "), "said no."]);
    expect(new TextDecoder().decode(await readStdin({ stream }))).toBe("Seoul said no.");
    const error = await failure(
      readStdin({ stream: Readable.from([Buffer.alloc(64), Buffer.alloc(64)]), maxBytes: 100 }),
    );
    expect(error.code).toBe("E_INPUT_TOO_LARGE");
  });
});
