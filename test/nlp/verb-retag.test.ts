import { describe, expect, it } from "vitest";
import { retagPastVerbs } from "../../src/nlp/verb-retag.js";

describe("retagPastVerbs", () => {
  it("reads a noun in -ed between a subject's phrase and its object as a past verb", () => {
    const tags = ["DET", "NOUN", "ADJ", "NOUN", "PROPN", "PUNCT"];
    expect(retagPastVerbs(["The", "army", "chief", "accused", "Israel", "."], tags)).toEqual([3]);
    expect(tags[3]).toBe("VERB");
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
