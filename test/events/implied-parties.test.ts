import { beforeAll, describe, expect, it } from "vitest";
import { createCoder } from "../../src/index.js";
import type { Coder } from "../../src/pipeline/coder.js";

describe("implied parties: domestic targets", () => {
  let coder: Coder;
  beforeAll(() => {
    coder = createCoder();
  });

  const dyads = (text: string) =>
    coder
      .code({ text, date: "2024-05-15" })
      .events.map(
        (e) =>
          `${e.event} ${e.source.map((a) => a.country).join(",")}>${e.target.map((a) => a.country).join(",")}`,
      );

  it("aims a domestic act with no one named at the source's own state", () => {
    expect(dyads("Students protested in Seoul.")).toContain("PROTEST KOR>KOR");
  });

  it("has two states that agree on something act towards each other", () => {
    expect(dyads("France and Germany signed a treaty.").sort()).toEqual([
      "SUPPORT DEU>FRA",
      "SUPPORT FRA>DEU",
    ]);
  });

  it("does not turn two states' praise of something into praise of each other", () => {
    expect(dyads("The proposal was welcomed by France and Germany.").sort()).toEqual([
      "SUPPORT DEU>",
      "SUPPORT FRA>",
    ]);
    expect(dyads("Britain and France offered to mediate.").sort()).toEqual(["AGREE FRA>", "AGREE GBR>"]);
  });

  it("gives two states acting together no shared home state as target", () => {
    expect(dyads("Kenya and Tanzania threatened to close the border.").sort()).toEqual([
      "THREATEN KEN>",
      "THREATEN TZA>",
    ]);
  });
});
