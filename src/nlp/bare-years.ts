/**
 * Bare four-digit years ("in 2018", "their 2018 summit", "mid-2019") and decades ("in the 1990s"), told apart from counts and
 * amounts ("2018 people", "$2019") by the words around them; chrono reads no year standing alone.
 *
 * @example
 * findBareYears("Trump and Kim met in 2018.")[0]?.text; // "2018"
 */
import type { DateExpression } from "./date-expressions.js";
import { MONTH_NAMES } from "./calendar-names.js";

// "1990s" is a decade; a year's lookahead would reject its "s", so the decade is tried after the year.
const YEAR_CANDIDATE = /(?<![\p{L}\p{N}$€£¥#_]|\d[-/.,:])(?:19|20)\d(?:\d|0s)(?![\p{L}\p{N}_%]|[.,:/]\d)/gu;
// biome-ignore format: word list
const YEAR_CUES: ReadonlySet<string> = new Set([
  "in", "since", "by", "until", "till", "of", "during", "from", "to", "before", "after", "through",
  "between", "and", "or", "early", "late", "mid", "the", "their", "its", "his", "her", "our", "my",
  "your", "this", "that", "a", "an", "circa", "fiscal", "year", "spring", "summer", "autumn", "fall",
  "winter", ...MONTH_NAMES.map((name) => name.toLowerCase()),
]);
// biome-ignore format: word list
const QUANTITY_CUES: ReadonlySet<string> = new Set([
  "about", "nearly", "almost", "some", "over", "than", "least", "approximately", "roughly", "only",
  "just", "total", "number", "no", "resolution", "flight", "route", "article", "section", "chapter",
  "room", "page", "pages", "model", "code", "item", "paragraph",
]);
// biome-ignore format: word list
const QUANTITY_NOUNS: ReadonlySet<string> = new Set([
  "people", "men", "women", "children", "police", "personnel", "staff", "aircraft", "dead", "km", "kg",
  "mw", "mph", "percent", "per", "yuan", "yen", "won", "head", "strong",
]);
// Lower-case words ending in "s" that follow a year without being a counted noun ("2018 was ...").
const NOT_PLURAL: ReadonlySet<string> = new Set([
  "was",
  "is",
  "has",
  "as",
  "its",
  "this",
  "thus",
  "plus",
  "us",
  "does",
  "says",
]);

/** Four-digit years standing alone ("in 2018", "their 2018 summit"), but not counts ("2018 people"). @example findBareYears("the 2018 summit")[0]?.date // "2018-01-01" */
export function findBareYears(text: string): DateExpression[] {
  const found: DateExpression[] = [];
  for (const match of text.matchAll(YEAR_CANDIDATE)) {
    const start = match.index;
    const end = start + match[0].length;
    // "in the 1990s", "the early 2000s": a decade reads as nothing else.
    if (match[0].endsWith("s")) {
      found.push({ start, end, text: match[0], date: `${match[0].slice(0, 4)}-01-01`, precision: "decade" });
      continue;
    }
    if (!looksLikeYear(text.slice(Math.max(0, start - 40), start), text.slice(end, end + 40))) continue;
    found.push({ start, end, text: match[0], date: `${match[0]}-01-01`, precision: "year" });
  }
  return found;
}

function looksLikeYear(preceding: string, following: string): boolean {
  if (/\b(?:mid|early|late|pre|post)-$/i.test(preceding)) return true;
  const previous = /(\S+)\s+$/.exec(preceding)?.[1] ?? "";
  if (/[$€£¥]$/.test(previous)) return false;
  const previousWord = previous.toLowerCase().replace(/^\W+|\W+$/g, "");
  if (QUANTITY_CUES.has(previousWord)) return false;
  if (YEAR_CUES.has(previousWord) || /['’]s$/.test(previousWord)) return true;
  const next = /^\s+([\p{L}]+)/u.exec(following)?.[1];
  if (next === undefined) return true;
  // Capitalised followers are names ("2018 Olympics"); lower-case plurals are counted things.
  if (next !== next.toLowerCase()) return true;
  if (QUANTITY_NOUNS.has(next)) return false;
  return !(next.endsWith("s") && !NOT_PLURAL.has(next));
}
