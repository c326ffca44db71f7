import { describe, expect, it } from "vitest";
import { dateLabel, precisionRank } from "../../src/core/date-precision.js";

describe("date precision", () => {
  it("ranks a day above a week above a month above a year above a decade", () => {
    const ranks = (["day", "week", "month", "year", "decade"] as const).map(precisionRank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect(new Set(ranks).size).toBe(5);
  });

  it("shows a date only as precisely as it is known", () => {
    expect(dateLabel("2025-06-12", "day")).toBe("2025-06-12");
    expect(dateLabel("2025-06-02", "week")).toBe("2025-W23");
    expect(dateLabel("2025-06-01", "month")).toBe("2025-06");
    expect(dateLabel("2025-01-01", "year")).toBe("2025");
    expect(dateLabel("1990-01-01", "decade")).toBe("1990s");
  });
});
