import { describe, expect, it } from "vitest";
import { isoWeekLabel, mondayOf } from "../../src/core/iso-week.js";

describe("ISO weeks", () => {
  it("finds the Monday of a date's week, across months and years", () => {
    expect(mondayOf("2025-06-12")).toBe("2025-06-09");
    expect(mondayOf("2025-06-09")).toBe("2025-06-09");
    expect(mondayOf("2025-06-15")).toBe("2025-06-09");
    expect(mondayOf("2025-03-01")).toBe("2025-02-24");
    expect(mondayOf("2026-01-02")).toBe("2025-12-29");
  });

  it("labels a week by the year of its Thursday", () => {
    expect(isoWeekLabel("2025-06-12")).toBe("2025-W24");
    expect(isoWeekLabel("2025-12-29")).toBe("2026-W01");
    expect(isoWeekLabel("2021-01-03")).toBe("2020-W53");
    expect(isoWeekLabel("2026-01-01")).toBe("2026-W01");
  });
});
