import { describe, expect, it } from "vitest";
import { createCoder } from "../../src/index.js";
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

describe("speakerVerbBefore: whose act a verb after 'and' is", () => {
  const coder = createCoder();
  const sources = (text: string) =>
    coder.code({ text, date: "2025-11-21" }).events.map((e) => `${e.event} ${e.source.map((a) => a.code)}`);

  it("gives the verb after 'and' to the subject of the clause 'that' opened, with no comma", () => {
    expect(
      sources(
        "State media KCNA said on Wednesday that Kim Jong Un had inspected a munitions factory and called for more attack drones.",
      ),
    ).toEqual(["REQUEST PRKGOV"]);
  });

  it("gives it to the speaker after a comma", () => {
    expect(
      sources(
        "Chinese officials said the vessel had rammed a coast guard ship, and accused Manila of provocation.",
      ),
    ).toContain("ACCUSE CHNGOV");
  });
});
