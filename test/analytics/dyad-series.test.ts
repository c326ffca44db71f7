/** Time series per period, ISO weeks and sparklines. */
import { describe, expect, it } from "vitest";
import { dyadSeries, periodOf, sparkline } from "../../src/analytics/dyad-series.js";

describe("dyad series", () => {
  it("names ISO weeks by the year of their Thursday", () => {
    expect(periodOf("2025-06-12", "week")).toBe("2025-W24");
    expect(periodOf("2024-12-30", "week")).toBe("2025-W01");
    expect(periodOf("2021-01-03", "week")).toBe("2020-W53");
    expect(periodOf("2025-06-12", "month")).toBe("2025-06");
  });

  it("folds day totals into periods and fills the gaps", () => {
    const series = dyadSeries(
      [
        { day: "2025-04-30", quadClass: 1, count: 2, goldsteinSum: 6 },
        { day: "2025-06-11", quadClass: 3, count: 1, goldsteinSum: -5 },
        { day: "2025-06-12", quadClass: 1, count: 1, goldsteinSum: 4 },
      ],
      "month",
    );
    expect(series).toEqual([
      { period: "2025-04", counts: { 1: 2, 2: 0, 3: 0, 4: 0 }, total: 2, goldsteinSum: 6, goldsteinMean: 3 },
      {
        period: "2025-05",
        counts: { 1: 0, 2: 0, 3: 0, 4: 0 },
        total: 0,
        goldsteinSum: 0,
        goldsteinMean: null,
      },
      {
        period: "2025-06",
        counts: { 1: 1, 2: 0, 3: 1, 4: 0 },
        total: 2,
        goldsteinSum: -1,
        goldsteinMean: -0.5,
      },
    ]);
    expect(
      dyadSeries([{ day: "2025-06-12", quadClass: 4, count: 1, goldsteinSum: -10 }], "week").map(
        (p) => p.period,
      ),
    ).toEqual(["2025-W24"]);
    expect(dyadSeries([], "day")).toEqual([]);
  });

  it("draws a sparkline from low to high with gaps as spaces", () => {
    expect(sparkline([-5, 0, 5, null])).toBe("▁▅█ ");
    expect(sparkline([2, 2])).toBe("▄▄");
    expect(sparkline([])).toBe("");
  });
});
