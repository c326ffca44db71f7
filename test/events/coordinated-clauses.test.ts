import { beforeAll, describe, expect, it } from "vitest";
import { createCoder } from "../../src/index.js";
import type { Coder } from "../../src/pipeline/coder.js";

describe("a clause after ', and', and the pronoun it acts on", () => {
  let coder: Coder;
  beforeAll(() => {
    coder = createCoder();
  });

  const coded = (text: string) =>
    coder
      .code({ text, date: "2024-07-31" })
      .events.map(
        (e) => `${e.event} ${e.source.map((a) => a.code).join(",")}>${e.target.map((a) => a.code).join(",")}`,
      );

  it("reads a noun and a participle after ', and' as a new clause's subject and verb", () => {
    expect(coded("Opposition supporters marched in Caracas, and police fired tear gas.")).toContain(
      // The tear gas falls on the capital as a city: its country, not its government.
      "ASSAULT VENCOP>VEN",
    );
  });

  it("keeps a reduced relative after ', and' when its main verb follows", () => {
    expect(
      coded("Rebels attacked the town, and civilians killed in the fighting were buried on Monday."),
    ).toEqual([]);
  });

  it("aims an act at 'them', the people named before, though they share the actor's country", () => {
    expect(
      coded(
        "Thousands of opposition supporters marched in Caracas on Tuesday, and security forces fired tear gas to disperse them.",
      ),
    ).toContain("ASSAULT VENCOP>VENOPP");
    expect(coded("Opposition supporters gathered in Caracas. Police arrested dozens of them.")).toContain(
      "COERCE VENCOP>VENOPP",
    );
  });

  it("takes no object from a new clause opened by a time phrase after ', and'", () => {
    expect(
      coded(
        "Washington has imposed sanctions on leaders of both sides, and last week the United States determined that the RSF had committed genocide.",
      ),
    ).toContain("SANCTION USAGOV>");
  });

  it("still leaves out the actor's own 'its'", () => {
    expect(coded("Syria said it would withdraw its troops from Lebanon.")).not.toContain(
      "RETREAT SYR>SYRMIL",
    );
  });
});
