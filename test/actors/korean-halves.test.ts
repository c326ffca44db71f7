import { describe, expect, it } from "vitest";
import { koreanHalf } from "../../src/actors/korean-halves.js";
import type { ActorMention } from "../../src/core/types.js";
import { createWinkAnalyser } from "../../src/nlp/wink-analyser.js";

const analyser = createWinkAnalyser();
const seoul = {
  actor: { code: "KORGOV", country: "KOR", sector: "GOV", name: null, actorId: null },
} as ActorMention;

function halfIn(text: string, nearby: readonly ActorMention[]) {
  const tokens = analyser.analyse(text)[0]!.tokens;
  const i = tokens.findIndex((t) => t.lower === "north" || t.lower === "south");
  return koreanHalf(tokens, i, nearby)?.code ?? null;
}

describe("koreanHalf", () => {
  it('reads "the North" and "the South" as the Korean states when a Korea is near', () => {
    expect(halfIn("Seoul urged the North to return to talks.", [seoul])).toBe("PRK");
    expect(halfIn("Pyongyang accused the South of provocations.", [seoul])).toBe("KOR");
  });

  it("leaves them alone with no Korea near, or when they start a longer name or a region", () => {
    expect(halfIn("Rebels attacked the North on Sunday.", [])).toBeNull();
    expect(halfIn("Ships crossed the North Atlantic.", [seoul])).toBeNull();
    expect(halfIn("Fighting spread to the north of the country.", [seoul])).toBeNull();
  });
});
