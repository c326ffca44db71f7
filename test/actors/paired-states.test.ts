import { describe, expect, it } from "vitest";
import { pairedStates } from "../../src/actors/paired-states.js";
import { createWinkAnalyser } from "../../src/nlp/wink-analyser.js";

const analyser = createWinkAnalyser();

function pairIn(text: string): string | null {
  const tokens = analyser.analyse(text)[0]!.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const found = pairedStates(tokens, i);
    if (found)
      return `${tokens
        .slice(i, found.end)
        .map((t) => t.text)
        .join(" ")}=${found.states.map((s) => s.code).join("+")}`;
  }
  return null;
}

describe("pairedStates", () => {
  it('reads "the two Koreas", "both Koreas" and "the two Sudans" as both states', () => {
    expect(pairIn("The two Koreas held talks at the border.")).toBe("The two Koreas=PRK+KOR");
    expect(pairIn("China urged both Koreas to show restraint.")).toBe("both Koreas=PRK+KOR");
    expect(pairIn("The two Sudans signed an oil deal.")).toBe("The two Sudans=SDN+SSD");
  });

  it("leaves other plurals alone", () => {
    expect(pairIn("The two leaders met in Seoul.")).toBeNull();
    expect(pairIn("Both sides agreed to talk.")).toBeNull();
  });
});
