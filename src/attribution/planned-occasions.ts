/**
 * An occasion named by a noun and set for later: "the summit planned for next month", "talks with
 * Washington scheduled for Friday", "the visit, expected in the spring". It has not happened yet;
 * it is intended.
 *
 * @example
 * plannedOccasion(tokens, 3); // "the US-South Korea summit planned for next month", at "summit" → true
 */
import type { Modality, Token } from "../core/types.js";
import { SCHEDULED } from "./governing-words.js";
import { NOUN_PHRASE_WORDS } from "./recalled-occasions.js";

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

// Phrases that look forward to an occasion: "ahead of Xi's visit", "in the run-up to the summit".
// Each is read backwards from the word before the occasion's noun phrase.
// biome-ignore format: phrase list
const AWAITING: readonly (readonly string[])[] = [
  ["ahead", "of"], ["in", "advance", "of"], ["in", "preparation", "for"], ["preparations", "for"],
  ["preparing", "for"], ["prepare", "for"], ["prepares", "for"], ["run-up", "to"], ["eve", "of"],
  ["countdown", "to"],
];
const YEAR = /^(19|20)\d\d$/;

/**
 * True when a phrase that looks forward to it stands before the occasion's noun phrase: "security
 * was tightened ahead of the pope's visit to Iraq", "in preparation for a summit".
 * @example awaitedOccasion(tokens, 5) // "Police deployed ahead of Xi's visit", at "visit" → true
 */
export function awaitedOccasion(tokens: readonly Token[], trigger: number): boolean {
  // "a moratorium announced in 2018, ahead of his first summit with Trump": a dated narrative
  // orders past occasions, which have since taken place.
  if (tokens.some((t) => YEAR.test(t.text))) return false;
  let j = trigger - 1;
  while (j >= 0 && trigger - j <= 6 && NOUN_PHRASE_WORDS.has(tokens[j]!.pos) && tokens[j]!.lower !== "of")
    j--;
  return AWAITING.some((phrase) =>
    phrase.every((word, k) => tokens[j - (phrase.length - 1) + k]?.lower === word),
  );
}

// What a noun's own predicate says of an occasion not yet had: "a visit is unlikely", "the summit
// is expected next month". Intended when it is on a timetable, hypothetical when only weighed.
const WEIGHED: ReadonlySet<string> = new Set([
  "unlikely",
  "likely",
  "possible",
  "probable",
  "doubtful",
  "uncertain",
  "unclear",
  "conceivable",
  "improbable",
]);
/** Verbs that link a noun to what is said of it: "a visit is unlikely", "a strike seems imminent". @example LINKING_VERBS.has("seem") // true */
export const LINKING_VERBS: ReadonlySet<string> = new Set(["be", "remain", "seem", "look", "appear"]);
const OCCASION_PHRASE: ReadonlySet<string> = new Set(["NOUN", "PROPN", "ADP", "DET", "ADJ", "NUM", "PART"]);

/**
 * True when the occasion's own predicate weighs it: "a visit by Xi to Washington is unlikely", "a
 * meeting seems possible".
 * @example weighedOccasion(tokens, 1) // "A visit by Xi to Washington is unlikely", at "visit" → true
 */
export function weighedOccasion(tokens: readonly Token[], trigger: number): boolean {
  for (let j = trigger + 1; j < tokens.length && j - trigger <= 10; j++) {
    const t = tokens[j]!;
    if (LINKING_VERBS.has(t.lemma) && (t.pos === "AUX" || t.pos === "VERB")) {
      let k = j + 1;
      while (tokens[k]?.pos === "ADV" || tokens[k]?.lower === "still") k++;
      return WEIGHED.has(tokens[k]?.lower ?? "");
    }
    if (!OCCASION_PHRASE.has(t.pos)) return false;
  }
  return false;
}

/**
 * The modality an occasion named by a noun has from its own phrase: hypothetical when weighed,
 * intended when set or looked forward to, else actual.
 * @example occasionModality(tokens, 1) // "the summit planned for next month", at "summit" → "intended"
 */
export function occasionModality(tokens: readonly Token[], trigger: number): Modality {
  if (weighedOccasion(tokens, trigger)) return "hypothetical";
  const noun = tokens[trigger]!.pos === "NOUN";
  return noun && (plannedOccasion(tokens, trigger) || awaitedOccasion(tokens, trigger))
    ? "intended"
    : "actual";
}
