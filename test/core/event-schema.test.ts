import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { codedArticleJsonSchema, codedArticleSchema } from "../../src/core/event-schema.js";
import { createCoder } from "../../src/index.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

describe("the output contract", () => {
  it("is published in schema/ and in sync with the code", () => {
    const published = JSON.parse(
      readFileSync(join(root, "schema", "coded-article.schema.json"), "utf8"),
    ) as unknown;
    expect(published).toEqual(codedArticleJsonSchema());
  });

  it("validates what the coder prints, with the scorer's field names", () => {
    const coder = createCoder();
    const text = readFileSync(join(root, "samples", "short-report.txt"), "utf8");
    const coded = coder.code({ id: "short", text, date: "2025-08-20" });
    const row = codedArticleSchema.parse(JSON.parse(JSON.stringify({ id: coded.id, events: coded.events })));
    expect(row.events.length).toBeGreaterThan(0);
    for (const e of row.events) {
      expect(e).toHaveProperty("event");
      expect(e).toHaveProperty("historical");
      expect(e).toHaveProperty("negated");
      expect(e).toHaveProperty("modality");
      for (const a of [...e.source, ...e.target]) expect(a.code.length).toBeGreaterThanOrEqual(3);
    }
  });
});
