import * as chrono from "chrono-node";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCasual } from "../../src/nlp/chrono-casual.js";

const reference = { instant: new Date(Date.UTC(2025, 5, 12, 12)), timezone: 0 };

/** What a parse found, in a comparable form. */
function found(results: readonly chrono.ParsedResult[]): string[] {
  return results.map(
    (r) => `${r.index}:${r.text}:${r.start.date().toISOString()}:${r.end?.date().toISOString() ?? ""}`,
  );
}

const full = (text: string) => found(chrono.casual.parse(text, reference, { forwardDate: false }));

/** Property: texts of `pieces` joined by `gaps` parse as with every parser. */
function sameAsFullParse(pieces: readonly string[], gaps: readonly string[], maxLength: number): void {
  const part = fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(...gaps));
  fc.assert(
    fc.property(fc.array(part, { maxLength }), (parts) => {
      const text = parts.map(([piece, gap]) => piece + gap).join("");
      expect(found(parseCasual(text, reference))).toEqual(full(text));
    }),
    { numRuns: Number(process.env.FUZZ_RUNS ?? 600) },
  );
}

// Words that start, end or sit inside chrono's patterns, mixed with plain prose.
// biome-ignore format: word list
const WORDS = [
  "on", "Monday", "Wednesday", "Sun", "sat", "Thurs.", "weekend", "last", "next", "this", "past", "week",
  "month", "year", "years", "days", "ago", "later", "after", "before", "earlier", "in", "for", "within",
  "two", "a", "few", "several", "the", "June", "May", "march", "Dec.", "5", "12th", "2018", "1999", "3:30",
  "pm", "at", "noon", "midnight", "tonight", "today", "yesterday", "tomorrow", "morning", "evening",
  "night", "from", "now", "to", "-", "/", "2025-06-01", "6/12", "12.06.2025", ",", "Kim", "refused",
  "letter", "said", "talks", "held", "month's", "Monday's", "out", "forward", "henceforth", "+",
];

describe("parseCasual", () => {
  it("finds what chrono's full casual parse finds", () => {
    const text =
      "On Wednesday, two days after the June 5 summit, Kim said he would meet Trump next month at 3 pm.";
    expect(found(parseCasual(text, reference))).toEqual(full(text));
    expect(parseCasual(text, reference).map((r) => r.text)).toContain("On Wednesday,");
  });

  it("runs no parser on text without a date cue", () => {
    expect(parseCasual("Kim refused the letter from Trump.", reference)).toEqual([]);
  });

  it("leaves out only parsers that cannot match (property: same results as every parser)", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 14 }), fc.boolean(), (words, spaced) => {
        const text = words.join(spaced ? " " : "");
        expect(found(parseCasual(text, reference))).toEqual(full(text));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 400) },
    );
  });

  it("runs the counted-span parsers wherever they might match (property over counts, units and tails)", () => {
    // biome-ignore format: word list
    const pieces = [
      "two", "a", "an", "the", "few", "a few", "couple", "couple of", "half", "half an", "3", "1.5", "twelve",
      "days", "day", "d", "y", "h", "hours", "mo", "mon", "months", "qtr", "years", "yr", "week", "w", "s",
      "later", "after", "from now", "henceforth", "forward", "out", "ago", "before", "earlier", "they",
      "about", "without", "shortly", "and", ",", "Kim", "said", "in", "for", "on Monday", "June 5",
    ];
    sameAsFullParse(pieces, ["", " ", "  ", "     ", "      ", "\t", " , "], 10);
  });

  it("runs the month parsers wherever a month name might stand (property over month-like words)", () => {
    // biome-ignore format: word list
    const pieces = [
      "may", "May", "mayor", "March", "martial", "market", "declared", "Dec.", "December", "sept", "Sept.",
      "septic", "june", "junta", "Jan", "janitor", "of", "first", "fifth", "twenty", "third", "5", "2018",
      "12th", "in", "on", "the", "-", "/", ",", "Kim", "said", "novel", "Nov", "octopus", "Oct.", "augment",
      "2018-06-12", "2018/6/1", "2018.6.1", "1950-53", "2019 Jan. 4", "12", "6",
    ];
    sameAsFullParse(pieces, ["", " ", "  ", ", ", "-", "."], 8);
  });

  it("runs the weekday parser wherever a weekday name might stand (property over weekday-like words)", () => {
    // biome-ignore format: word list
    const pieces = [
      "friendly", "Friday", "fri", "Fri.", "satisfied", "Sat", "saturday", "monitor", "Monday", "mon",
      "Wednesday", "showed", "thus", "thurs", "Thur.", "Tues", "tuesday", "sunni", "Sun", "weekend",
      "weekday", "weekdays", "of", "this", "last", "next", "past", "week", "on", "(", ")", ",", "5", "Kim",
      "Mondaythis week", "Fridayof next week", "satlastweek", "weekendpast week",
    ];
    sameAsFullParse(pieces, ["", " ", ", ", ".", "("], 8);
  });

  it("runs the relative-date parser wherever a unit follows this, last, past or next (property)", () => {
    // biome-ignore format: word list
    const pieces = [
      "this", "last", "past", "next", "after", "This", "week", "weeks", "year", "y", "d", "mo", "qtr", "was",
      "time", "summit", "month", "quarter", "thisweek", "lastyear", "weekend", "Monday", "the", "Kim", "said",
    ];
    sameAsFullParse(pieces, ["", " ", "  ", ", ", "."], 8);
  });
});
