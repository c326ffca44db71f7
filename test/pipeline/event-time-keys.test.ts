import { describe, expect, it } from "vitest";
import { sameTime, timeKeyOf } from "../../src/pipeline/event-time-keys.js";

const time = (date: string, precision: "day" | "week" | "month" | "year", historical = false) => ({
  date,
  precision,
  historical,
});

describe("event time keys", () => {
  it("keys a week apart only when it is not the report's own week", () => {
    // The report is dated Thursday 12 June 2025, in the week of Monday 9 June.
    expect(timeKeyOf(time("2025-06-02", "week"), "2025-06-12")).toBe("w2025-06-02");
    expect(timeKeyOf(time("2025-06-09", "week"), "2025-06-12")).toBe("news");
    expect(timeKeyOf(time("2025-06-10", "day"), "2025-06-12")).toBe("d2025-06-10");
    expect(timeKeyOf(time("2025-06-12", "day"), "2025-06-12")).toBe("news");
    expect(timeKeyOf(time("2018-01-01", "year", true), "2025-06-12")).toBe("h2018");
  });

  it("lets a day join the week that holds it, and undated news join either", () => {
    expect(sameTime("d2025-06-04", "w2025-06-02")).toBe(true);
    expect(sameTime("w2025-06-02", "d2025-06-08")).toBe(true);
    expect(sameTime("w2025-06-02", "d2025-06-09")).toBe(false);
    expect(sameTime("news", "w2025-06-02")).toBe(true);
    expect(sameTime("w2025-06-02", "w2025-06-16")).toBe(false);
    expect(sameTime("h2018", "w2025-06-02")).toBe(false);
  });

  it("keys a month or year apart only when it is not the report's own", () => {
    expect(timeKeyOf(time("2024-01-01", "year"), "2025-06-12")).toBe("y2024");
    expect(timeKeyOf(time("2025-01-01", "year"), "2025-06-12")).toBe("news");
    expect(timeKeyOf(time("2025-05-01", "month"), "2025-06-12")).toBe("m2025-05");
    expect(timeKeyOf(time("2025-06-01", "month"), "2025-06-12")).toBe("news");
  });

  it("lets a day or week join the month or year that holds it, but not a day elsewhere", () => {
    // "who hosted Xi last year, will call him on Tuesday": two acts.
    expect(sameTime("y2024", "d2025-03-11")).toBe(false);
    expect(sameTime("y2024", "d2024-11-15")).toBe(true);
    expect(sameTime("m2025-05", "w2025-05-19")).toBe(true);
    expect(sameTime("m2025-05", "y2025")).toBe(true);
    expect(sameTime("news", "m2025-05")).toBe(true);
    expect(sameTime("h2018", "y2024")).toBe(false);
  });
});
