import { describe, expect, it } from "vitest";
import { createCoder } from "../../src/index.js";

const coder = createCoder();
const assaults = (text: string) =>
  coder
    .code({ text, date: "2025-11-27" })
    .events.filter((e) => e.event === "ASSAULT" && e.source[0]?.country === "RUS");

describe("splitByPlace: one type and dyad at two named places", () => {
  it("keeps a claimed capture and a reported strike elsewhere apart, each with its own status", () => {
    const events = assaults(
      "Russia's defence ministry said its forces had captured the village of Petropavlivka in the Kharkiv region. " +
        "Reuters could not independently verify the claim. " +
        "A Russian missile struck an apartment building in the city of Dnipro, killing three people, the regional governor said.",
    );
    expect(events).toHaveLength(2);
    const [capture, strike] = events;
    expect(capture!.mentions.map((m) => m.sentence)).toEqual([0]);
    expect(capture!.attribution.status).toBe("unconfirmed");
    expect(new Set(strike!.mentions.map((m) => m.sentence))).toEqual(new Set([2]));
    expect(strike!.attribution.status).toBe("asserted");
    expect(strike!.location).toBe("Dnipro");
  });

  it("keeps one event where the places are one ('Kharkiv' and 'the Kharkiv region')", () => {
    const events = assaults(
      "Russian forces shelled the Kharkiv region on Thursday. Russian artillery also struck Kharkiv, officials said.",
    );
    expect(events).toHaveLength(1);
    expect(events[0]!.mentions.map((m) => m.sentence)).toEqual([0, 1]);
  });

  it("keeps one event where one sentence names both places", () => {
    const events = assaults(
      "Russian troops attacked Ukrainian positions near Pokrovsk in the Donetsk region.",
    );
    expect(events).toHaveLength(1);
  });

  it("lets a mention with no place join the nearest placed one", () => {
    const events = assaults(
      "Russian drones attacked energy facilities in Kherson on Monday. A Russian missile also hit a school in Zaporizhzhia. The attack on the school wounded two children.",
    );
    expect(events.map((e) => e.location)).toEqual(["Kherson", "Zaporizhzhia"]);
    expect(new Set(events[1]!.mentions.map((m) => m.sentence))).toEqual(new Set([1, 2]));
  });
});
