import { describe, expect, it } from "vitest";
import { buildActorLexicon } from "../../src/actors/actor-lexicon.js";
import { recognizeActors } from "../../src/actors/actor-recognizer.js";
import { participleThing } from "../../src/actors/participle-thing.js";
import { createWinkAnalyser } from "../../src/nlp/wink-analyser.js";
import { miniDictionaries } from "../fixtures/mini-dictionaries.js";

const analyser = createWinkAnalyser();
const lexicon = buildActorLexicon(miniDictionaries(), analyser);

/** participleThing at the first "it" after "saying" or "calling" in the text's first sentence. */
function thingAt(text: string): boolean {
  const sentence = analyser.analyse(text)[0]!;
  const i = sentence.tokens.findIndex((t, k) => t.lower === "it" && k > 2);
  return participleThing(sentence.tokens, i, recognizeActors(sentence, lexicon, "2025-06-12"));
}

describe("participleThing", () => {
  it('reads the "it" after ", saying" as the thing the main verb acted on', () => {
    expect(
      thingAt("North Korea rejected the decision by Washington, saying it violated its sovereignty."),
    ).toBe(true);
    expect(thingAt("North Korea condemned the new arms sale, saying it was a provocation.")).toBe(true);
  });

  it("leaves an actor object, a plural object and other clauses to the antecedent rules", () => {
    expect(thingAt("North Korea criticised Washington, saying it wanted war.")).toBe(false);
    expect(thingAt("North Korea rejected the sanctions, saying it would not bow.")).toBe(false);
    expect(thingAt("North Korea said it would respond.")).toBe(false);
  });
});
