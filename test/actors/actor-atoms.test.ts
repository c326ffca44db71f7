import { describe, expect, it } from "vitest";
import { findAtoms, isCapitalised } from "../../src/actors/actor-atoms.js";
import { buildActorLexicon } from "../../src/actors/actor-lexicon.js";
import { createWinkAnalyser } from "../../src/nlp/wink-analyser.js";
import { miniDictionaries } from "../fixtures/mini-dictionaries.js";

const analyser = createWinkAnalyser();
const lexicon = buildActorLexicon(miniDictionaries(), analyser);

/** The atoms of the first sentence, as "text:kind". */
function atoms(text: string): string[] {
  const tokens = analyser.analyse(text)[0]!.tokens;
  return findAtoms(tokens, lexicon).map(
    (a) =>
      `${tokens
        .slice(a.start, a.end)
        .map((t) => t.text)
        .join(" ")}:${a.entry.kind}`,
  );
}

describe("findAtoms", () => {
  it("finds the dictionary hits of a composed phrase, longest first", () => {
    expect(atoms("North Korean leader Kim Jong Un arrived.")).toEqual([
      "North Korean:demonym",
      "leader:agent",
      "Kim Jong Un:person",
    ]);
  });

  it("takes no proper name written in lower case", () => {
    expect(atoms("the north korean drills")).toEqual([]);
  });

  it("reads a capital in second place as a name", () => {
    const [token] = analyser.analyse("iSrael said no.")[0]!.tokens;
    expect(isCapitalised(token!)).toBe(true);
  });
});
