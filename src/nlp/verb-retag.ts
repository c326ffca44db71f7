/**
 * Past verbs wink tags as nouns after a title it reads as an adjective: in "the army chief accused
 * Israel", "accused" comes out a noun (as in "the accused"), and the sentence had no verb to code.
 * A noun in -ed between a noun phrase and the object that opens right after it is a past verb.
 *
 * @example
 * retagPastVerbs(["army", "chief", "accused", "Israel"], ["NOUN", "ADJ", "NOUN", "PROPN"]); // tags[2] becomes "VERB"
 */

// What opens the object a past verb takes: a name, a determiner, a pronoun or a number ("abducted 276 students").
const OBJECT_OPENERS: ReadonlySet<string> = new Set(["PROPN", "DET", "PRON", "NUM"]);
// What a subject's phrase ends in before its verb.
const SUBJECT_ENDS: ReadonlySet<string> = new Set(["NOUN", "PROPN", "ADJ"]);
// Counting words before a participle make it an adjective: "several wounded Palestinians".
const COUNTING: ReadonlySet<string> = new Set([
  "several",
  "many",
  "some",
  "more",
  "most",
  "few",
  "other",
  "two",
  "three",
]);

/**
 * Re-tags as VERB each NOUN in -ed that follows a noun phrase's end and precedes an object's
 * opening, in place; returns the positions changed.
 * @example retagPastVerbs(values, tags) // [2]
 */
export function retagPastVerbs(values: readonly string[], tags: string[]): number[] {
  const changed: number[] = [];
  for (let k = 1; k + 1 < tags.length; k++) {
    if (tags[k] !== "NOUN") continue;
    const value = values[k]!;
    if (value.length < 5 || !value.endsWith("ed") || value[0] !== value[0]!.toLowerCase()) continue;
    if (!SUBJECT_ENDS.has(tags[k - 1]!) || !OBJECT_OPENERS.has(tags[k + 1]!)) continue;
    if (COUNTING.has(values[k - 1]!.toLowerCase())) continue;
    tags[k] = "VERB";
    changed.push(k);
  }
  return changed;
}

// Participles in -ing that news uses as adjectives before a noun or a name: "Neighbouring Jordan
// condemned …", "warring factions", "the ruling party".
const ING_ADJECTIVES: ReadonlySet<string> = new Set([
  "neighbouring",
  "neighboring",
  "warring",
  "ruling",
  "opposing",
  "outgoing",
  "incoming",
  "ongoing",
]);
const BEFORE_ADJECTIVE: ReadonlySet<string> = new Set(["DET", "ADP", "CCONJ", "PUNCT"]);
const NOMINAL: ReadonlySet<string> = new Set(["NOUN", "PROPN", "ADJ"]);

/**
 * Re-tags as ADJ, in place, each of these participles that wink tagged a verb where it opens a
 * noun phrase (first in the text, or after a determiner, preposition, conjunction or comma, and
 * before a noun or name); returns the positions changed.
 * @example retagParticipleAdjectives(["Neighbouring", "Jordan", "condemned"], ["VERB", "PROPN", "VERB"]); // [0]
 */
export function retagParticipleAdjectives(values: readonly string[], tags: string[]): number[] {
  const changed: number[] = [];
  for (let k = 0; k + 1 < tags.length; k++) {
    if (tags[k] !== "VERB" || !ING_ADJECTIVES.has(values[k]!.toLowerCase())) continue;
    if (k > 0 && !BEFORE_ADJECTIVE.has(tags[k - 1]!)) continue;
    if (!NOMINAL.has(tags[k + 1]!)) continue;
    tags[k] = "ADJ";
    changed.push(k);
  }
  return changed;
}
