import { describe, expect, it } from "vitest";
import { cameoCodes } from "../golden/golden-runner.js";

describe("skipToContent: 'that' after a frame verb's object", () => {
  const codes = cameoCodes("2025-11-21");

  it("reads 'that' after a plain object as a relative clause, so the verb reports nothing", () => {
    expect(
      codes(
        "The Pakistani Taliban claimed responsibility for a suicide bombing that killed 12 soldiers on Friday.",
      ),
    ).toContain("015 PAK>");
  });

  it("still opens content after the one told, a report noun or a time", () => {
    expect(codes("Iran warned Washington that it would retaliate.")).toEqual(["130 IRN>USA"]);
    expect(codes("Russia denied reports that it had attacked the convoy.")).toEqual(["190 RUS>"]);
    expect(codes("The ministry said in a statement that Israel had struck Beirut.")).toEqual(["190 ISR>LBN"]);
  });
});
