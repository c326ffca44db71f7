import { describe, expect, it } from "vitest";
import { cameoCodes } from "../golden/golden-runner.js";

describe("plannedOccasion: an event noun set on a timetable", () => {
  const codes = cameoCodes("2025-09-18", true);

  it("makes 'the summit planned for next month' intended, not held", () => {
    expect(codes("The US-South Korea summit planned for next month will focus on tariffs.")).toContain(
      "040 USA>KOR intended",
    );
    expect(codes("Putin's visit to India, scheduled for December, will focus on energy.")).toEqual([
      "042 RUS>IND intended",
    ]);
  });

  it("makes an occasion with a future of its own ('will be held', 'would take place') intended", () => {
    expect(
      codes("Officials said talks between Armenia and Azerbaijan will be held in Abu Dhabi next month."),
    ).toEqual(["040 ARM>AZE intended", "040 AZE>ARM intended"]);
    expect(codes("Modi said his visit to Japan would go ahead in the spring.")).toEqual([
      "036 IND>JPN intended",
    ]);
    expect(
      codes("Officials said the talks between Armenia and Azerbaijan had taken place in Abu Dhabi."),
    ).toContain("040 ARM>AZE actual");
  });

  it("leaves an occasion called off denied, not refused by anyone", () => {
    expect(codes("The US-South Korea summit planned for next month was postponed.")).toEqual([
      "040! USA>KOR actual",
      "040! KOR>USA actual",
    ]);
  });

  it("leaves a summit that was held actual", () => {
    expect(codes("Kim and Trump held a summit in Hanoi in February.")).toContain("040 PRK>USA actual");
  });
});
