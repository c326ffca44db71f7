import { describe, expect, it } from "vitest";
import { mediatedSide } from "../../src/actors/mediated-side.js";
import { createWinkAnalyser } from "../../src/nlp/wink-analyser.js";

const analyser = createWinkAnalyser();
/** mediatedSide at the text's first token spelled `word`. */
function sideAt(text: string, word: string): boolean {
  const tokens = analyser.analyse(text)[0]!.tokens;
  return mediatedSide(
    tokens,
    tokens.findIndex((t) => t.lower === word),
  );
}

describe("mediatedSide", () => {
  it("reads both sides of a 'between … and …' a verb of mediation governs", () => {
    const text = "Norway offered to facilitate negotiations between the government and the rebels.";
    expect(sideAt(text, "government")).toBe(true);
    expect(sideAt(text, "rebels")).toBe(true);
    expect(sideAt("Egypt will mediate between the government and the army.", "army")).toBe(true);
  });

  it("leaves talks no one mediates, and other phrases, to the sentence's own places", () => {
    expect(sideAt("Talks between the government and the rebels resumed.", "rebels")).toBe(false);
    expect(sideAt("Norway hosted the rebels.", "rebels")).toBe(false);
  });
});
