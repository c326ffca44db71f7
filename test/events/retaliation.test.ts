import { describe, expect, it } from "vitest";
import { vowsRetaliation } from "../../src/events/retaliation.js";
import { createWinkAnalyser } from "../../src/nlp/wink-analyser.js";

const nlp = createWinkAnalyser();
const at = (text: string, word: string) => {
  const tokens = nlp.analyse(text)[0]!.tokens;
  return { tokens, trigger: tokens.findIndex((t) => t.lower === word) };
};

describe("vowsRetaliation", () => {
  it("finds a reprisal word in the threat's own clause", () => {
    for (const [text, verb] of [
      ["Hezbollah vowed to retaliate.", "vowed"],
      ["Iran promised a swift and crushing response.", "promised"],
      ["The Houthis threatened to hit back.", "threatened"],
      ["Hamas vowed revenge.", "vowed"],
    ] as const) {
      const { tokens, trigger } = at(text, verb);
      expect(vowsRetaliation(tokens, trigger), text).toBe(true);
    }
  });

  it("stops at the clause's end and reads no other threat as one of reprisal", () => {
    for (const [text, verb] of [
      ["Iran threatened to close the Strait of Hormuz.", "threatened"],
      ["Russia warned of consequences, and Kyiv vowed to respond.", "warned"],
    ] as const) {
      const { tokens, trigger } = at(text, verb);
      expect(vowsRetaliation(tokens, trigger), text).toBe(false);
    }
  });
});
