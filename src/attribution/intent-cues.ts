/**
 * Word cues that tell an intended or refused act from a done one: the verb that sends forces, the
 * infinitive an "and" joins, "preparing to", "no plans", and a vow or refusal before an "until".
 *
 * @example
 * gettingReady(tokens, 3); // true for "is preparing to visit"
 */
import type { Token } from "../core/types.js";
import { NEGATORS } from "./negators.js";

// Verbs that send forces or envoys somewhere: the infinitive after their object is a purpose.
/** @example SENDING_VERBS.has("deploy") // true */
export const SENDING_VERBS: ReadonlySet<string> = new Set([
  "send",
  "deploy",
  "dispatch",
  "station",
  "rush",
  "mobilize",
  "mobilise",
  "redeploy",
  "airlift",
]);

/** The bare verb after "to" that an "and" at `and` coordinates with, within a few words, else -1. */
export function coordinatedInfinitive(tokens: readonly Token[], and: number): number {
  const t = tokens[and + 1]!;
  if (t.lower !== t.lemma) return -1;
  for (let k = and - 1; k > 0 && and - k <= 8; k--) {
    const w = tokens[k]!;
    if (w.lower === "," || w.lower === ";" || w.pos === "AUX") return -1;
    if (w.pos === "VERB" && tokens[k - 1]!.lower === "to") return k;
  }
  return -1;
}

/** "prepared to attend", "is preparing to visit": "prepare" as an act, not "be prepared to". */
export function gettingReady(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  if (t.lemma !== "prepare" || t.pos !== "VERB") return false;
  return t.lower === "preparing" || tokens[j - 1]?.lemma !== "be";
}

/** "no plans", "no immediate plans": a "no" before the noun at `j`, past its adjectives. */
export function deniedBefore(tokens: readonly Token[], j: number): boolean {
  let k = j - 1;
  while (k >= 0 && j - k <= 3 && tokens[k]!.pos === "ADJ") k--;
  return tokens[k]?.lower === "no";
}

/** True when the clause before `at` holds a negation or a future modal ("would not", "no intention"). */
export function promisedOrRefused(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && at - k <= 14; k--) {
    const w = tokens[k]!.lower;
    if (w === ";" || w === ".") return false;
    if (NEGATORS.has(w) || w === "no" || w === "will" || w === "would" || w === "'ll") return true;
    // "have sworn to fight until they gain control": a vow holds until its condition is met, and
    // "refused to hold talks until India lifted restrictions" a refusal.
    if (VOWS.has(tokens[k]!.lemma) || REFUSALS.has(tokens[k]!.lemma)) return true;
  }
  return false;
}

const VOWS = new Set(["vow", "swear", "pledge", "promise", "threaten"]);
const REFUSALS = new Set(["refuse", "decline", "reject"]);

// Words that put an act forward without doing it.
const PROPOSALS: ReadonlySet<string> = new Set([
  "propose",
  "proposal",
  "suggest",
  "suggestion",
  "recommend",
  "recommendation",
  "plan",
  "idea",
  "scheme",
  "blueprint",
]);

/**
 * True when the word at `j`, right before a gerund, puts it forward: "proposed holding talks", or
 * "for"/"of" after a proposal noun ("a proposal for signing a trade pact").
 * @example proposedBy(tokens, 4) // "an Indian proposal for signing", at "for" → true
 */
export function proposedBy(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  if (t.pos === "VERB") return PROPOSALS.has(t.lemma);
  return (t.lower === "for" || t.lower === "of") && PROPOSALS.has(tokens[j - 1]?.lemma ?? "");
}

// Nouns of talking whose "on"/"about" phrase names a topic: "talks on normalising relations" (and
// verbs of it: "negotiating over releasing hostages").
// biome-ignore format: word list
const TALK_NOUNS: ReadonlySet<string> = new Set([
  "talk", "talks", "negotiation", "discussion", "dialogue", "consultation", "meeting", "summit",
  "conference", "agreement", "deal", "accord", "framework", "roadmap", "deadline", "vote",
]);
const TOPIC_WORDS: ReadonlySet<string> = new Set(["on", "about", "over", "toward", "towards"]);

/**
 * True when the word at `j`, right before a gerund, makes it the topic of talks or of a deal:
 * "held secret talks on normalising relations", "an agreement on restoring flights".
 * @example talkedAbout(tokens, 5) // "held talks on normalising", at "on" → true
 */
export function talkedAbout(tokens: readonly Token[], j: number): boolean {
  if (!TOPIC_WORDS.has(tokens[j]?.lower ?? "")) return false;
  const word = tokens[j - 1];
  if (word?.pos === "VERB") return TALK_VERBS.has(word.lemma);
  return word?.pos === "NOUN" && TALK_NOUNS.has(word.lower);
}

const TALK_VERBS: ReadonlySet<string> = new Set([
  "negotiate",
  "talk",
  "bargain",
  "haggle",
  "wrangle",
  "confer",
]);

// Nouns whose "of" names a state of affairs or a chance, not an act done: "a sign of improving ties".
// biome-ignore format: word list
const SIGN_NOUNS: ReadonlySet<string> = new Set([
  "sign", "signs", "signal", "signals", "indication", "symbol", "hope", "hopes", "prospect",
  "prospects", "chance", "chances", "possibility", "likelihood", "risk", "danger",
]);

/**
 * True when the word at `j`, right before a gerund, is the "of" of a sign or a chance: "in a sign of
 * improving ties", "hopes of restoring relations".
 * @example signOf(tokens, 5) // "in a sign of improving ties", at "of" → true
 */
export function signOf(tokens: readonly Token[], j: number): boolean {
  return (
    (tokens[j]?.lower === "of" || tokens[j]?.lower === "for") && SIGN_NOUNS.has(tokens[j - 1]?.lower ?? "")
  );
}

/**
 * "Should Moscow withdraw its troops, …", "Were Moscow to withdraw, …": a sentence opening with an
 * inverted condition holds the trigger inside it (before its comma) or outside it (after).
 * @example invertedCondition(tokens, 2) // "Should Moscow withdraw …", at "withdraw" → "inside"
 */
export function invertedCondition(tokens: readonly Token[], trigger: number): "inside" | "outside" | null {
  const first = tokens[0]?.lower;
  if (first !== "should" && first !== "were" && first !== "had") return null;
  if (tokens[1]?.pos !== "PROPN" && tokens[1]?.pos !== "DET" && tokens[1]?.pos !== "PRON") return null;
  for (let j = 1; j < trigger; j++) if (tokens[j]!.lower === ",") return "outside";
  return "inside";
}

/**
 * "would have", "would not have": a perfect after the modal at `i`, which tells what was not done.
 * @example perfectAfter(tokens, 3) // "a resolution that would have demanded", at "would" → true
 */
export function perfectAfter(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1]?.lower;
  return next === "have" || next === "'ve" || (NEGATORS.has(next ?? "") && tokens[i + 2]?.lower === "have");
}
