import { describe, expect, it } from "vitest";
import { createWinkAnalyser } from "../../src/nlp/wink-analyser.js";
import { Vocabulary } from "../../src/nlp/vocabulary.js";

describe("Vocabulary", () => {
  it("gives each word one id for good, in order of first sight", () => {
    const v = new Vocabulary();
    expect([v.id("letter"), v.id("refuse"), v.id("letter")]).toEqual([0, 1, 0]);
    expect(v.size).toBe(2);
  });

  it("is what an analyser's tokens carry ids of, for lower-cased form and lemma", () => {
    const v = new Vocabulary();
    const [s] = createWinkAnalyser(v).analyse("Kim refused the letters.");
    const refused = s!.tokens[1]!;
    expect(refused.lowerId).toBe(v.id("refused"));
    expect(refused.lemmaId).toBe(v.id("refuse"));
    expect(s!.tokens[0]!.lowerId).toBe(s!.tokens[0]!.lemmaId);
  });

  it("keeps two analysers' ids apart", () => {
    const a = createWinkAnalyser();
    const b = createWinkAnalyser();
    a.analyse("Seoul protested.");
    const [s] = b.analyse("Tokyo protested.");
    expect(s!.tokens[0]!.lowerId).toBe(b.vocabulary.id("tokyo"));
    expect(a.vocabulary).not.toBe(b.vocabulary);
  });
});
