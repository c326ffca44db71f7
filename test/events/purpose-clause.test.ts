import { describe, expect, it } from "vitest";
import { purposeHost } from "../../src/events/purpose-clause.js";
import { createWinkAnalyser } from "../../src/nlp/wink-analyser.js";

const analyser = createWinkAnalyser();
const tokensOf = (text: string) => analyser.analyse(text)[0]!.tokens;
const at = (tokens: ReturnType<typeof tokensOf>, word: string) => tokens.findIndex((t) => t.lower === word);

describe("purpose clause", () => {
  it("gives a purpose infinitive to the contact verb before its object", () => {
    const tokens = tokensOf("The chancellor telephoned the Russian president to urge a ceasefire.");
    expect(purposeHost(tokens, at(tokens, "urge"))).toBe(at(tokens, "telephoned"));
    const summoned = tokensOf("Iran summoned the British ambassador to protest.");
    expect(purposeHost(summoned, at(summoned, "protest"))).toBe(at(summoned, "summoned"));
  });

  it("leaves verbs of asking, appeals and infinitive hosts to their own clause", () => {
    const urged = tokensOf("Washington urged Beijing to rein in North Korea.");
    expect(purposeHost(urged, at(urged, "rein"))).toBeNull();
    const calledOn = tokensOf("The United States called on Israel to halt settlement construction.");
    expect(purposeHost(calledOn, at(calledOn, "halt"))).toBeNull();
    const offer = tokensOf("Arafat rejected an offer to host a summit to hammer out a deal.");
    expect(purposeHost(offer, at(offer, "hammer"))).toBeNull();
  });
});
