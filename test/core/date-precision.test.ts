import { describe, expect, it } from "vitest";
import { precisionRank } from "../../src/core/date-precision.js";

describe("precisionRank", () => {
  it("ranks a day above a week above a month above a year above a decade", () => {
    const ranks = (["day", "week", "month", "year", "decade"] as const).map(precisionRank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect(new Set(ranks).size).toBe(5);
  });
});
