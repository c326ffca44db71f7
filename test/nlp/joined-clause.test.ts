import { describe, expect, it } from "vitest";
import { commaJoined, joiner } from "../../src/nlp/joined-clause.js";
import { createWinkAnalyser } from "../../src/nlp/wink-analyser.js";

const analyser = createWinkAnalyser();
const tokensOf = (text: string) => analyser.analyse(text)[0]!.tokens;

describe("commaJoined: ', and' and ', but' joining a clause", () => {
  it("is true at 'and' or 'but' right after a comma", () => {
    const and = tokensOf("Israel struck Gaza, and on Tuesday Hamas fired rockets.");
    expect(
      commaJoined(
        and,
        and.findIndex((t) => t.lower === "and"),
      ),
    ).toBe(true);
    const but = tokensOf("China objected, but Japan went ahead.");
    expect(
      commaJoined(
        but,
        but.findIndex((t) => t.lower === "but"),
      ),
    ).toBe(true);
  });

  it("is false for 'and' in a list and for other words after a comma", () => {
    const list = tokensOf("Egypt and Qatar mediated.");
    expect(commaJoined(list, 1)).toBe(false);
    const or = tokensOf("It may rain, or not.");
    expect(
      commaJoined(
        or,
        or.findIndex((t) => t.lower === "or"),
      ),
    ).toBe(false);
    expect(joiner({ lower: "or" })).toBe(false);
  });
});
