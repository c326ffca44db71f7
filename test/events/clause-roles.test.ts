import { describe, expect, it } from "vitest";
import { defaultAttributionCues } from "../../src/attribution/attribution-cues.js";
import {
  accidentalCause,
  coordinatedHost,
  participleHost,
  unknownAddressee,
} from "../../src/events/clause-roles.js";
import { judgedNoun, opposedModifier } from "../../src/events/event-noun-roles.js";
import { createWinkAnalyser } from "../../src/nlp/wink-analyser.js";

const analyser = createWinkAnalyser();
const tokensOf = (text: string) => analyser.analyse(text)[0]!.tokens;
const at = (tokens: ReturnType<typeof tokensOf>, word: string) => tokens.findIndex((t) => t.lower === word);

describe("clause roles", () => {
  it("finds the main verb an adverbial participle hangs on", () => {
    const tokens = tokensOf("Insurgents bombarded a government-held part of Aleppo, killing eight people.");
    expect(participleHost(tokens, at(tokens, "killing"))).toBe(at(tokens, "bombarded"));
    expect(participleHost(tokens, at(tokens, "bombarded"))).toBeNull();
  });

  it("finds the first of two coordinated verbs", () => {
    const tokens = tokensOf("Moscow would hand over the bodies and had proposed short ceasefires.");
    expect(coordinatedHost(tokens, at(tokens, "proposed"))).toBe(at(tokens, "hand"));
  });

  it("tells an accident from an attack", () => {
    const crash = tokensOf("Four people were killed in a car crash in Italy.");
    expect(accidentalCause(crash, at(crash, "killed") + 1, defaultAttributionCues)).toBe(true);
    const raid = tokensOf("Four people were killed in an air raid in Syria.");
    expect(accidentalCause(raid, at(raid, "killed") + 1, defaultAttributionCues)).toBe(false);
  });

  it("sees an addressee the knowledge base does not know", () => {
    const tokens = tokensOf("Zelensky urged Western allies to send air defence systems.");
    expect(unknownAddressee(tokens, at(tokens, "urged") + 1, [])).toBe(true);
  });

  it("sees a participle that a proposal opposed by the subject carries", () => {
    const sentenceOf = (text: string) => analyser.analyse(text)[0]!;
    const vetoed = sentenceOf("Russia vetoed a draft resolution condemning the annexation.");
    expect(opposedModifier(vetoed, at(vetoed.tokens, "condemning"))).toBe(true);
    const adopted = sentenceOf("The assembly adopted a resolution condemning the annexation.");
    expect(opposedModifier(adopted, at(adopted.tokens, "condemning"))).toBe(false);
    // A statement rejected was still made.
    const statement = sentenceOf("China rejected a US statement accusing Beijing of hacking.");
    expect(opposedModifier(statement, at(statement.tokens, "accusing"))).toBe(false);
  });

  it("sees an event noun that the subject blames on someone, past a hyphenated modifier", () => {
    const blamed = analyser.analyse("India blamed Pakistan-based militants for the attack.")[0]!;
    expect(judgedNoun(blamed, at(blamed.tokens, "militants"))).toBe(true);
    const launched = analyser.analyse("India launched a militant attack.")[0]!;
    expect(judgedNoun(launched, at(launched.tokens, "militant"))).toBe(false);
  });
});
