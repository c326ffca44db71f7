import { describe, expect, it } from "vitest";
import { headFits, nominalGerund, verbalGerund } from "../../src/events/trigger-fit.js";
import { createWinkAnalyser } from "../../src/nlp/wink-analyser.js";

const analyser = createWinkAnalyser();

/** The first sentence's tokens and the index of `word` in them. */
function trigger(text: string, word: string) {
  const tokens = analyser.analyse(text)[0]!.tokens;
  return { tokens, i: tokens.findIndex((t) => t.lower === word) };
}

describe("trigger fit", () => {
  it("takes a gerund after a modifier as an event noun", () => {
    const { tokens, i } = trigger("Israeli tank shelling killed two people.", "shelling");
    expect(nominalGerund(tokens, i)).toBe(true);
    expect(headFits(tokens, i, "noun")).toBe(true);
  });

  it("takes a participle before a noun as an adjective, not a verb", () => {
    const exiled = trigger("The exiled dissidents returned home.", "exiled");
    expect(headFits(exiled.tokens, exiled.i, "verb")).toBe(false);
    const returned = trigger("The exiled dissidents returned home.", "returned");
    expect(headFits(returned.tokens, returned.i, "verb")).toBe(true);
  });

  it("accepts any part of speech for an 'any' head", () => {
    const { tokens, i } = trigger("The launch failed.", "launch");
    expect(headFits(tokens, i, "any")).toBe(true);
  });

  it("takes a gerund tagged as a noun as a verb when it has a determined object", () => {
    const lifting = trigger("Ministers discussed lifting the embargo on Cuba.", "lifting");
    expect(triggerToken(lifting).pos).toBe("NOUN");
    expect(verbalGerund(lifting.tokens, lifting.i)).toBe(true);
    expect(headFits(lifting.tokens, lifting.i, "verb")).toBe(true);
    const shelling = trigger("The heavy shelling of the city went on.", "shelling");
    expect(verbalGerund(shelling.tokens, shelling.i)).toBe(false);
  });
});

function triggerToken(found: ReturnType<typeof trigger>) {
  return found.tokens[found.i]!;
}
