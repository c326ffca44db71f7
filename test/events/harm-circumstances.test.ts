import { beforeAll, describe, expect, it } from "vitest";
import { createCoder } from "../../src/index.js";
import type { Coder } from "../../src/pipeline/coder.js";

describe("harm and the act it happened in", () => {
  let coder: Coder;
  beforeAll(() => {
    coder = createCoder();
  });
  const coded = (text: string) =>
    coder
      .code({ text, date: "2025-11-21" })
      .events.map(
        (e) => `${e.event} ${e.source.map((a) => a.code).join(",")}>${e.target.map((a) => a.code).join(",")}`,
      );

  it("never makes the victims of 'killed in shelling' the shellers", () => {
    const events = coded("Three people were killed in shelling in Donetsk.");
    expect(events).not.toContain("ASSAULT UKRCVL>UKR");
    expect(events).toContain("ASSAULT UKR>UKRCVL");
    expect(coded("Five people died in shelling in Kharkiv.")).not.toContain("ASSAULT UKRCVL>UKR");
  });

  it("keeps the shelling of a subject that takes part in it, or does it as a means", () => {
    expect(coded("Israel engaged in shelling of Gaza.")).toEqual(["ASSAULT ISR>PSE"]);
    expect(coded("Russia retaliated by shelling.")).toEqual(["ASSAULT RUS>"]);
  });

  it("lets a named attacker outrank the source the place implies", () => {
    expect(coded("Two civilians were killed when a Russian drone hit their car in Kherson.")).toEqual([
      "ASSAULT RUSMIL>UKRCVL",
    ]);
  });
});
