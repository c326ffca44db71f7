/**
 * Whether a rule's trigger has the part of speech the rule asks for, with the repairs wink's
 * tagging needs: gerunds after a modifier are nouns, participles before a noun are adjectives, a
 * verb after a modal may be tagged as a noun.
 *
 * @example
 * headFits(tokens, trigger, "verb"); // "would free the hostages" → true
 */
import type { Sentence } from "../core/types.js";
import { CIRCUMSTANCE, HARMED } from "./harm-victims.js";
import { relativeClauses } from "./relative-clauses.js";

const NOMINAL_MODIFIERS: ReadonlySet<string> = new Set(["DET", "ADJ", "NOUN", "PROPN"]);
const BEFORE_ATTRIBUTIVE: ReadonlySet<string> = new Set(["DET", "ADP", "ADJ", "PUNCT", "CCONJ"]);
// Auxiliaries wink may tag main verbs: "is thought to have supplied shells" keeps its verb (as
// does "The Red Cross delivered food", where a name's word is tagged a verb).
const AUXILIARY_LEMMAS: ReadonlySet<string> = new Set(["have", "be", "get", "do"]);

const POS_OF_HEAD: Record<string, readonly string[]> = {
  verb: ["VERB"],
  noun: ["NOUN", "PROPN"],
  adj: ["ADJ", "VERB", "NOUN"],
  any: [],
};
const VERB_OPENERS = new Set([
  "would",
  "will",
  "to",
  "could",
  "should",
  "must",
  "may",
  "might",
  "can",
  "'ll",
  "not",
  "n't",
]);

/**
 * "Israeli tank shelling", "the museum shooting": a gerund after a modifier is an event noun.
 * @example nominalGerund(tokens, trigger) // "Israeli tank shelling" → true
 */
export function nominalGerund(tokens: Sentence["tokens"], i: number): boolean {
  if (!/ing$/.test(tokens[i]!.lower)) return false;
  if (NOMINAL_MODIFIERS.has(tokens[i - 1]?.pos ?? "") || ownedBeforeOf(tokens, i)) return true;
  // "killed in shelling in Donetsk", "died during fighting.": a gerund after the harm it caused and
  // a preposition, with no object of its own, names the act ("engaged in shelling" is the subject's).
  if (
    CIRCUMSTANCE.has(tokens[i - 1]?.lower ?? "") &&
    HARMED.has(tokens[i - 2]?.lemma ?? "") &&
    ["ADP", "PUNCT", "CCONJ"].includes(tokens[i + 1]?.pos ?? "PUNCT")
  )
    return true;
  // "Fighting erupted between …", "Shelling has killed …": a gerund opening the sentence before
  // "between" or its own finite verb is its subject, a noun.
  const next = tokens[i + 1];
  return (
    i === 0 &&
    next !== undefined &&
    (next.lower === "between" ||
      next.pos === "AUX" ||
      (next.pos === "VERB" && (/ed$/.test(next.lower) || IRREGULAR_PASTS.has(next.lower))))
  );
}
// Past tenses not in -ed a gerund opening the sentence may take: "Fighting broke out between …".
const IRREGULAR_PASTS: ReadonlySet<string> = new Set(["broke", "began", "spread", "went", "left"]);

/**
 * "discussed lifting the embargo", "accused of shelling its villages": wink tags some gerunds as
 * nouns, but one that takes a determined object, with no modifier before it, is a verb.
 * @example verbalGerund(tokens, trigger) // "discussed lifting the embargo" → true
 */
export function verbalGerund(tokens: Sentence["tokens"], i: number): boolean {
  const next = tokens[i + 1];
  return (
    /ing$/.test(tokens[i]!.lower) &&
    !NOMINAL_MODIFIERS.has(tokens[i - 1]?.pos ?? "") &&
    next !== undefined &&
    (next.pos === "DET" ||
      OBJECT_POSSESSIVES.has(next.lower) ||
      // "retaliated by expelling 23 British diplomats": after "by" a gerund with any object is a verb.
      (tokens[i - 1]?.lower === "by" && OBJECT_STARTS.has(next.pos)))
  );
}

const OBJECT_STARTS: ReadonlySet<string> = new Set(["NUM", "ADJ", "PROPN", "NOUN"]);

