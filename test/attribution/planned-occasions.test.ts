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
