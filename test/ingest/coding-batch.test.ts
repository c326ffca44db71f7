import { describe, expect, it } from "vitest";
import type { ArticleInput } from "../../src/core/types.js";
import { batchedCoding } from "../../src/ingest/coding-batch.js";

const article = (id: string): ArticleInput => ({ id, text: id, date: "2025-06-12" });

/** A fake coder that records its batches and refuses articles whose id starts with "bad". */
function recorder() {
  const batches: string[][] = [];
  const one = (a: ArticleInput) => {
    if (a.id?.startsWith("bad")) throw new Error(`refused ${a.id}`);
    return `coded ${a.id}`;
  };
  const many = (articles: readonly ArticleInput[]) => {
    batches.push(articles.map((a) => a.id ?? ""));
    return articles.map(one);
  };
  return { batches, one, many };
}

describe("batchedCoding", () => {
  it("codes the articles asked for together as one batch, each caller getting its own result", async () => {
    const r = recorder();
    const code = batchedCoding(r.many, r.one);
    const results = await Promise.all(["a", "b", "c"].map((id) => code(article(id))));
    expect(results).toEqual(["coded a", "coded b", "coded c"]);
    expect(r.batches).toEqual([["a", "b", "c"]]);
  });

  it("cuts a long queue into batches of at most the given size, in order", async () => {
    const r = recorder();
    const code = batchedCoding(r.many, r.one, 2);
    const results = await Promise.all(["a", "b", "c", "d", "e"].map((id) => code(article(id))));
    expect(results).toEqual(["coded a", "coded b", "coded c", "coded d", "coded e"]);
    expect(r.batches).toEqual([["a", "b"], ["c", "d"], ["e"]]);
  });

  it("gives a refused article's error to its own caller only", async () => {
    const r = recorder();
    const code = batchedCoding(r.many, r.one);
    const settled = await Promise.allSettled(["a", "bad1", "c"].map((id) => code(article(id))));
    expect(settled.map((s) => (s.status === "fulfilled" ? s.value : (s.reason as Error).message))).toEqual([
      "coded a",
      "refused bad1",
      "coded c",
    ]);
  });

  it("starts a new batch for articles asked for after the last one was coded", async () => {
    const r = recorder();
    const code = batchedCoding(r.many, r.one);
    expect(await code(article("a"))).toBe("coded a");
    expect(await code(article("b"))).toBe("coded b");
    expect(r.batches).toEqual([["a"], ["b"]]);
  });
});
