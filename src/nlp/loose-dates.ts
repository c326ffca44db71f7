/**
 * Dates news writes that chrono does not read: a day of the month named alone ("on the 15th"),
 * decades counted back ("a decade ago", "two decades ago") and seasons ("last summer").
 *
 * @example
 * findDecadesAgo("Russia annexed Crimea a decade ago.", 2025)[0]?.date; // "2010-01-01"
 */
import type { DatePrecision } from "../core/types.js";
import type { DateExpression } from "./date-expressions.js";

const NONE: readonly DateExpression[] = [];
const SEASON_WORDS = ["spring", "summer", "autumn", "fall", "winter"] as const;

/** The expression a match found, dated `date` to `precision`. */
function expressionOf(match: RegExpExecArray, date: string, precision: DatePrecision): DateExpression {
  return { start: match.index, end: match.index + match[0].length, text: match[0], date, precision };
}

// "on the 15th", closing its clause or followed by a conjunction or preposition, so that "on the
// 15th anniversary" or "on the 15th floor" is no date.
const ORDINAL_DAY =
  /\b[Oo]n\s+the\s+([1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?=\s*(?:[.,;:)]|$)|\s+(?:and|but|when|after|before|as|in|at|while|with|of\s+(?:this|that|the)\s+month)\b)/g;

/**
 * "Talks were held on the 15th": a day of a month the text leaves to the reader; `dateOf` picks
 * the month (yyyy-mm-dd, or null for a day the month lacks).
 * @example findOrdinalDays("They met on the 15th.", (day) => `2025-06-${day}`)[0]?.text // "on the 15th"
 */
export function findOrdinalDays(
  text: string,
  dateOf: (day: number) => string | null,
): readonly DateExpression[] {
  // Most sentences hold none of these phrases: a plain substring test spares the expression's scan.
  if (!text.includes("n the ")) return NONE;
  const found: DateExpression[] = [];
  for (const match of text.matchAll(ORDINAL_DAY)) {
    const date = dateOf(Number(match[1]));
    if (date === null) continue;
    found.push(expressionOf(match, date, "day"));
  }
  return found;
}

const DECADES_AGO = /\b(a|one|two|three|four|five|six|seven|eight|nine|ten)\s+decades?\s+ago\b/gi;
// biome-ignore format: word list
const COUNTS: Readonly<Record<string, number>> = {
  a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};

/**
 * "a decade ago", "two decades ago": the decade that many tens of years before the article's year.
 * @example findDecadesAgo("Russia annexed Crimea a decade ago.", 2025)[0]?.precision // "decade"
 */
export function findDecadesAgo(text: string, year: number): readonly DateExpression[] {
  if (!text.includes("decade")) return NONE;
  const found: DateExpression[] = [];
  for (const match of text.matchAll(DECADES_AGO)) {
    const back = year - 10 * COUNTS[match[1]!.toLowerCase()]!;
    const date = `${String(back - (back % 10)).padStart(4, "0")}-01-01`;
    found.push(expressionOf(match, date, "decade"));
  }
  return found;
}

// A season needs a word that makes it a time ("last summer", "in the spring"): "prices fall" and
// "the Arab Spring" are none; a season with its year ("the spring of 2019") is the year's.
const SEASON =
  /\b(?:(last|this|next|past)|in\s+the|during\s+the|over\s+the|early|late)\s+(spring|summer|autumn|fall|winter)\b(?!\s+(?:of\s+)?(?:19|20)\d{2})/gi;
// biome-ignore format: word list
const SEASON_START: Readonly<Record<string, number>> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };

/**
 * "last summer", "in the spring": the year of the season (chrono reads no seasons; a season is no
 * month, so only its year is claimed). `yearOf` dates a season named without "last", "this" or "next".
 * @example findSeasons("They met last summer.", 2025, 6, () => 2025)[0]?.date // "2024-01-01"
 */
export function findSeasons(
  text: string,
  year: number,
  month: number,
  yearOf: (startMonth: number) => number,
): readonly DateExpression[] {
  if (!SEASON_WORDS.some((w) => text.includes(w))) return NONE;
  const found: DateExpression[] = [];
  for (const match of text.matchAll(SEASON)) {
    if (match[2] !== match[2]!.toLowerCase()) continue;
    const start = SEASON_START[match[2]!]!;
    const which = match[1]?.toLowerCase();
    const seasonYear =
      which === "last" || which === "past"
        ? start < month
          ? year
          : year - 1
        : which === "this"
          ? year
          : which === "next"
            ? start > month
              ? year
              : year + 1
            : yearOf(start);
    const date = `${String(seasonYear).padStart(4, "0")}-01-01`;
    found.push(expressionOf(match, date, "year"));
  }
  return found;
}