/** "Russia's killing of civilians": a gerund after a possessive and before "of" heads a noun phrase. */
function ownedBeforeOf(tokens: Sentence["tokens"], i: number): boolean {
  return /ing$/.test(tokens[i]!.lower) && tokens[i + 1]?.lower === "of" && tokens[i - 1]?.lower === "'s";
}

const OBJECT_POSSESSIVES: ReadonlySet<string> = new Set(["its", "their", "his", "her", "our"]);
// "the release of its seized tanker": after a possessive pronoun a participle describes the noun.
const OWNERS: ReadonlySet<string> = OBJECT_POSSESSIVES;

/**
 * The trigger's part of speech fits the rule; a main-verb "have" or "be" is tagged AUX by wink.
 * @example headFits(tokens, trigger, "noun") // "Israeli tank shelling" → true
 */
export function headFits(tokens: Sentence["tokens"], i: number, head: string): boolean {
  const allowed = POS_OF_HEAD[head] ?? [];
  const pos = tokens[i]!.pos;
  // "Israeli tank shelling": wink tags some gerunds as verbs; after a modifier they are nouns.
  if (head === "noun" && pos === "VERB" && /ing$/.test(tokens[i]!.lower)) return nominalGerund(tokens, i);
  // "Shelling by Ukrainian forces killed …": a gerund whose agent follows "by" is a noun.
  // "Russia's killing of civilians": one owned, before "of", is a noun too.
  if (
    head === "verb" &&
    pos === "VERB" &&
    ((/ing$/.test(tokens[i]!.lower) && tokens[i + 1]?.lower === "by") || ownedBeforeOf(tokens, i))
  )
    return false;
  // "the Syrian-backed Amal militia", "drought-stricken Kenya": a hyphenated participle is always an
  // adjective.
  if (
    head !== "noun" &&
    /(?:ed|en)$/.test(tokens[i]!.lower) &&
    tokens[i - 1]?.lower === "-" &&
    ["NOUN", "PROPN", "ADJ"].includes(tokens[i + 1]?.pos ?? "")
  )
    return false;
  // "exiled dissidents", "Israeli-occupied sector": a participle before a noun is an adjective.
  if (head !== "noun" && /ed$/.test(tokens[i]!.lower)) {
    const prev = tokens[i - 1];
    const next = tokens[i + 1]?.pos ?? "";
    // "delivered food to besieged areas": tagged a verb or an adjective, it describes the noun.
    if (
      (pos === "VERB" || pos === "ADJ") &&
      next === "NOUN" &&
      (!prev ||
        BEFORE_ATTRIBUTIVE.has(prev.pos) ||
        // "ignored repeated offers": after a main verb, a participle before a noun opens its object.
        (prev.pos === "VERB" && !AUXILIARY_LEMMAS.has(prev.lemma) && prev.text === prev.lower) ||
        prev.lower === "to" ||
        OWNERS.has(prev.lower)) &&
      // "Italy's premier expressed solidarity": wink tags some titles as adjectives.
      !TITLES_TAGGED_ADJECTIVE.has(prev?.lower ?? "") &&
      // "Myanmar's military burned villages", "the military seized power": a body wink tags an
      // adjective heads the subject after an owner or an article.
      !(prev?.lower === "military" && HEAD_OPENERS.has(tokens[i - 2]?.lower ?? "")) &&
      // "attacked a village and killed civilians": after "and" a finite verb's partner is a verb too.
      !(
        prev?.pos === "CCONJ" &&
        pos === "VERB" &&
        !SET_ADJECTIVES.has(tokens[i]!.lower) &&
        finiteVerbBefore(tokens, i - 1)
      ) &&
      // "Hezbollah, which is backed by Iran, fired rockets": after a closed relative clause the
      // participle is the main verb.
      !(
        prev?.lower === "," &&
        (closedAppositive(tokens, i - 1) || relativeClauses(tokens).some(([, end]) => end === i - 1))
      )
    )
      return false;
    // "the occupied West Bank": after a determiner, before a name too.
    if (pos === "VERB" && next === "PROPN" && prev?.pos === "DET") return false;
    // "a fully denuclearised North Korea", "the recently deployed troops": adverbs in -ly between
    // the determiner and the participle.
    if (
      (pos === "VERB" || pos === "ADJ") &&
      (next === "NOUN" || next === "PROPN") &&
      determinedAfterAdverbs(tokens, i)
    )
      return false;
  }
  if (allowed.length === 0 || allowed.includes(pos)) return true;
  if (head === "verb" && pos === "NOUN" && verbalGerund(tokens, i)) return true;
  // wink sometimes tags a verb after a modal or "to" as an adjective or noun: "would free", "to shell".
  if (head === "verb" && (pos === "ADJ" || pos === "NOUN") && VERB_OPENERS.has(tokens[i - 1]?.lower ?? ""))
    return true;
  if (head !== "verb" || pos !== "AUX") return false;
  let j = i + 1;
  while (tokens[j] && (tokens[j]!.pos === "ADV" || tokens[j]!.pos === "PART")) j++;
  const next = tokens[j];
  // "The UAE has mediated several exchanges": a participle wink tags an adjective makes a perfect too.
  return (
    next?.pos !== "VERB" &&
    next?.pos !== "AUX" &&
    !(next?.pos === "ADJ" && /[a-z]{3}(?:ed|en)$/.test(next.lower))
  );
}

