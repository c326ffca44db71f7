/**
 * Short names that are also ordinary words or common names ("May", "Brown", "Fox", "Shah"): they
 * name their holder only in the holder's own years and only where the words around them allow a
 * person, not a month ("in May", "May 15") or a title ("the Shah of Iran").
 *
 * @example
 * isOrdinaryWordName("Brown"); // true
 */
import type { Token } from "../core/types.js";

// Surnames of listed people that English text uses for other things, or that many others bear.
const ORDINARY_WORD_NAMES: ReadonlySet<string> = new Set([
  "May",
  "Brown",
  "Green",
  "Fox",
  "Bishop",
  "Hunt",
  "Cook",
  "Rice",
  "Gates",
  "Park",
  "Moon",
  "Song",
  "Sharon",
  "Smith",
  "Jones",
  "Shah",
  "Bolton",
  "Omar",
  "Carter",
]);

const MONTHS = new Set(["january", "february", "march", "april", "may", "june", "july", "august"]);
// Words that put a month, not a person, after them: "in May", "since June", "early August".
const BEFORE_MONTH = new Set([
  "in",
  "since",
  "until",
  "till",
  "of",
  "last",
  "next",
  "early",
  "late",
  "mid",
  "mid-",
  "by",
  "from",
  "through",
  "during",
  "this",
  "each",
  "every",
  "before",
  "after",
]);

/**
 * True when `name` is a short name that is also an ordinary word or a common name.
 * @example isOrdinaryWordName("May") // true
 */
export function isOrdinaryWordName(name: string): boolean {
  return ORDINARY_WORD_NAMES.has(name);
}

/**
 * True when the short name at tokens start to end is no person by its context: a month ("in May",
 * "May 2019", "15 May") or the head of a phrase after "the" ("the Shah of Iran"; "the Bush
 * administration" keeps its person).
 * @example notAPerson(tokens, 1, 2) // "In May, Russia …" → true
 */
export function notAPerson(tokens: readonly Token[], start: number, end: number): boolean {
  if (end - start !== 1) return false;
  const token = tokens[start]!;
  const before = tokens[start - 1];
  const after = tokens[end];
  if (MONTHS.has(token.lower)) {
    if (before && (BEFORE_MONTH.has(before.lower) || before.pos === "NUM")) return true;
    if (after?.pos === "NUM") return true;
  }
  return before?.lower === "the" && after?.pos !== "NOUN" && after?.pos !== "PROPN";
}
