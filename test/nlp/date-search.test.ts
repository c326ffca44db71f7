/**
 * The date search skips chrono where only parsers of spans and times of day are cued: property
 * tests that it finds exactly what a search with every parser finds.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCasual } from "../../src/nlp/chrono-casual.js";
import { findDateExpressions } from "../../src/nlp/date-expressions.js";
import { plainWeekdays } from "../../src/nlp/plain-weekdays.js";

const REFERENCE = "2025-06-12";
const reference = { instant: new Date(Date.UTC(2025, 5, 12, 12)), timezone: 0 };

// Words that start, end or sit inside chrono's patterns, with the span and time-of-day words the
// skipped parsers look for, mixed with plain prose.
// biome-ignore format: word list
const WORDS = [
  "on", "Monday", "Wednesday", "last", "next", "this", "past", "week", "month", "year", "days", "hours",
  "ago", "later", "after", "before", "in", "for", "within", "about", "two", "a", "an", "few", "several",
  "half", "the", "June", "May", "5", "12", "2018", "3:30", "pm", "at", "noon", "tonight", "today",
  "yesterday", "morning", "night", "from", "now", "to", "-", "+", "/", ",", "Kim", "refused", "talks",
  "held", "out", "forward", "Tuesday", "Sunday", "friday", "on", "(", ")", "US", "EST", "UN", "until",
  "through", "coming", "may", "Sat.", "separatists", "the", "said", "Saturday,", "onMonday",
];

describe("date search", () => {
  it("skips chrono on text that cues only spans or only times of day", () => {
    expect(parseCasual("The talks went on for two hours.", reference, true)).toEqual([]);
    expect(parseCasual("The talks went on for two hours.", reference).length).toBeGreaterThan(0);
    expect(parseCasual("The talks began at 3 pm.", reference, true)).toEqual([]);
    expect(findDateExpressions("After about five hours of talks, they signed.", REFERENCE)).toEqual([]);
  });

  it("runs chrono where a time of day and a counted span together date a day", () => {
    expect(findDateExpressions("They will meet at 3 pm in two days.", REFERENCE)).toMatchObject([
      { date: "2025-06-14", precision: "day" },
    ]);
  });

  it("takes no date from a time counted after a narrated event", () => {
    const found = findDateExpressions(
      "The two sides agreed on Saturday to halt all firing after four days of strikes.",
      REFERENCE,
    );
    expect(found.map((d) => [d.text, d.date])).toEqual([["on Saturday", "2025-06-07"]]);
  });

  it("still merges a time of day with a date", () => {
    expect(findDateExpressions("They met at 3 pm on Monday.", REFERENCE)).toMatchObject([
      { date: "2025-06-09", precision: "day" },
    ]);
  });

  it("reads plain weekday names without chrono, as chrono would", () => {
    expect(plainWeekdays("Seoul said on Tuesday that the talks failed.")).toEqual([
      { start: 11, text: "on Tuesday", weekday: 2 },
    ]);
    expect(plainWeekdays("On Wednesday, Kim left (Sunday) and returned Monday,")?.map((w) => w.text)).toEqual(
      ["On Wednesday,", "(Sunday)", "Monday,"],
    );
    // Anything chrono could read otherwise goes to chrono.
    expect(plainWeekdays("They met on Monday at 3 pm.")).toBeNull();
    expect(plainWeekdays("They talked from Monday to Friday.")).toBeNull();
    expect(plainWeekdays("They met next Monday.")).toBeNull();
    expect(plainWeekdays("They met on Monday EST.")).toBeNull();
  });

  it("finds what a search with every parser finds (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 12 }), (words) => {
        const text = words.join(" ");
        expect(findDateExpressions(text, REFERENCE)).toEqual(
          findDateExpressions(text, REFERENCE, { everyParser: true }),
        );
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 400) },
    );
  });

  it("dates plain weekday names as chrono would (property over weekday-heavy text)", () => {
    // biome-ignore format: word list
    const words = [
      "on", "On", "Tuesday", "Sunday", "friday", "MONDAY", "onMonday", "Wednesday,", "(Thursday)", ",", "(",
      ")", "said", "Kim", "talks", "held", "in", "for", "a", "the", "US", "UN", "EST", "to", "until", "-",
      "–", "coming", "and", "Saturday", ".", "that", "after", "before", "days", "two", "few", "second",
      "out", "later", "ago", "earlier", "year", "week", "hours", "an", "d", "in a", "from now",
      // Months next to the weekday: a plain weekday sentence skips the month finders.
      "last", "June", "mid-June", "early", "May", "late", "March", "Sept.", "fifth", "of", "Mon.", "Sat.",
    ];
    let plain = 0;
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 10 }),
        fc.boolean(),
        (list, spaced) => {
          const text = list.join(spaced ? " " : "");
          if (plainWeekdays(text)?.length) plain++;
          expect(findDateExpressions(text, REFERENCE)).toEqual(
            findDateExpressions(text, REFERENCE, { everyParser: true }),
          );
        },
      ),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 400) },
    );
    expect(plain).toBeGreaterThan(0);
  });

  it("runs chrono wherever a counted span or a relative date may date a day (property)", () => {
    // biome-ignore format: word list
    const words = [
      "this", "last", "past", "next", "after", "the", "a", "an", "two", "few", "couple", "half", "about",
      "hours", "days", "second", "y", "d", "week", "year", "was", "time", "summit", "later", "ago", "out",
      "they", "Kim", "said", "on", "Monday", "June", "market", "friendly", "5", "2018", "2018-06-12",
    ];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 8 }),
        fc.constantFrom(" ", "", "  "),
        (list, space) => {
          const text = list.join(space);
          expect(findDateExpressions(text, REFERENCE)).toEqual(
            findDateExpressions(text, REFERENCE, { everyParser: true }),
          );
        },
      ),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 400) },
    );
  });
});
