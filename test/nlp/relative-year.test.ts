import { describe, expect, it } from "vitest";
import { findDateExpressions } from "../../src/nlp/date-expressions.js";

// 2025-11-14 is a Friday.
const REFERENCE = "2025-11-14";
const dates = (text: string) =>
  findDateExpressions(text, REFERENCE).map((d) => [d.text, d.date, d.precision]);

describe("withRelativeYear: a month or day with the year told relative to the article", () => {
  it("puts 'June last year' in the year before the article's", () => {
    expect(dates("Putin visited Pyongyang in June last year.")).toEqual([
      ["June last year", "2024-06-01", "month"],
    ]);
    expect(dates("Putin visited Pyongyang in June of last year.")).toEqual([
      ["June of last year", "2024-06-01", "month"],
    ]);
  });

  it("keeps the day of 'on June 19 last year' and reads 'next year' ahead", () => {
    expect(dates("They met on June 19 last year.")).toEqual([["June 19 last year", "2024-06-19", "day"]]);
    expect(dates("Kim will visit Moscow in March next year.")).toEqual([
      ["March next year", "2026-03-01", "month"],
    ]);
  });

  it("reads 'this year' as the article's year, whatever the tense would suggest", () => {
    expect(dates("The deal expires in December this year.")).toEqual([
      ["December this year", "2025-12-01", "month"],
    ]);
  });

  it("leaves 'last June' and a month before 'last year's' alone", () => {
    expect(dates("Putin visited Pyongyang last June.")).toEqual([["last June", "2025-06-01", "month"]]);
    const found = dates("Talks collapsed in February, last year's summit having failed.");
    expect(found[0]?.slice(1)).toEqual(["2025-02-01", "month"]);
  });
});
