import { describe, expect, it } from "vitest";
import { ParleyError } from "../../src/core/errors.js";
import { parseIsoDate } from "../../src/core/iso-date.js";
import { findDateExpressions } from "../../src/nlp/date-expressions.js";

// 2025-06-12 is a Thursday.
const REFERENCE = "2025-06-12";

function only(text: string) {
  const found = findDateExpressions(text, REFERENCE);
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe("findDateExpressions: weekdays", () => {
  it("resolves a past weekday to the latest one before the article date", () => {
    expect(only("Kim met Trump on Wednesday.")).toMatchObject({ date: "2025-06-11", precision: "day" });
  });

  it("handles 'said Wednesday' without a preposition", () => {
    const found = only("The ministry said Wednesday that talks would resume.");
    expect(found).toMatchObject({ text: "Wednesday", date: "2025-06-11", precision: "day" });
  });

  it("reads the article's own weekday as the article date", () => {
    expect(only("On Thursday, Seoul rejected the offer.").date).toBe("2025-06-12");
  });

  it("never resolves a bare weekday into the future", () => {
    expect(only("The envoy arrived on Friday.").date).toBe("2025-06-06");
  });

  it("reads 'last Thursday' as a week before a Thursday article", () => {
    expect(only("They spoke last Thursday.").date).toBe("2025-06-05");
  });

  it("reads 'over the weekend' as the week that holds it, not its Saturday", () => {
    expect(only("Turkey arrested dozens of protesters over the weekend.")).toMatchObject({
      date: "2025-06-02",
      precision: "week",
    });
  });

  it("reads a deadline 'by Friday' as the coming Friday", () => {
    expect(only("Iran must withdraw its forces by Friday.")).toMatchObject({
      date: "2025-06-13",
      precision: "day",
    });
  });

  it("reads a weekday in a clause that looks ahead as the coming one, not a report's weekday", () => {
    expect(only("Putin and Trump will meet on Saturday.").date).toBe("2025-06-14");
    expect(only("The summit is scheduled for Saturday.").date).toBe("2025-06-14");
    expect(only("Trump will meet Putin, the Kremlin said on Saturday.").date).toBe("2025-06-07");
    expect(only("The talks were scheduled for Friday.").date).toBe("2025-06-06");
    // The future is the main clause's; the relative clause before its comma is past.
    expect(only("Kim, who met Trump on Friday, will travel to Beijing.").date).toBe("2025-06-06");
  });

  it("keeps 'next Friday' in the future", () => {
    expect(only("Talks resume next Friday.").date).toBe("2025-06-20");
  });

  it("ignores lower-case words chrono takes for weekdays or months", () => {
    expect(
      findDateExpressions("They sat down as protesters march and The Sun reported it.", REFERENCE),
    ).toEqual([]);
  });
});

describe("findDateExpressions: bare years", () => {
  it("reads 'in 2018' as a year", () => {
    expect(findDateExpressions("They first met in 2018.", REFERENCE)).toEqual([
      { start: 18, end: 22, text: "2018", date: "2018-01-01", precision: "year" },
    ]);
  });

  it("reads a year used as a modifier", () => {
    const text = "Both sides recalled their 2018 summit in Singapore.";
    const found = only(text);
    expect(found).toMatchObject({ text: "2018", date: "2018-01-01", precision: "year" });
    expect(text.slice(found.start, found.end)).toBe("2018");
  });

  it("reads 'since 2019' and 'the 2018 summit'", () => {
    expect(only("No talks have been held since 2019.").date).toBe("2019-01-01");
    expect(only("the 2018 summit").precision).toBe("year");
  });

  it("does not read counts or amounts as years", () => {
    expect(findDateExpressions("About 2,018 people fled.", REFERENCE)).toEqual([]);
    expect(findDateExpressions("Police said 2018 people were detained.", REFERENCE)).toEqual([]);
    expect(findDateExpressions("The fine was $2018.", REFERENCE)).toEqual([]);
    expect(findDateExpressions("Some 1950 troops and 12018 votes.", REFERENCE)).toEqual([]);
  });

  it("only accepts years from 1900 to 2099", () => {
    expect(findDateExpressions("in 1899 and in 2100", REFERENCE)).toEqual([]);
  });

  it("leaves a year inside a full date to chrono", () => {
    expect(only("The summit was held on June 30, 2019.")).toMatchObject({
      text: "June 30, 2019",
      date: "2019-06-30",
      precision: "day",
    });
  });
});

describe("findDateExpressions: months and relative dates", () => {
  it("reads 'in June 2018' as a month", () => {
    expect(only("It happened in June 2018.")).toMatchObject({ date: "2018-06-01", precision: "month" });
  });

  it("reads 'last March' as the latest March before the article", () => {
    expect(only("They met last March.")).toMatchObject({
      text: "last March",
      date: "2025-03-01",
      precision: "month",
    });
    expect(only("They met last June.").date).toBe("2024-06-01");
    expect(only("They met last May.").date).toBe("2025-05-01");
  });

  it("reads 'last month' as a month", () => {
    expect(only("Pyongyang fired a missile last month.")).toMatchObject({
      date: "2025-05-01",
      precision: "month",
    });
  });

  it("reads 'last year' and 'three years ago' as years", () => {
    expect(only("The deal collapsed last year.")).toMatchObject({ date: "2024-01-01", precision: "year" });
    expect(only("The deal collapsed three years ago.")).toMatchObject({
      date: "2022-01-01",
      precision: "year",
    });
  });

  it("reads 'last week', 'next week', 'this week' and 'two weeks ago' as weeks, dated by their Monday", () => {
    expect(only("The envoys met last week.")).toMatchObject({ date: "2025-06-02", precision: "week" });
    expect(only("Talks will resume next week.")).toMatchObject({ date: "2025-06-16", precision: "week" });
    expect(only("Troops withdrew earlier this week.")).toMatchObject({
      date: "2025-06-09",
      precision: "week",
    });
    expect(only("Two weeks ago, rebels seized the town.")).toMatchObject({
      date: "2025-05-26",
      precision: "week",
    });
  });

  it("leaves spans of weeks undated and reads 'last weekend' as its week", () => {
    expect(findDateExpressions("Fighting has eased in the past week.", REFERENCE)).toEqual([]);
    expect(findDateExpressions("A deal is expected within two weeks.", REFERENCE)).toEqual([]);
    expect(findDateExpressions("They had met the week before.", REFERENCE)).toEqual([]);
    expect(only("The minister arrived last weekend.")).toMatchObject({
      date: "2025-06-02",
      precision: "week",
    });
  });

  it("reads 'yesterday' and 'today' as days", () => {
    expect(only("Seoul said yesterday.")).toMatchObject({ date: "2025-06-11", precision: "day" });
    expect(only("Seoul says today.")).toMatchObject({ date: "2025-06-12", precision: "day" });
  });
});

describe("findDateExpressions: parts of days and months", () => {
  it("reads the date of 'the night of June 5', which chrono turns into a time", () => {
    expect(only("The attack happened on the night of June 5.")).toMatchObject({
      text: "June 5",
      date: "2025-06-05",
      precision: "day",
    });
  });

  it("reads 'mid-May' and 'late January' as the nearest such month, or the year given", () => {
    expect(only("Talks ended in mid-May.")).toMatchObject({ date: "2025-05-01", precision: "month" });
    expect(only("Fighting flared in late January.").date).toBe("2025-01-01");
    expect(only("Elections are due in early July.").date).toBe("2025-07-01");
    expect(only("The talks collapsed in mid-May 2019.")).toMatchObject({
      text: "mid-May 2019",
      date: "2019-05-01",
    });
  });
});

describe("findDateExpressions: decades", () => {
  it("reads 'the 1990s' and 'the early 2000s' as decades", () => {
    expect(only("Relations soured in the 1990s.")).toMatchObject({
      text: "1990s",
      date: "1990-01-01",
      precision: "decade",
    });
    expect(only("Ties have been frozen since the early 2000s.")).toMatchObject({
      date: "2000-01-01",
      precision: "decade",
    });
  });

  it("reads 'a decade ago' and 'two decades ago' as the decade that long before", () => {
    expect(only("Russia annexed Crimea a decade ago.")).toMatchObject({
      date: "2010-01-01",
      precision: "decade",
    });
    expect(only("The war ended two decades ago.")).toMatchObject({ date: "2000-01-01", precision: "decade" });
  });

  it("keeps a plain year a year", () => {
    expect(only("He was elected in 1990.")).toMatchObject({ date: "1990-01-01", precision: "year" });
  });
});

describe("findDateExpressions: a day of the month named alone", () => {
  it("reads 'on the 10th' in the article's month, and a day still to come in the month before", () => {
    expect(only("The envoys met on the 10th.")).toMatchObject({ date: "2025-06-10", precision: "day" });
    expect(only("Egypt hosted ceasefire talks on the 15th.")).toMatchObject({ date: "2025-05-15" });
  });

  it("moves a past day ahead when the sentence firmly looks ahead", () => {
    expect(only("The ministers will meet on the 3rd.").date).toBe("2025-07-03");
  });

  it("reads no day in 'on the 15th anniversary'", () => {
    expect(findDateExpressions("Crowds gathered on the 15th anniversary of the war.", REFERENCE)).toEqual([]);
  });
});

describe("findDateExpressions: seasons", () => {
  it("reads a season as its year, never as a month or a day", () => {
    expect(only("Iran expelled the envoys last summer.")).toMatchObject({
      date: "2024-01-01",
      precision: "year",
    });
    expect(only("The ministers will meet next spring.")).toMatchObject({
      date: "2026-01-01",
      precision: "year",
    });
    expect(only("The two sides met in the autumn.").date).toBe("2024-01-01");
  });

  it("leaves a season without a time word, or with its year, alone", () => {
    expect(findDateExpressions("Protests marked the anniversary of the Arab Spring.", REFERENCE)).toEqual([]);
    expect(only("They met in the spring of 2019.")).toMatchObject({ text: "2019", precision: "year" });
  });
});

describe("findDateExpressions: the end of a month", () => {
  it("reads 'the end of May' as the month, not its last day", () => {
    expect(only("Talks are due to resume at the end of July.")).toMatchObject({
      date: "2025-07-01",
      precision: "month",
    });
    expect(only("Iran expelled the envoys at the end of last month.")).toMatchObject({
      date: "2025-05-01",
      precision: "month",
    });
    expect(only("The truce expired at the end of March 2019.")).toMatchObject({
      date: "2019-03-01",
      precision: "month",
    });
  });

  it("keeps 'the end of next week' a week", () => {
    expect(only("The envoys meet again at the end of next week.")).toMatchObject({ precision: "week" });
  });
});

describe("findDateExpressions: the year of a date written without one", () => {
  it("puts a past-tense date that chrono would place after the article in the year before", () => {
    expect(only("The talks collapsed in July.").date).toBe("2024-07-01");
    expect(only("The two sides met on Oct. 5 in Hanoi.").date).toBe("2024-10-05");
    expect(only("Fighting flared in late December.").date).toBe("2024-12-01");
  });

  it("keeps or moves ahead the dates of a sentence that looks ahead", () => {
    expect(only("The leaders will meet in July.").date).toBe("2025-07-01");
    expect(only("The vote is scheduled for Dec. 12.").date).toBe("2025-12-12");
    expect(only("The ministers will meet in March.").date).toBe("2026-03-01");
    expect(only("A judge ordered him to appear October 16.").date).toBe("2025-10-16");
    expect(only("They met on March 3.").date).toBe("2025-03-03");
  });
});

describe("findDateExpressions: what is not a date", () => {
  it("ignores times of day", () => {
    expect(findDateExpressions("The meeting starts at 3 pm.", REFERENCE)).toEqual([]);
  });

  it("ignores durations", () => {
    expect(findDateExpressions("Sanctions stayed in place for two years.", REFERENCE)).toEqual([]);
    expect(findDateExpressions("A decision is due in the next 48 hours.", REFERENCE)).toEqual([]);
    expect(findDateExpressions("Tension has grown over the past three years.", REFERENCE)).toEqual([]);
  });

  it("ignores dates relative to a narrated event", () => {
    expect(findDateExpressions("Two years later, they met again.", REFERENCE)).toEqual([]);
  });

  it("finds several expressions in order", () => {
    const found = findDateExpressions(
      "On Wednesday, officials recalled the 2018 summit and the talks of last month.",
      REFERENCE,
    );
    expect(found.map((item) => [item.date, item.precision])).toEqual([
      ["2025-06-11", "day"],
      ["2018-01-01", "year"],
      ["2025-05-01", "month"],
    ]);
  });

  it("rejects an invalid reference date", () => {
    expect(() => findDateExpressions("in 2018", "2025-13-01")).toThrow(ParleyError);
  });
});

describe("parseIsoDate", () => {
  it("accepts real calendar dates", () => {
    expect(parseIsoDate("2025-06-12")).toBe("2025-06-12");
    expect(parseIsoDate("2024-02-29")).toBe("2024-02-29");
  });

  it("rejects impossible or malformed dates", () => {
    expect(parseIsoDate("2025-02-30")).toBeNull();
    expect(parseIsoDate("2025-02-29")).toBeNull();
    expect(parseIsoDate("2025-6-12")).toBeNull();
    expect(parseIsoDate("12/06/2025")).toBeNull();
    expect(parseIsoDate("2025-06-12T00:00:00Z")).toBeNull();
  });
});
