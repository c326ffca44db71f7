import { describe, expect, it } from "vitest";
import { inOtherClause } from "../../src/events/other-clause.js";
import { createWinkAnalyser } from "../../src/nlp/wink-analyser.js";

const analyser = createWinkAnalyser();

/** Whether `place` is in another clause than `trigger`, both words of the sentence. */
function apart(text: string, place: string, trigger: string): boolean {
  const tokens = analyser.analyse(text)[0]!.tokens;
  const at = (word: string) => tokens.findIndex((t) => t.lower === word);
  return inOtherClause(tokens, at(place), at(trigger));
}

describe("inOtherClause", () => {
  it("puts a place in a relative clause closed before the trigger apart from it", () => {
    expect(apart("Biden, who hosted Xi in California last year, will call him.", "california", "call")).toBe(
      true,
    );
    expect(
      apart("Biden, who hosted Xi in California last year, will call him.", "california", "hosted"),
    ).toBe(false);
  });

  it("keeps a place in the trigger's own clause, past an appositive that is no relative", () => {
    expect(apart("Biden, the president, met Xi in California.", "california", "met")).toBe(false);
    expect(apart("In California, Biden met Xi.", "california", "met")).toBe(false);
  });

  it("puts a place before ', but' or a later verb's apart", () => {
    expect(
      apart("He was ready to meet in Turkey, but the Kremlin dismissed the idea.", "turkey", "dismissed"),
    ).toBe(true);
    expect(
      apart("Iran suspended cooperation and later signed an agreement in Cairo.", "cairo", "suspended"),
    ).toBe(true);
  });

  it("puts a place in a clause a subordinator opens after the trigger apart from it", () => {
    const tokens = analyser.analyse("Israel struck Gaza after Hamas fired rockets at Israel.")[0]!.tokens;
    expect(inOtherClause(tokens, tokens.length - 2, 1)).toBe(true);
    // With no verb after it, "after" opens no clause: the place stays the act's.
    const phrase = analyser.analyse("Israel struck targets after the truce in Gaza.")[0]!.tokens;
    expect(inOtherClause(phrase, phrase.length - 2, 1)).toBe(false);
  });
});
