/**
 * A vow not to give way: "Sharon vowed not to return the Golan Heights" refuses the act it names,
 * where a vow not to do harm ("promised not to resume testing") is a pledge.
 *
 * @example
 * vowedNotTo(tokens, 1); // "Sharon vowed not to return the Golan Heights" → true
 */
import { NEGATORS } from "../attribution/negators.js";
import type { Sentence } from "../core/types.js";

const VOWING = new Set(["vow", "pledge", "promise", "swear"]);
// Verbs of giving way: a vow not to do them is a refusal ("promised not to resume testing" is a pledge).
const YIELDING = new Set([
  "return",
  "give",
  "hand",
  "cede",
  "surrender",
  "recognise",
  "recognize",
  "accept",
  "allow",
  "withdraw",
  "yield",
  "bow",
  "back",
  "abandon",
  "relinquish",
  "compromise",
  "negotiate",
  "resign",
  "step",
  "release",
  "lift",
  "concede",
  "disarm",
]);

/**
 * "vowed not to return", "pledged never to recognise": a vow not to give way.
 * @example vowedNotTo(tokens, 1) // "Sharon vowed not to return the Golan Heights" → true
 */
export function vowedNotTo(tokens: Sentence["tokens"], trigger: number): boolean {
  return (
    VOWING.has(tokens[trigger]!.lemma) &&
    NEGATORS.has(tokens[trigger + 1]?.lower ?? "") &&
    tokens[trigger + 2]?.lower === "to" &&
    YIELDING.has(tokens[trigger + 3]?.lemma ?? "")
  );
}
