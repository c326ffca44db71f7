import { describe, expect, it } from "vitest";
import type { DateExpression } from "../../src/nlp/date-expressions.js";
import { findLastMonths, findPartMonths } from "../../src/nlp/month-phrases.js";

const anchor = { year: 2025, month: 6, day: 12 };

/** What a finder put into its list, as [text, date] pairs. */
function found(finder: typeof findLastMonths, text: string): string[][] {
  const into: DateExpression[] = [];
  finder(text, anchor, into);
  return into.map((d) => [d.text, d.date]);
}

describe("month phrases", () => {
  it("dates 'last <Month>' to the latest such month before the article's", () => {
    expect(found(findLastMonths, "They met last June and last May, not last March 3.")).toEqual([
      ["last June", "2024-06-01"],
      ["last May", "2025-05-01"],
    ]);
  });

  it("dates a part of a month to its year, or else the nearest one by tense", () => {
    expect(found(findPartMonths, "Talks stalled in mid-May and late December 2019.")).toEqual([
      ["mid-May", "2025-05-01"],
      ["late December 2019", "2019-12-01"],
    ]);
  });
});
