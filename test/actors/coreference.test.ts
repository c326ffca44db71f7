import { describe, expect, it } from "vitest";
import { buildActorLexicon } from "../../src/actors/actor-lexicon.js";
import { recognizeActors } from "../../src/actors/actor-recognizer.js";
import { resolveCoreference } from "../../src/actors/coreference.js";
import type { ActorMention } from "../../src/core/types.js";
import { createWinkAnalyser } from "../../src/nlp/wink-analyser.js";
import { miniDictionaries } from "../fixtures/mini-dictionaries.js";

const analyser = createWinkAnalyser();
const lexicon = buildActorLexicon(miniDictionaries(), analyser);
const DATE = "2025-06-12";

/** Resolved mentions per sentence. */
function resolve(text: string): ActorMention[][] {
  const sentences = analyser.analyse(text);
  const mentions = sentences.map((s) => recognizeActors(s, lexicon, DATE));
  return resolveCoreference(sentences, mentions, lexicon.people);
}

function find(list: readonly ActorMention[] | undefined, text: string): ActorMention {
  const m = (list ?? []).find((x) => x.text === text);
  expect(m, `mention "${text}" in ${JSON.stringify((list ?? []).map((x) => x.text))}`).toBeDefined();
  return m!;
}

function groupCodes(m: ActorMention): string[] {
  return (m.group ?? []).map((a) => a.code);
}

describe("resolveCoreference: short names", () => {
  it('reads "Kim" after "Kim Yo Jong" as Kim Yo Jong', () => {
    const [, second] = resolve("Kim Yo Jong issued a statement. Kim said the talks had failed.");
    const kim = find(second, "Kim");
    expect(kim.personId).toBe("person:kim-yo-jong");
    expect(kim.actor.actorId).toBe("person:kim-yo-jong");
    expect(kim.actor.code).toBe("PRKGOV");
    expect(kim.kind).toBe("person");
  });

  it('reads "Kim" alone as Kim Jong Un, the one active leader', () => {
    const [first] = resolve("Kim said the talks had failed.");
    const kim = find(first, "Kim");
    expect(kim.personId).toBe("person:kim-jong-un");
    expect(kim.actor.code).toBe("PRKGOV");
  });

  it('reads "Kim" as the Kim named most recently', () => {
    const resolved = resolve("Kim Yo Jong spoke first. Kim Jong Un agreed. Kim said the talks had failed.");
    expect(find(resolved[2], "Kim").personId).toBe("person:kim-jong-un");
  });

  it("leaves a short name alone when the earlier full name is the same person", () => {
    const [, second] = resolve("Karoline Leavitt spoke. Leavitt said no.");
    expect(find(second, "Leavitt").personId).toBe("person:karoline-leavitt");
  });

  // BUG: types.ts documents `coreferent` as "True when resolved by coreference (pronoun, short name,
  // …)", but a short name re-resolved to an earlier person ("Kim" → Kim Yo Jong) keeps coreferent false.
  it("marks a short name resolved to an earlier person as coreferent", () => {
    const [, second] = resolve("Kim Yo Jong issued a statement. Kim said the talks had failed.");
    expect(find(second, "Kim").coreferent).toBe(true);
  });
});

describe("resolveCoreference: singular pronouns", () => {
  it("resolves he and she by gender", () => {
    const resolved = resolve("Kim Yo Jong spoke to Trump. She said talks had failed. He disagreed.");
    const she = find(resolved[1], "She");
    expect(she.personId).toBe("person:kim-yo-jong");
    expect(she.coreferent).toBe(true);
    expect(she.actor.code).toBe("PRKGOV");
    const he = find(resolved[2], "He");
    expect(he.personId).toBe("person:donald-trump");
    expect(he.actor.code).toBe("USAGOV");
  });

  it("skips a nearer person of the other gender", () => {
    const resolved = resolve("Trump wrote to Kim Yo Jong. He said talks had failed.");
    expect(find(resolved[1], "He").personId).toBe("person:donald-trump");
  });

  it("leaves a pronoun unresolved when no one of that gender was named", () => {
    const resolved = resolve("Trump met Kim Jong Un. She said no.");
    expect(resolved[1]!.map((m) => m.text)).not.toContain("She");
  });

  it("marks possessive pronouns as possessive", () => {
    const resolved = resolve("Kim Yo Jong spoke. Her statement was brief.");
    const her = find(resolved[1], "Her");
    expect(her.possessive).toBe(true);
    expect(her.personId).toBe("person:kim-yo-jong");
  });
});

