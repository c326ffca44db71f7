import { describe, expect, it } from "vitest";
import { skipTimePhrase, timePhraseAt } from "../../src/attribution/time-phrase.js";
import { createWinkAnalyser } from "../../src/nlp/wink-analyser.js";

const analyser = createWinkAnalyser();
const tokensOf = (text: string) => analyser.analyse(text)[0]!.tokens;

describe("time phrases", () => {
  it('skips "on Saturday" between a verb and "to"', () => {
    const tokens = tokensOf("Both sides agreed on Saturday to halt the fighting.");
    expect(timePhraseAt(tokens, 3)).toBe(true);
    expect(tokens[skipTimePhrase(tokens, 3)]!.lower).toBe("to");
  });

  it.each([
    ["Talks resume in May.", 3, true],
    ["They joined a march to the border.", 3, false],
    ["officials met today to talk.", 2, true],
    ["officials met Tuesday.", 2, true],
    ["officials met in Geneva.", 2, false],
  ])("reads %j at %i as a time phrase: %s", (text, i, expected) => {
    expect(timePhraseAt(tokensOf(text), i)).toBe(expected);
  });

  it("stops after a time phrase of one word", () => {
    expect(skipTimePhrase(tokensOf("officials met today to talk."), 2)).toBe(3);
  });
});
