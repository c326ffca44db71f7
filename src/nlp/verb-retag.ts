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
    // "The US military shot down a drone": wink reads "shot" as the noun.
    if (value === "shot" && values[k + 1] === "down" && SUBJECT_ENDS.has(tags[k - 1]!)) {
      tags[k] = "VERB";
      changed.push(k);
      continue;
    }
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

/**
 * Re-tags as NOUN, in place, a word in -s that wink tagged a verb between a modifier and "of":
 * "ignored repeated offers of dialogue", "the latest calls of"; returns the positions changed.
 * @example retagPluralNouns(["repeated", "offers", "of", "talks"], ["VERB", "VERB", "ADP", "NOUN"]); // [1]
 */
export function retagPluralNouns(values: readonly string[], tags: string[]): number[] {
  const changed: number[] = [];
  for (let k = 1; k + 1 < tags.length; k++) {
    const value = values[k]!;
    if (tags[k] !== "VERB" || values[k + 1] !== "of" || !/[^s]s$/.test(value)) continue;
    const prev = tags[k - 1]!;
    if (prev !== "DET" && prev !== "ADJ" && !(prev === "VERB" && values[k - 1]!.endsWith("ed"))) continue;
    tags[k] = "NOUN";
    changed.push(k);
  }
  return changed;
}

// Verbs whose object is a gerund: "kept attacking ships", "denied shelling the town".
const GERUND_TAKERS: ReadonlySet<string> = new Set([
  "keep",
  "keeps",
  "kept",
  "continue",
  "continues",
  "continued",
  "resume",
  "resumes",
  "resumed",
  "stop",
  "stops",
  "stopped",
  "start",
  "starts",
  "started",
  "began",
  "begun",
  "deny",
  "denies",
  "denied",
  "admit",
  "admits",
  "admitted",
]);
// Forms of "be" before a progressive's participle.
const PROGRESSIVE: ReadonlySet<string> = new Set(["is", "are", "was", "were", "been", "be", "being"]);
// What opens the object a bare verb takes.
const BARE_OBJECT_OPENERS: ReadonlySet<string> = new Set(["PROPN", "DET", "PRON", "NUM", "NOUN"]);
// What a headline subject runs over: "Israel", "The Houthi rebels", "Russia's army".
const SUBJECT_PHRASE: ReadonlySet<string> = new Set(["PROPN", "NOUN", "ADJ", "DET", "PART"]);
// How most peoples' names end: "Syrian", "Korean", "Mexican", "Chinese", "Turkish", "French", "Israeli".
const DEMONYM_END = /(?:ian|ean|can|ese|ish|ch|i)$/i;
const SENTENCE_ENDS: ReadonlySet<string> = new Set([".", "!", "?"]);
const PERFECT: ReadonlySet<string> = new Set(["has", "have", "had", "'ve", "'d"]);
const PARTICIPLE_END = /[a-z]{2}(?:en|ed)$/;

/**
 * Re-tags as VERB, in place, two verbs wink reads as other words: a gerund tagged an adjective or
 * noun after a verb that takes one ("kept attacking ships"), and a headline's present verb in -s
 * tagged a plural noun, between its subject and its object in a sentence with no other verb
 * ("Israel strikes Iran's nuclear sites"); returns the positions changed.
 * @example retagBareVerbs(["Israel", "strikes", "Iran", "."], ["PROPN", "NOUN", "PROPN", "PUNCT"]); // [1]
 */
export function retagBareVerbs(values: readonly string[], tags: string[]): number[] {
  const changed: number[] = [];
  for (let k = 1; k + 1 < tags.length; k++) {
    const value = values[k]!;
    if (value[0] !== value[0]!.toLowerCase() || !BARE_OBJECT_OPENERS.has(tags[k + 1]!)) continue;
    const before = values[k - 1]!.toLowerCase();
    const gerund =
      (tags[k] === "ADJ" || tags[k] === "NOUN") &&
      value.endsWith("ing") &&
      (GERUND_TAKERS.has(before) ||
        // "have been bombing Gaza", "were shelling the town": a progressive, when an object opens
        // right after ("is housing costs" keeps its noun).
        (PROGRESSIVE.has(before) && OBJECT_OPENERS.has(tags[k + 1]!)));
    // "the army said it had retaken the palace": a participle after a perfect's auxiliary.
    const perfect =
      tags[k] === "NOUN" &&
      tags[k - 1] === "AUX" &&
      PERFECT.has(before) &&
      PARTICIPLE_END.test(value) &&
      OBJECT_OPENERS.has(tags[k + 1]!);
    if (gerund || perfect || (tags[k] === "NOUN" && headlineVerb(values, tags, k))) {
      tags[k] = "VERB";
      changed.push(k);
    }
  }
  return changed;
}

/** True when the plural noun at `k` follows a sentence-opening name and no verb follows it. */
function headlineVerb(values: readonly string[], tags: readonly string[], k: number): boolean {
  if (!/[^s]s$/.test(values[k]!) || tags[k - 1] !== "PROPN") return false;
  // "Syrian forces clash with …": after a people's name a plural noun is its noun phrase's head,
  // and the verb is the next word.
  if (tags[k + 1] === "NOUN" && DEMONYM_END.test(values[k - 1]!)) return false;
  let j = k - 1;
  while (j >= 0 && SUBJECT_PHRASE.has(tags[j]!) && !SENTENCE_ENDS.has(values[j]!)) j--;
  if (j >= 0 && !SENTENCE_ENDS.has(values[j]!)) return false;
  for (let n = k + 1; n < tags.length && !SENTENCE_ENDS.has(values[n]!); n++)
    if (tags[n] === "VERB" || tags[n] === "AUX") return false;
  return true;
}
