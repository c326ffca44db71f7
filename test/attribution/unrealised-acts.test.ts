import { describe, expect, it } from "vitest";
import { abstainedFrom, notYetDone, preventedFrom } from "../../src/attribution/unrealised-acts.js";
import { createWinkAnalyser } from "../../src/nlp/wink-analyser.js";

const analyser = createWinkAnalyser();
const tokensOf = (text: string) => analyser.analyse(text)[0]!.tokens;
const at = (text: string, word: string) => tokensOf(text).findIndex((t) => t.lower === word);

describe("preventedFrom: what a ban keeps someone from doing", () => {
  it("reads a gerund after a verb of preventing, its object and 'from'", () => {
    const banned = "Beijing banned Chinese tour groups from travelling to Japan.";
    expect(preventedFrom(tokensOf(banned), at(banned, "travelling"))).toBe(true);
    const stopped = "Russia prevented UN inspectors from visiting the plant.";
    expect(preventedFrom(tokensOf(stopped), at(stopped, "visiting"))).toBe(true);
    const them = "The police stopped them from marching on parliament.";
    expect(preventedFrom(tokensOf(them), at(them, "marching"))).toBe(true);
  });

  it("leaves a gerund after 'from' that nothing prevents, and a 'from' with no object before it", () => {
    const returned = "Troops returned from patrolling the border.";
    expect(preventedFrom(tokensOf(returned), at(returned, "patrolling"))).toBe(false);
    const bare = "Seoul refrained from commenting.";
    expect(preventedFrom(tokensOf(bare), at(bare, "commenting"))).toBe(false);
  });

  it("sits beside the other unrealised acts", () => {
    const refrain = "Pyongyang would refrain from further missile tests.";
    expect(abstainedFrom(tokensOf(refrain), at(refrain, "tests"))).toBe(true);
    const yet = "Washington has yet to condemn the coup.";
    expect(notYetDone(tokensOf(yet), at(yet, "condemn"))).toBe(true);
  });
});
