import { describe, expect, it } from "vitest";
import { descriptionPhrase } from "../../src/actors/description-phrase.js";
import { createWinkAnalyser } from "../../src/nlp/wink-analyser.js";

const analyser = createWinkAnalyser();
const tokensOf = (text: string) => analyser.analyse(text)[0]!.tokens;

describe("descriptionPhrase", () => {
  it('finds "the bloc", "the 27-nation bloc" and "the group\'s"', () => {
    expect(descriptionPhrase(tokensOf("The bloc said it would respond."), 0)?.end).toBe(2);
    const bloc = descriptionPhrase(tokensOf("The 27-nation bloc said it would respond."), 0);
    expect(bloc?.kinds.has("igo")).toBe(true);
    expect(bloc?.kinds.has("group")).toBe(false);
    expect(descriptionPhrase(tokensOf("The group's leader spoke."), 0)?.kinds.has("group")).toBe(true);
  });

  it("skips descriptions that do not act or own, and groups of something", () => {
    const against = tokensOf("Israel vowed to fight the militant group.");
    expect(
      descriptionPhrase(
        against,
        against.findIndex((t) => t.lower === "the"),
      ),
    ).toBeNull();
    expect(descriptionPhrase(tokensOf("The Group of Seven met."), 0)).toBeNull();
    expect(descriptionPhrase(tokensOf("A group said so."), 0)).toBeNull();
  });
});
