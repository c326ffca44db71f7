import { describe, expect, it } from "vitest";
import { possessiveMarker } from "../../src/nlp/possessive-marker.js";
import { createWinkAnalyser } from "../../src/nlp/wink-analyser.js";

const analyser = createWinkAnalyser();

describe("possessiveMarker", () => {
  it("reads the ending the tokeniser splits off a name, with an s or bare", () => {
    const tokens = analyser.analyse("Russia's army and the Philippines' coast guard met.")[0]!.tokens;
    expect(tokens.filter((t) => possessiveMarker(t)).map((t) => t.lower)).toEqual(["'s", "'"]);
  });

  it("is false for other words and for no token", () => {
    expect(possessiveMarker({ lower: "s" })).toBe(false);
    expect(possessiveMarker(undefined)).toBe(false);
  });
});
