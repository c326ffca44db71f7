/**
 * A tally of acts over a long span: "North Korea has conducted six nuclear tests since 2006",
 * "India and Pakistan have fought three wars since 1947", "dozens of air strikes in recent years".
 * A count of acts reaching back years is background, as a dated past act is, not one new act on
 * the article's day; "fired dozens of missiles since Monday" is still news.
 *
 * @example
 * talliedActs(tokens, trigger, match.end, dates, "2024-05-15"); // "… six nuclear tests since 2006" → true
 */
import { addDays } from "../core/iso-date.js";
import type { DateMention, Token } from "../core/types.js";

// Words that count acts without a number: "several rounds", "dozens of strikes".
const COUNTING_WORDS: ReadonlySet<string> = new Set([
  "several",
  "dozens",
  "scores",
  "hundreds",
  "thousands",
  "numerous",
  "multiple",
  "many",
  "repeated",
  "countless",
]);
// Plurals with no "-s" that a count is made of: "thousands of people".
const PLURAL_ONLY: ReadonlySet<string> = new Set(["people", "personnel", "police", "children"]);
const SINGLE: ReadonlySet<string> = new Set(["one", "1", "a", "an"]);
// "in recent years", "over the years", "over the past decade", "in the past two decades".
const SPAN_NOUNS: ReadonlySet<string> = new Set(["years", "decades", "decade", "months", "weeks", "days"]);
const SPAN_OPENERS: ReadonlySet<string> = new Set(["in", "over", "during", "for"]);
const AHEAD: ReadonlySet<string> = new Set(["next", "coming", "following"]);

/**
 * True when the match counts several acts (a number or counting word before a plural noun it
 * matched, or a verb's counted object) over a span reaching back at least a year before `articleDate`.
 * @example talliedActs(tokens, 2, 6, dates, "2024-05-15") // "have fought three wars since 1947" → true
 */
export function talliedActs(
  tokens: readonly Token[],
  trigger: number,
  end: number,
  dates: readonly DateMention[],
  articleDate: string,
): boolean {
  // "The war has killed tens of thousands of people since 2023": a verb's count may be of its
  // object, past the match; a toll reaching back years is background as a tally of acts is.
  const verb = tokens[trigger]!.pos === "VERB";
  const counted = verb
    ? countedPlural(tokens, trigger + 1, Math.min(tokens.length, end + OBJECT_REACH), tokens.length)
    : countedPlural(tokens, trigger + 1, end, end);
  if (counted && longSpan(tokens, trigger, dates, articleDate)) return true;
  // "Israeli strikes on Gaza have killed more than 40,000 people since October 2023": a noun event
  // whose own verb tallies a toll over years is background too.
  const predicate = verb ? -1 : predicateAfter(tokens, end);
  return predicate >= 0 && talliedActs(tokens, predicate, predicate + 1, dates, articleDate);
}

/** The verb right after a noun event's phrase, past auxiliaries ("… have killed"), or -1. */
function predicateAfter(tokens: readonly Token[], end: number): number {
  for (let j = end; j < tokens.length && j - end <= 3; j++) {
    const pos = tokens[j]!.pos;
    if (pos === "VERB") return j;
    if (pos !== "AUX" && pos !== "ADV") return -1;
  }
  return -1;
}

/** How far past a verb's match its counted object may start ("killed at least 300 people"). */
const OBJECT_REACH = 4;

/**
 * A count from `from` up to `end` before a plural noun ending before `nounEnd`: one the pattern
 * itself matched ("conducted six nuclear tests") or a verb's object.
 */
function countedPlural(tokens: readonly Token[], from: number, end: number, nounEnd: number): boolean {
  for (let i = from; i < end; i++) {
    const t = tokens[i]!;
    const counts =
      COUNTING_WORDS.has(t.lower) || (t.pos === "NUM" && !SINGLE.has(t.lower) && !/^\d{4}$/.test(t.lower));
    if (!counts) continue;
    // "six nuclear tests", "three wars", "dozens of air strikes", "several rounds of talks".
    for (let j = i + 1; j < nounEnd && j - i <= 4; j++) {
      const n = tokens[j]!;
      if (n.pos === "NOUN" && ((n.lower !== n.lemma && n.lower.endsWith("s")) || PLURAL_ONLY.has(n.lower)))
        return !SPAN_NOUNS.has(n.lower);
      if (n.pos !== "ADJ" && n.pos !== "NOUN" && n.lower !== "of" && n.lower !== "-") break;
    }
  }
  return false;
}

/** "since 2006" a year or more back, or "in recent years", "over the past decade". */
function longSpan(
  tokens: readonly Token[],
  trigger: number,
  dates: readonly DateMention[],
  articleDate: string,
): boolean {
  const yearBack = addDays(articleDate, -365);
  for (const d of dates) {
    if (d.span.start <= trigger || d.date > yearBack) continue;
    // "since 2006", "since independence in 1947".
    for (let j = d.span.start - 1; j > trigger && d.span.start - j <= 3; j--) {
      if (tokens[j]!.lower === "since") return true;
      if (tokens[j]!.pos === "VERB") break;
    }
  }
  for (let i = trigger + 1; i < tokens.length; i++) {
    if (!SPAN_NOUNS.has(tokens[i]!.lower)) continue;
    // Back from "years" to its opening preposition over "recent", "the past", "two", "few"; "over
    // the next three years" lies ahead.
    for (let j = i - 1; j > trigger && i - j <= 4; j--) {
      if (AHEAD.has(tokens[j]!.lower)) break;
      if (SPAN_OPENERS.has(tokens[j]!.lower)) return true;
    }
  }
  return false;
}
