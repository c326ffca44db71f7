/**
 * An occasion named by a noun and set for later: "the summit planned for next month", "talks with
 * Washington scheduled for Friday", "the visit, expected in the spring". It has not happened yet;
 * it is intended.
 *
 * @example
 * plannedOccasion(tokens, 3); // "the US-South Korea summit planned for next month", at "summit" → true
 */
import type { Token } from "../core/types.js";
import { SCHEDULED } from "./governing-words.js";

/** Participles that put an occasion on a timetable: those of "is set to", and more. @example PLANNED.has("slated") // true */
export const PLANNED: ReadonlySet<string> = new Set([...SCHEDULED, "planned", "expected"]);

// What follows a timetable participle: "planned for May", "set to open", "expected in the spring",
// "due next week".
const TIMETABLE_NEXT: ReadonlySet<string> = new Set([
  "for",
  "to",
  "in",
  "on",
  "next",
  "later",
  "this",
  "early",
  "by",
]);
// The noun's own phrase, which the participle may follow: "talks with Washington", "the visit,".
const PHRASE: ReadonlySet<string> = new Set(["NOUN", "PROPN", "ADJ", "ADP", "DET", "NUM", "CCONJ"]);

// "the summit would take place in Singapore", "talks will be held in Doha": an occasion's own
// future, said of the noun itself.
const FUTURE: ReadonlySet<string> = new Set(["will", "would", "'ll", "shall"]);
const OCCUR: ReadonlySet<string> = new Set([
  "take",
  "happen",
  "go",
  "begin",
  "start",
  "open",
  "resume",
  "convene",
]);
const HELD: ReadonlySet<string> = new Set(["held", "hosted", "staged", "convened"]);

function takesPlace(tokens: readonly Token[], k: number): boolean {
  const verb = tokens[k];
  if (!verb) return false;
  if (verb.lemma === "take") return tokens[k + 1]?.lower === "place";
  if (verb.lemma === "go") return tokens[k + 1]?.lower === "ahead";
  if (verb.lower === "be") return HELD.has(tokens[k + 1]?.lower ?? "");
  return OCCUR.has(verb.lemma);
}

/**
 * True when a timetable participle ("scheduled for") or a future of its own ("will be held")
 * follows the noun at `trigger` within its own phrase.
 * @example plannedOccasion(tokens, 4) // "Seoul is preparing for talks scheduled for Friday", at "talks" → true
 */
export function plannedOccasion(tokens: readonly Token[], trigger: number): boolean {
  for (let j = trigger + 1; j < tokens.length && j - trigger <= 8; j++) {
    const t = tokens[j]!;
    if (PLANNED.has(t.lower)) return TIMETABLE_NEXT.has(tokens[j + 1]?.lower ?? "");
    if (FUTURE.has(t.lower)) return takesPlace(tokens, j + 1);
    if (!PHRASE.has(t.pos) && t.lower !== "," && t.lower !== "-") return false;
  }
  return false;
}