/** True when only adverbs in -ly stand between a determiner and the word at `i`. */
function determinedAfterAdverbs(tokens: Sentence["tokens"], i: number): boolean {
  let j = i - 1;
  if (tokens[j]?.pos !== "ADV") return false;
  while (tokens[j]?.pos === "ADV" && tokens[j]!.lower.endsWith("ly")) j--;
  return tokens[j]?.pos === "DET";
}

// Titles that end an actor's phrase though wink tags them adjectives.
const TITLES_TAGGED_ADJECTIVE: ReadonlySet<string> = new Set(["premier", "chief"]);
const HEAD_OPENERS: ReadonlySet<string> = new Set(["the", "'s", "its", "their", "whose"]);

// Participles that before a bare noun name a kind of thing: "the West Bank and occupied territories".
const SET_ADJECTIVES: ReadonlySet<string> = new Set([
  "occupied",
  "disputed",
  "contested",
  "annexed",
  "besieged",
  "displaced",
  "armed",
  "exiled",
  "banned",
  "elected",
  "united",
]);
const CLAUSE_EDGES: ReadonlySet<string> = new Set([
  ",",
  ";",
  ":",
  "that",
  "which",
  "who",
  "while",
  "after",
  "before",
]);

/** True when a finite verb (not a gerund, nor a participle after a determiner) precedes `at` in its clause. */
function finiteVerbBefore(tokens: Sentence["tokens"], at: number): boolean {
  for (let j = at - 1; j >= 0; j--) {
    const t = tokens[j]!;
    if (CLAUSE_EDGES.has(t.lower)) return false;
    if (t.pos !== "VERB" || /ing$/.test(t.lower)) continue;
    const before = tokens[j - 1];
    if (before && NOMINAL_MODIFIERS.has(before.pos) && before.pos !== "NOUN" && before.pos !== "PROPN")
      continue;
    return true;
  }
  return false;
}

const APPOSITIVE_POS: ReadonlySet<string> = new Set(["NOUN", "PROPN", "ADJ", "DET", "NUM", "ADP", "PART"]);

/**
 * "Hezbollah, funded by Iran, fired rockets", "the Houthis, Yemen's rebels, fired": the comma at
 * `comma` closes a participle or noun phrase set off after a noun, so what follows is the main verb.
 */
function closedAppositive(tokens: Sentence["tokens"], comma: number): boolean {
  for (let j = comma - 1; j > 0 && comma - j <= 10; j--) {
    const t = tokens[j]!;
    if (t.lower === ",") return j + 1 < comma && ["NOUN", "PROPN"].includes(tokens[j - 1]!.pos);
    // Only the phrase's opening word may be a verb, and then a past participle.
    const opening = tokens[j - 1]?.lower === ",";
    if (
      t.pos === "VERB"
        ? !(opening && /(?:ed|en|wn|t)$/.test(t.lower))
        : !APPOSITIVE_POS.has(t.pos) && t.lower !== "-"
    )
      return false;
  }
  return false;
}
