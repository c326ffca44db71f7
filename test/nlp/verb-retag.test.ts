import { describe, expect, it } from "vitest";
import {
  retagBareVerbs,
  retagParticipleAdjectives,
  retagPastVerbs,
  retagPluralNouns,
} from "../../src/nlp/verb-retag.js";

describe("retagPastVerbs", () => {
  it("reads a noun in -ed between a subject's phrase and its object as a past verb", () => {
    const tags = ["DET", "NOUN", "ADJ", "NOUN", "PROPN", "PUNCT"];
    expect(retagPastVerbs(["The", "army", "chief", "accused", "Israel", "."], tags)).toEqual([3]);
    expect(tags[3]).toBe("VERB");
  });

  it("reads 'shot down' after a subject's phrase as the verb", () => {
    const tags = ["DET", "PROPN", "ADJ", "NOUN", "ADP", "DET", "NOUN", "PUNCT"];
    expect(retagPastVerbs(["The", "US", "military", "shot", "down", "a", "drone", "."], tags)).toEqual([3]);
    const noun = ["DET", "NOUN", "VERB", "ADV", "PUNCT"];
    expect(retagPastVerbs(["A", "shot", "rang", "out", "."], noun)).toEqual([]);
  });

  it("reads a counted object as an object: 'Boko Haram abducted 276 students'", () => {
    const tags = ["PROPN", "PROPN", "NOUN", "NUM", "NOUN", "PUNCT"];
    expect(retagPastVerbs(["Boko", "Haram", "abducted", "276", "students", "."], tags)).toEqual([2]);
  });

  it("leaves nouns, counted participles and words with no object after them", () => {
    const cases: [string[], string[]][] = [
      [
        ["The", "accused", "denied", "it"],
        ["DET", "NOUN", "VERB", "PRON"],
      ],
      [
        ["several", "wounded", "Palestinians"],
        ["ADJ", "NOUN", "PROPN"],
      ],
      [
        ["army", "chief", "accused", "."],
        ["NOUN", "ADJ", "NOUN", "PUNCT"],
      ],
      [
        ["the", "armed", "groups"],
        ["DET", "NOUN", "NOUN"],
      ],
    ];
    for (const [values, tags] of cases)
      expect(retagPastVerbs(values, [...tags]), values.join(" ")).toEqual([]);
  });
});

describe("retagParticipleAdjectives", () => {
  it("reads 'Neighbouring' opening a sentence before a name as an adjective", () => {
    const tags = ["VERB", "PROPN", "VERB", "DET", "NOUN"];
    expect(retagParticipleAdjectives(["Neighbouring", "Jordan", "condemned", "the", "attack"], tags)).toEqual(
      [0],
    );
    expect(tags[0]).toBe("ADJ");
  });

  it("leaves a verb that takes a particle or follows a subject", () => {
    const tags = ["PROPN", "AUX", "VERB", "ADP", "NOUN"];
    expect(retagParticipleAdjectives(["Russia", "is", "ruling", "out", "talks"], tags)).toEqual([]);
    expect(tags[2]).toBe("VERB");
  });
});

describe("retagBareVerbs", () => {
  it("reads a gerund after 'kept' as a verb", () => {
    const tags = ["PROPN", "VERB", "ADJ", "NOUN", "PUNCT"];
    expect(retagBareVerbs(["Houthis", "kept", "attacking", "ships", "."], tags)).toEqual([2]);
    expect(tags[2]).toBe("VERB");
  });

  it("reads a progressive's participle before an object as a verb, and leaves a noun after 'is'", () => {
    const tags = ["NOUN", "AUX", "AUX", "NOUN", "PROPN", "PUNCT"];
    expect(retagBareVerbs(["jets", "have", "been", "bombing", "Gaza", "."], tags)).toEqual([3]);
    const noun = ["DET", "NOUN", "AUX", "NOUN", "NOUN", "PUNCT"];
    expect(retagBareVerbs(["The", "problem", "is", "housing", "costs", "."], noun)).toEqual([]);
  });

  it("reads a participle after a perfect's auxiliary and before an object as a verb", () => {
    const tags = ["PRON", "AUX", "NOUN", "DET", "NOUN", "PUNCT"];
    expect(retagBareVerbs(["it", "had", "retaken", "the", "palace", "."], tags)).toEqual([2]);
    const verb = ["PRON", "VERB", "NOUN", "PUNCT"];
    expect(retagBareVerbs(["they", "had", "chicken", "."], verb)).toEqual([]);
  });

  it("reads a headline's verb in -s between a name and its object as a verb", () => {
    const tags = ["PROPN", "NOUN", "PROPN", "PART", "ADJ", "NOUN", "PUNCT"];
    expect(retagBareVerbs(["Israel", "strikes", "Iran", "'s", "nuclear", "sites", "."], tags)).toEqual([1]);
  });

  it("leaves plural nouns before a verb, and a people's forces before a noun", () => {
    const cases: [string[], string[]][] = [
      [
        ["Israel", "strikes", "kill", "20", "."],
        ["PROPN", "NOUN", "VERB", "NUM", "PUNCT"],
      ],
      [
        ["Syrian", "forces", "clash", "with", "rebels"],
        ["PROPN", "NOUN", "NOUN", "ADP", "NOUN"],
      ],
      [
        ["Iran", "talks", "in", "Vienna", "."],
        ["PROPN", "NOUN", "ADP", "PROPN", "PUNCT"],
      ],
    ];
    for (const [values, tags] of cases)
      expect(retagBareVerbs(values, [...tags]), values.join(" ")).toEqual([]);
  });
});

describe("retagPluralNouns", () => {
  it("reads a word in -s between a modifier and 'of' as a noun", () => {
    const tags = ["VERB", "VERB", "ADP", "NOUN"];
    expect(retagPluralNouns(["repeated", "offers", "of", "talks"], tags)).toEqual([1]);
    expect(tags[1]).toBe("NOUN");
  });

  it("leaves a verb after its subject, and a word in -ss", () => {
    const verb = ["DET", "NOUN", "VERB", "ADP", "NOUN"];
    expect(retagPluralNouns(["The", "plan", "consists", "of", "steps"], verb)).toEqual([]);
    const ss = ["DET", "VERB", "ADP", "NOUN"];
    expect(retagPluralNouns(["the", "press", "of", "business"], ss)).toEqual([]);
  });
});
