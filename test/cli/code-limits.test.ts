/**
 * Article, sentence and sentence-length limits, from the library and from `parley code` options:
 * a multi-megabyte single line under the size limit is cut to the sentence length and coded.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createCoder } from "../../src/index.js";
import { parseLimitOptions } from "../../src/cli/limit-options.js";
import { runCli } from "./run-cli.js";

let dir: string;
const words = [
  "North",
  "Korea",
  "rejected",
  "talks",
  "with",
  "South",
  "Korea",
  "and",
  "Japan",
  "imposed",
  "sanctions",
  "on",
  "Russia",
];
const longLine = (chars: number) => {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const w = words[i % words.length]!;
    parts.push(w);
    length += w.length + 1;
  }
  return parts.join(" ");
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "parley-limits-"));
  writeFileSync(join(dir, "long-line.txt"), longLine(4 * 1024 * 1024));
  writeFileSync(
    join(dir, "three.txt"),
    "North Korea rejected talks. Japan imposed sanctions on Russia. China praised Vietnam.",
  );
});

describe("coder limits", () => {
  const coder = createCoder({
    defaultDate: "2025-06-12",
    limits: { maxSentenceTokens: 30, maxSentences: 2 },
  });

  it("cuts a multi-megabyte single line to the sentence length, keeping true offsets", () => {
    const text = longLine(4 * 1024 * 1024);
    const state = coder.analyse({ id: "long", text });
    expect(state.document.sentences).toHaveLength(1);
    const sentence = state.document.sentences[0]!;
    expect(sentence.tokens).toHaveLength(30);
    for (const t of sentence.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(state.events.length).toBeGreaterThan(0);
  });

  it("codes only the first sentences", () => {
    const state = coder.analyse({
      id: "three",
      text: "North Korea rejected talks. Japan imposed sanctions on Russia. China praised Vietnam.",
    });
    expect(state.document.sentences).toHaveLength(2);
  });

  it("parses the options and keeps defaults", () => {
    const defaults = parseLimitOptions({});
    expect(defaults.read.maxArticleBytes).toBe(5 * 1024 * 1024);
    expect(defaults.coder).toEqual({
      maxArticleChars: 5 * 1024 * 1024,
      maxSentences: 5000,
      maxSentenceTokens: 200,
    });
    expect(defaults.fetch).toEqual({ timeoutMs: 20_000, maxBytes: 10 * 1024 * 1024 });
    const set = parseLimitOptions({
      maxArticleBytes: "2MiB",
      maxSentences: "10",
      maxSentenceTokens: "50",
      fetchTimeout: "1500",
      maxResponseBytes: "100k",
    });
    expect(set.read.maxArticleBytes).toBe(2 * 1024 * 1024);
    expect(set.coder).toEqual({ maxArticleChars: 2 * 1024 * 1024, maxSentences: 10, maxSentenceTokens: 50 });
    expect(set.fetch).toEqual({ timeoutMs: 1500, maxBytes: 100_000 });
    for (const bad of [
      { maxSentences: "0" },
      { maxSentenceTokens: "ten" },
      { maxArticleBytes: "5GB" },
      { fetchTimeout: "2k" },
    ]) {
      expect(() => parseLimitOptions(bad)).toThrow(/expected a whole number/);
    }
  });
});

describe("parley code limit options", () => {
  it("codes a 4 MiB single-line file cut to --max-sentence-tokens", () => {
    const r = runCli([
      "code",
      join(dir, "long-line.txt"),
      "--date",
      "2025-06-12",
      "--format",
      "jsonl",
      "--max-sentence-tokens",
      "40",
    ]);
    expect(r.code).toBe(0);
    const line = JSON.parse(r.stdout) as {
      id: string;
      events: { mentions: { trigger: { end: number } }[] }[];
    };
    expect(line.id).toBe("long-line");
    expect(line.events.length).toBeGreaterThan(0);
  });

  it("refuses an article over --max-article-bytes, and honours --max-sentences", () => {
    const over = runCli([
      "code",
      join(dir, "three.txt"),
      "--date",
      "2025-06-12",
      "--max-article-bytes",
      "40",
    ]);
    expect(over.code).toBe(3);
    expect(over.stderr).toMatch(/three\.txt/);
    const first = runCli([
      "code",
      join(dir, "three.txt"),
      "--date",
      "2025-06-12",
      "--format",
      "tsv",
      "--max-sentences",
      "1",
    ]);
    expect(first.code).toBe(0);
    expect(first.stdout).not.toMatch(/JPN|RUS|CHN/);
    const bad = runCli(["code", join(dir, "three.txt"), "--max-sentence-tokens", "-3"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--max-sentence-tokens/);
  });
});
