import { describe, expect, it } from "vitest";
import { addDays, firstDayAfter } from "../../src/core/iso-date.js";

describe("ISO date arithmetic", () => {
  it("adds days across months and years", () => {
    expect(addDays("2025-06-30", 1)).toBe("2025-07-01");
    expect(addDays("2026-01-02", -6)).toBe("2025-12-27");
  });

  it("finds the first day of a month or year some months or years on, either way", () => {
    expect(firstDayAfter("2025-12-15", 1, "month")).toBe("2026-01-01");
    expect(firstDayAfter("2025-01-31", -1, "month")).toBe("2024-12-01");
    expect(firstDayAfter("2025-06-12", -25, "month")).toBe("2023-05-01");
    expect(firstDayAfter("1990-01-01", 10, "year")).toBe("2000-01-01");
    expect(firstDayAfter("2018-06-12", -2, "year")).toBe("2016-01-01");
  });
});
