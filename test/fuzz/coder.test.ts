/**
 * The coder on random unicode, punctuation, long tokens and word salad: it never throws, always
 * returns (the test timeout catches a hang), and its output satisfies the published zod schema.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { codedArticleSchema } from "../../src/core/event-schema.js";
import { createCoder } from "../../src/index.js";
import { fuzzRuns, fuzzTimeout } from "./fuzz-options.js";

const coder = createCoder({ defaultDate: "2025-06-12" });

const vocabulary = fc.constantFrom(
  "North Korea",
  "South Korea's",
  "the United States",
  "Kim Jong Un",
  "Trump",
  "Putin",
  "Beijing",
  "he",
  "they",
  "both sides",
  "said",
  "denied",
  "confirmed",
  "that",
  "rejected",
  "met",
  "will",
  "not",
  "if",
  "unless",
  "attacked",
  "sanctions",
  "talks",
  "letter",
  "on",
  "Monday",
  "in",
  "1953",
  "last week",
  "(",
  ")",
  "\u201c",
  "\u201d",
  "'",
  "-",
  "--",
  "...",
  ".",
  ",",
  ";",
  ":",
  "!",
  "?",
  "\n",
  "\n\n",
  "U.S.",
  "e.g.",
  "Mr.",
  "ﬁ",
  "İ",
  "ß",
  "😀",
  "\u200b",
  "\u0301",
  "\uFEFF",
  "\uD800",
  "\u0000",
  "１２",
  "٣",
  "—",
  "#",
  "@",
  "http://x.y/z?a=b",
  "$5",
  "50%",
);
const sentence = fc.array(vocabulary, { maxLength: 40 }).map((w) => w.join(" "));
const longToken = fc
  .tuple(
    fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 8 }),
    fc.integer({ min: 100, max: 3000 }),
  )
  .map(([s, n]) => s.replace(/\s/g, "x").repeat(n).slice(0, 20_000));
const text = fc.oneof(
  fc.array(sentence, { maxLength: 8 }).map((s) => s.join(". ")),
  fc.string({ unit: "binary", maxLength: 500 }),
  fc.string({ unit: "grapheme", maxLength: 500 }),
  fc
    .array(fc.constantFrom(".", ",", "!", "?", '"', "'", "(", ")", "-", " ", "\n", "…", "«", "»"), {
      maxLength: 400,
    })
    .map((a) => a.join("")),
  fc.tuple(sentence, longToken, sentence).map((parts) => parts.join(" ")),
  fc.array(vocabulary, { minLength: 200, maxLength: 600 }).map((w) => w.filter((x) => x !== ".").join(" ")),
);

describe("coder on arbitrary text", () => {
  it("never throws and returns schema-valid articles", { timeout: fuzzTimeout }, () => {
    fc.assert(
      fc.property(text, fc.option(fc.constantFrom("2024-02-29", "1999-12-31", "2025-06-12")), (t, date) => {
        const coded = coder.code({ id: "fuzz", text: t, ...(date ? { date } : {}) });
        // Checked as published: the JSON output line {id, events}.
        const line = JSON.parse(JSON.stringify({ id: coded.id, events: coded.events })) as unknown;
        const parsed = codedArticleSchema.safeParse(line);
        if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues[0]));
        expect(coded.id).toBe("fuzz");
      }),
      { numRuns: fuzzRuns },
    );
  });
});
