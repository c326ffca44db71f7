/** The dyad series merges the two directions' per-day totals; shared days and QuadClasses add up. */
import { describe, expect, it } from "vitest";
import { mergeDayTotals } from "../../src/store/event-queries.js";

const total = (day: string, quadClass: 1 | 2 | 3 | 4, count: number, goldsteinSum: number) => ({
  day,
  quadClass,
  count,
  goldsteinSum,
});

describe("mergeDayTotals", () => {
  it("interleaves by day then QuadClass and adds up the entries both directions share", () => {
    const forward = [
      total("2025-06-12", 1, 2, 2),
      total("2025-06-12", 3, 1, -5),
      total("2025-06-20", 4, 1, -10),
    ];
    const backward = [
      total("2025-06-01", 2, 1, 8),
      total("2025-06-12", 3, 2, -4),
      total("2025-06-30", 1, 1, 1),
    ];
    expect(mergeDayTotals(forward, backward)).toEqual([
      total("2025-06-01", 2, 1, 8),
      total("2025-06-12", 1, 2, 2),
      total("2025-06-12", 3, 3, -9),
      total("2025-06-20", 4, 1, -10),
      total("2025-06-30", 1, 1, 1),
    ]);
  });

  it("returns either side alone when the other is empty", () => {
    const one = [total("2025-06-12", 1, 2, 2)];
    expect(mergeDayTotals(one, [])).toEqual(one);
    expect(mergeDayTotals([], one)).toEqual(one);
    expect(mergeDayTotals([], [])).toEqual([]);
  });
});
