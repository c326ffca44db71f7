import { describe, expect, it } from "vitest";
import { findAtoms } from "../../src/actors/actor-atoms.js";
import { buildActorLexicon } from "../../src/actors/actor-lexicon.js";
import { vetoedAtom } from "../../src/actors/word-cues.js";
import { createWinkAnalyser } from "../../src/nlp/wink-analyser.js";
import { miniDictionaries } from "../fixtures/mini-dictionaries.js";

const analyser = createWinkAnalyser();
const lexicon = buildActorLexicon(miniDictionaries(), analyser);

/** The words of the first sentence's atoms that the cues veto. */
function vetoed(text: string): string[] {
  const tokens = analyser.analyse(text)[0]!.tokens;
  const atoms = findAtoms(tokens, lexicon);
  const atomAt = new Map(atoms.map((a) => [a.start, a]));
  return atoms.filter((a) => vetoedAtom(tokens, a, atomAt)).map((a) => tokens[a.start]!.text);
}

describe("vetoedAtom", () => {
  it("vetoes backers and makers, not the group or the target", () => {
    expect(vetoed("Russian-backed separatists shelled Ukrainian positions.")).toEqual(["Russian"]);
    expect(vetoed("An Iranian-made drone struck a Saudi tanker.")).toEqual(["Iranian"]);
    expect(vetoed("Drones hit Russian-occupied Ukraine.")).toEqual(["Russian"]);
    expect(vetoed("Drones hit Russian-held positions.")).toEqual([]);
  });

  it("vetoes countries inside the names of seas", () => {
    expect(vetoed("Ships sailed from the South China Sea into the Indian Ocean.")).toEqual([
      "China",
      "Indian",
    ]);
    expect(vetoed("A storm hit the Gulf of Mexico.")).toEqual(["Mexico"]);
  });

  it("keeps countries that stand alone", () => {
    expect(vetoed("China and India held talks.")).toEqual([]);
  });
});