describe("resolveCoreference: it", () => {
  it('reads "it" as the last country', () => {
    const resolved = resolve("North Korea fired a missile. It said the launch was a test.");
    const it_ = find(resolved[1], "It");
    expect(it_.actor.code).toBe("PRK");
    expect(it_.coreferent).toBe(true);
  });

  it('reads "it" in the same sentence as the country before it', () => {
    const [first] = resolve("Pyongyang said it would respond.");
    expect(find(first, "it").actor.code).toBe("PRKGOV");
  });

  it('never reads "it" as a person', () => {
    const resolved = resolve("Trump spoke. It was a long day.");
    expect(resolved[1]!.map((m) => m.text)).not.toContain("It");
  });

  // BUG: "it" resolves to the nearest non-person mention, including a single human agent:
  // in "North Korea criticised a Jordanian official. It said the talks failed." "It" becomes
  // JORGOV (the official) instead of North Korea (PRK).
  it('never reads "it" as a human agent such as an official', () => {
    const resolved = resolve("North Korea criticised a Jordanian official. It said the talks had failed.");
    expect(find(resolved[1], "It").actor.code).toBe("PRK");
  });
});

describe("resolveCoreference: plural references", () => {
  it('reads "the two leaders" as a group of the two actors', () => {
    const resolved = resolve("Trump met Kim Jong Un. The two leaders signed a deal.");
    const group = find(resolved[1], "The two leaders");
    expect(group.coreferent).toBe(true);
    expect(group.plural).toBe(true);
    expect(groupCodes(group)).toEqual(["USAGOV", "PRKGOV"]);
  });

  it('reads "both sides" as a group of the two actors', () => {
    const resolved = resolve("Washington accused Pyongyang. Both sides said talks had failed.");
    const group = find(resolved[1], "Both sides");
    expect(groupCodes(group)).toEqual(["USAGOV", "PRKGOV"]);
  });

  it('reads "their" as the two actors, possessive', () => {
    const [first] = resolve("Trump and Kim recalled their summit.");
    const their = find(first, "their");
    expect(their.possessive).toBe(true);
    expect(groupCodes(their)).toEqual(["USAGOV", "PRKGOV"]);
  });

  it('reads "their" after "the two leaders" as the same group', () => {
    const resolved = resolve("Trump met Kim Jong Un. The two leaders praised their talks.");
    expect(groupCodes(find(resolved[1], "their"))).toEqual(["USAGOV", "PRKGOV"]);
  });

  it("reads a plural pronoun as the plural agent before it", () => {
    const resolved = resolve("US troops fired missiles. They said the strike was a warning.");
    const they = find(resolved[1], "They");
    expect(they.actor.code).toBe("USAMIL");
    expect(they.group).toBeUndefined();
  });

  it("keeps no dictionary mention overlapping a group", () => {
    const resolved = resolve("Trump met Kim Jong Un. The two leaders signed a deal.");
    const second = resolved[1]!;
    // "leaders" alone is an agent in the dictionaries; the group replaces it.
    expect(second.map((m) => m.text)).toEqual(["The two leaders"]);
    for (const a of second)
      for (const b of second)
        if (a !== b) expect(a.span.start >= b.span.end || b.span.start >= a.span.end).toBe(true);
  });

  it("forms no group from a single actor", () => {
    const resolved = resolve("Pyongyang fired a missile. Both sides said nothing.");
    expect(resolved[1]!.some((m) => m.group)).toBe(false);
  });

  // BUG: a place named as a location joins the group: after "Trump met Kim Jong Un in Singapore."
  // "The two leaders" is [PRKGOV, SGP] instead of [USAGOV, PRKGOV].
  it("never takes a location into a group of leaders", () => {
    const resolved = resolve("Trump met Kim Jong Un in Singapore. The two leaders signed a deal.");
    expect(groupCodes(find(resolved[1], "The two leaders"))).toEqual(["USAGOV", "PRKGOV"]);
  });
});

describe("resolveCoreference: output", () => {
  it("keeps every sentence's mentions in token order with character offsets into the text", () => {
    const text = "Kim Yo Jong spoke to Trump.\n\nShe said their talks had failed, and he agreed.";
    const resolved = resolve(text);
    expect(resolved).toHaveLength(2);
    for (const list of resolved) {
      for (let i = 1; i < list.length; i++)
        expect(list[i]!.span.start).toBeGreaterThan(list[i - 1]!.span.start);
      for (const m of list) expect(text.slice(m.chars.start, m.chars.end)).toBe(m.text);
    }
  });

  it("returns one list per sentence, empty when there is nothing", () => {
    const resolved = resolve("It rained. Nothing happened.");
    expect(resolved).toEqual([[], []]);
  });
});
