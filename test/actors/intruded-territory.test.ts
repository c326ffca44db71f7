import { describe, expect, it } from "vitest";
import { buildActorLexicon } from "../../src/actors/actor-lexicon.js";
import { recognizeActors } from "../../src/actors/actor-recognizer.js";
import { intruderCountry } from "../../src/actors/intruded-territory.js";
import { createWinkAnalyser } from "../../src/nlp/wink-analyser.js";
import { miniDictionaries } from "../fixtures/mini-dictionaries.js";

const analyser = createWinkAnalyser();
const lexicon = buildActorLexicon(miniDictionaries(), analyser);

/** intruderCountry at the text's first "its". */
function intruderIn(text: string): string | null {
  const sentence = analyser.analyse(text)[0]!;
  const i = sentence.tokens.findIndex((t) => t.lower === "its");
  return intruderCountry(sentence.tokens, i, recognizeActors(sentence, lexicon, "2025-06-12"));
}

describe("intruderCountry", () => {
  it("names the state of whoever enters or violates the waters or airspace", () => {
    expect(intruderIn("Japan said a Chinese ship entered its territorial waters.")).toBe("CHN");
    expect(intruderIn("Seoul said Russian planes violated its airspace.")).toBe("RUS");
    expect(intruderIn("Kyiv said Russian drones repeatedly intruded into its airspace.")).toBe("RUS");
  });

  it("leaves other uses of its to the antecedent rules", () => {
    expect(intruderIn("Japan said China expanded its territorial claims.")).toBeNull();
    expect(intruderIn("China said it patrolled its waters.")).toBeNull();
  });
});
