import { describe, expect, it } from "vitest";
import { otherBearer } from "../../src/actors/unknown-names.js";
import type { PersonEntry } from "../../src/core/dictionary-schema.js";
import { createWinkAnalyser } from "../../src/nlp/wink-analyser.js";

const analyser = createWinkAnalyser();
const trump = {
  id: "person:donald-trump",
  names: ["Donald Trump", "Donald J. Trump"],
  roles: [{ country: "USA", sector: "GOV", title: "President", from: "2017-01-20" }],
} as unknown as PersonEntry;

function bearerIn(text: string): boolean {
  const tokens = analyser.analyse(text)[0]!.tokens;
  return otherBearer(
    tokens,
    tokens.findIndex((t) => t.text === "Trump"),
    [trump],
  );
}

describe("otherBearer", () => {
  it("reads a given name unlike the bearers' as someone else of the family", () => {
    expect(bearerIn("Melania Trump visited the hospital.")).toBe(true);
    expect(bearerIn("Ivanka Trump met Abe.")).toBe(true);
  });

  it("keeps honorifics, initials, other spellings and no name at all", () => {
    expect(bearerIn("Mr Trump met Abe.")).toBe(false);
    expect(bearerIn("J. Trump met Abe.")).toBe(false);
    expect(bearerIn("Donnie Trump met Abe.")).toBe(false);
    expect(bearerIn("Trump met Abe.")).toBe(false);
    expect(bearerIn("On Monday Trump met Abe.")).toBe(false);
  });
});
