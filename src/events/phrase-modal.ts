/**
 * A modal right after an indefinite noun event's own phrase: "a Chinese invasion of Taiwan could
 * come within five years" tells of a possible invasion, not one that happened ("US sanctions on
 * Iran may hurt European firms" tells of the effect of sanctions in force); and a noun event that a
 * verb foresees ("experts fear a Chinese invasion") is no more than possible.
 *
 * @example
 * phraseModal(tokens, match.end, cues); // "… invasion of Taiwan could come" → "hypothetical"
 */
import type { AttributionCues } from "../attribution/attribution-cues.js";
import type { Sentence } from "../core/types.js";
import { LINKING_VERBS } from "../attribution/planned-occasions.js";

// Words that continue a noun phrase after its head: "of Taiwan", "on Iran's nuclear sites".
const INDEFINITE: ReadonlySet<string> = new Set(["a", "an", "any"]);
const CONSEQUENCE_MODALS: ReadonlySet<string> = new Set(["would", "will", "'d", "'ll"]);
const FUTURE: ReadonlySet<string> = new Set(["will", "'ll"]);
const PHRASE_POS: ReadonlySet<string> = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "PART", "ADP"]);

/**
 * "hypothetical" when the noun at `trigger` opens with "a", "an" or "any" and the first word past
 * its phrase (which runs on from `from`) is a modal of possibility ("could", "might", "may"), else null.
 * @example phraseModal(tokens, 4, 6, cues) // "an attack on Iran could trigger" → "hypothetical"
 */
export function phraseModal(
  tokens: Sentence["tokens"],
  trigger: number,
  from: number,
  cues: Pick<AttributionCues, "hypotheticalModals">,
): "hypothetical" | null {
  let j = from;
  while (j < tokens.length && j - from < 8 && (PHRASE_POS.has(tokens[j]!.pos) || tokens[j]!.lower === "-"))
    j++;
  // "an Israeli strike on Iran was unlikely this year", "a ground offensive is imminent": an act
  // judged likely or near has not happened.
  if (likelyPredicate(tokens, j)) return "hypothetical";
  let d = trigger - 1;
  while (d >= 0 && trigger - d <= 4 && ["ADJ", "PROPN", "NOUN", "PUNCT"].includes(tokens[d]!.pos)) d--;
  if (!INDEFINITE.has(tokens[d]?.lower ?? "")) return null;
  const next = tokens[j]?.lower ?? "";
  // "Any Chinese attack on Taiwan would be a disaster": what an act not yet done would bring is
  // as hypothetical as what it could.
  // "An air strike on Tuesday will be investigated" is acted on, done already.
  const consequence =
    CONSEQUENCE_MODALS.has(next) &&
    !(FUTURE.has(next) && tokens[j + 1]?.lower === "be" && tokens[j + 2]?.pos === "VERB");
  return cues.hypotheticalModals.includes(next) || consequence ? "hypothetical" : null;
}

const LIKELIHOOD: ReadonlySet<string> = new Set([
  "likely",
  "unlikely",
  "possible",
  "probable",
  "improbable",
  "imminent",
  "inevitable",
  "unthinkable",
  "conceivable",
]);

/** True when the words at `at` say how likely the act is: "was unlikely", "seems increasingly likely". */
function likelyPredicate(tokens: Sentence["tokens"], at: number): boolean {
  let j = at;
  let linked = false;
  for (; j < tokens.length && j - at < 4; j++) {
    const t = tokens[j]!;
    if (LINKING_VERBS.has(t.lemma) && (t.pos === "AUX" || t.pos === "VERB")) linked = true;
    else if (t.pos !== "AUX" && t.pos !== "ADV") break;
  }
  // "is likely to have been carried out by Hamas": a guess at a past act's author, not at the act.
  if (tokens[j + 1]?.lower === "to" && tokens[j + 2]?.lower === "have") return false;
  return linked && LIKELIHOOD.has(tokens[j]?.lower ?? "");
}

// Verbs whose object is an act foreseen, not done: "experts fear a Chinese invasion of Taiwan".
const FORESEEING: ReadonlySet<string> = new Set([
  "fear",
  "expect",
  "predict",
  "anticipate",
  "foresee",
  "forecast",
  "dread",
  "envisage",
  "envision",
]);
// "warned of a Russian attack", "braced for an Israeli offensive": a preposition leads to the act foreseen.
const FORESEEING_BEFORE: Readonly<Record<string, readonly string[]>> = {
  of: ["warn", "caution", "fear"],
  for: ["brace", "prepare", "ready"],
  against: ["guard", "warn", "caution"],
};

/**
 * "hypothetical" when a noun event is the object of a verb that foresees it: "Kyiv fears a new
 * Russian offensive", "the US predicted a Russian invasion", "warned of an Iranian attack"; else null.
 * @example foreseenNoun(tokens, trigger) // "experts fear a Chinese invasion" → "hypothetical"
 */
export function foreseenNoun(tokens: Sentence["tokens"], trigger: number): "hypothetical" | null {
  let d = trigger - 1;
  // wink tags some of these verbs as nouns ("Experts fear a …"): any word of the phrase may be one.
  while (d >= 0 && trigger - d <= 5 && FORESEEN_PHRASE_POS.has(tokens[d]!.pos)) {
    // "Fears of an attack …": at a sentence's start wink may tag the word a proper noun, unlemmatised.
    if (FORESEEING.has(tokens[d]!.lemma) || FORESEEING.has(tokens[d]!.lower.replace(/s$/, "")))
      return "hypothetical";
    d--;
  }
  const t = tokens[d];
  if (!t) return null;
  if (t.pos === "VERB" && FORESEEING.has(t.lemma)) return "hypothetical";
  const verb = tokens[d - 1];
  const lemma = verb?.pos === "PROPN" ? verb.lower.replace(/s$/, "") : verb?.lemma;
  return lemma && FORESEEING_BEFORE[t.lower]?.includes(lemma) ? "hypothetical" : null;
}

const FORESEEN_PHRASE_POS: ReadonlySet<string> = new Set(["DET", "ADJ", "PROPN", "NOUN", "NUM"]);

// Verbs that undo a planned act: "the visit was cancelled", "talks have been postponed".
const CALLING_OFF: ReadonlySet<string> = new Set([
  "cancel",
  "postpone",
  "scrap",
  "shelve",
  "delay",
  "abandon",
  "suspend",
  "call",
]);
const BE_GROUP: ReadonlySet<string> = new Set([
  "was",
  "were",
  "is",
  "are",
  "been",
  "has",
  "have",
  "had",
  "be",
]);

/**
 * True when a noun event's own phrase, from `from` on, is the subject of a passive that calls it off:
 * "The prime minister's visit to Washington was cancelled", "talks … have been postponed".
 * @example calledOffNoun(tokens, match.end) // "… visit to Washington was cancelled" → true
 */
export function calledOffNoun(tokens: Sentence["tokens"], from: number): boolean {
  let j = from;
  while (j < tokens.length && j - from < 8 && (PHRASE_POS.has(tokens[j]!.pos) || tokens[j]!.lower === "-"))
    j++;
  if (!BE_GROUP.has(tokens[j]?.lower ?? "")) return false;
  while (j < tokens.length && (BE_GROUP.has(tokens[j]!.lower) || tokens[j]!.pos === "ADV")) j++;
  const verb = tokens[j];
  if (verb?.pos !== "VERB" || !CALLING_OFF.has(verb.lemma)) return false;
  // "call" undoes only as "called off".
  return verb.lemma !== "call" || tokens[j + 1]?.lower === "off";
}
