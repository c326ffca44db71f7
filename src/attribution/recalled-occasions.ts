/**
 * Occasions a sentence looks back on rather than reports: "recalling his visit to Moscow",
 * "citing the collapse of talks in Hanoi", "on the anniversary of the summit". What is recalled,
 * cited as a reason or commemorated took place before the news it is told with.
 *
 * @example
 * recalledOccasion(tokens, 5); // "…, recalling their meeting at Panmunjom", at "meeting" → true
 */
import type { Token } from "../core/types.js";
import { possessiveMarker } from "../nlp/possessive-marker.js";

// Verbs whose object is an occasion looked back on: "recalled the summit", "citing the failure of".
// biome-ignore format: word list
const RECALLING: ReadonlySet<string> = new Set([
  "recall", "remember", "commemorate", "cite", "invoke", "evoke", "reminisce",
]);
// Verbs that look back through "to": "pointing to the collapse of talks", "referring to the summit".
const RECALLING_THROUGH_TO: ReadonlySet<string> = new Set(["point", "refer", "hark", "harken", "allude"]);
// Nouns of what became of an occasion, or of its memory: "the collapse of talks", "the anniversary
// of the summit". The occasion they are "of" is over.
// biome-ignore format: word list
const ENDED: ReadonlySet<string> = new Set([
  "collapse", "failure", "breakdown", "anniversary", "memory", "memories", "legacy", "demise",
  "fiasco",
]);
/** Tags of the words a noun phrase is made of before its noun: "the pope's long-awaited", "their first". @example NOUN_PHRASE_WORDS.has("PRON") // true */
export const NOUN_PHRASE_WORDS: ReadonlySet<string> = new Set([
  "DET",
  "ADJ",
  "NUM",
  "PROPN",
  "NOUN",
  "PRON",
  "PART",
]);
// How far back the recalling word may stand: "recalling the leaders' first summit in Singapore".
const REACH = 9;

/**
 * True when the occasion at `trigger` is the object of a recalling verb or of the noun of what
 * became of it, over a noun phrase ("citing the collapse of its talks with Washington").
 * @example recalledOccasion(tokens, 4) // "Putin praised Xi, recalling his visit", at "visit" → true
 */
export function recalledOccasion(tokens: readonly Token[], trigger: number): boolean {
  for (let j = trigger - 1; j >= 0 && trigger - j <= REACH; j--) {
    const t = tokens[j]!;
    if (t.lower === "of" && ENDED.has(tokens[j - 1]?.lemma ?? "")) return true;
    if (t.lower === "to" && RECALLING_THROUGH_TO.has(tokens[j - 1]?.lemma ?? "")) return true;
    if (RECALLING.has(t.lemma) && t.pos === "VERB") return true;
    // "the leaders' first summit", "the anniversary of the 2018 summit": within the noun phrase.
    if (t.lower === "of" || possessiveMarker(t)) continue;
    if (!NOUN_PHRASE_WORDS.has(t.pos)) return false;
  }
  return false;
}
