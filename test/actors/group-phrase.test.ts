import { describe, expect, it } from "vitest";
import { epithetPhrase, groupPhrase, lastDistinctCountries } from "../../src/actors/group-phrase.js";
import { lastDyad } from "../../src/actors/last-dyad.js";
import type { ActorMention } from "../../src/core/types.js";
import { createWinkAnalyser } from "../../src/nlp/wink-analyser.js";

const analyser = createWinkAnalyser();

/** A country mention in sentence `sentence`, enough for lastDistinctCountries. */
function country(code: string, sentence: number): ActorMention {
  return {
    span: { sentence, start: 0, end: 1 },
    chars: { start: 0, end: 1 },
    text: code,
    kind: "country",
    actor: { code, country: code, sector: null, name: code, actorId: `country:${code}` },
    entryIds: [],
    coreferent: false,
  };
}

describe("groupPhrase", () => {
  it('ends after "the two leaders" and "both sides"', () => {
    const tokens = analyser.analyse("Later the two leaders and both sides met.")[0]!.tokens;
    expect(groupPhrase(tokens, 1)).toBe(4);
    expect(groupPhrase(tokens, 5)).toBe(7);
  });

  it("returns the start where no group phrase stands", () => {
    const tokens = analyser.analyse("The two ships collided.")[0]!.tokens;
    expect(groupPhrase(tokens, 0)).toBe(0);
  });

  it("reads the two ministers as one per state", () => {
    const tokens = analyser.analyse("The two ministers met.")[0]!.tokens;
    expect(groupPhrase(tokens, 0)).toBe(3);
  });
});

describe("lastDistinctCountries", () => {
  it("takes the last two countries named, once each, in text order", () => {
    const prior = [country("CHN", 0), country("USA", 1), country("PRK", 2), country("USA", 2)];
    expect(lastDistinctCountries(prior, 2, 2, () => false).map((a) => a.code)).toEqual(["PRK", "USA"]);
  });

  it("looks back two sentences at most and skips places", () => {
    const prior = [country("CHN", 0), country("USA", 3), country("SGP", 3)];
    const isPlace = (m: ActorMention) => m.actor.code === "SGP";
    expect(lastDistinctCountries(prior, 3, 2, isPlace).map((a) => a.code)).toEqual(["USA"]);
  });
});

describe("epithetPhrase", () => {
  const tokensOf = (text: string) => analyser.analyse(text)[0]!.tokens;
  it('finds "the wealthy Gulf state" and "the kingdom"', () => {
    expect(epithetPhrase(tokensOf("The wealthy Gulf state agreed."), 0)).toBe(4);
    expect(epithetPhrase(tokensOf("The kingdom said it would respond."), 0)).toBe(2);
  });

  it("skips state media, places after a preposition and states of something", () => {
    expect(epithetPhrase(tokensOf("The state media said so."), 0)).toBe(0);
    const inThe = tokensOf("Fighting spread in the country.");
    const i = inThe.findIndex((t) => t.lower === "the");
    expect(epithetPhrase(inThe, i)).toBe(i);
    expect(epithetPhrase(tokensOf("The island of Cyprus is divided."), 0)).toBe(0);
  });
});

describe("lastDyad", () => {
  it("takes the pair of the last sentence that names two states, past a sentence naming one", () => {
    const prior = [country("USA", 0), country("PRK", 0), country("JPN", 1)];
    expect(lastDyad(prior, 2, () => false)?.map((a) => a.code)).toEqual(["USA", "PRK"]);
  });

  it("is null when no sentence within two names two states", () => {
    expect(lastDyad([country("USA", 0), country("PRK", 0), country("JPN", 1)], 3, () => false)).toBeNull();
  });
});
