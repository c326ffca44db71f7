/**
 * Conditions around a trigger: "… if Pyongyang rejects the letter" puts the trigger inside the
 * condition or under it, and "It was not clear whether China would send aid" leaves it open.
 *
 * @example
 * conditionsAround(tokens, trigger).condition; // "would meet Kim if he agreed" at "meet" → "outside"
 */
import type { Token } from "../core/types.js";
import { invertedCondition, promisedOrRefused } from "./intent-cues.js";

/** Where a condition stands, and whether a "whether" clause holds the trigger. @example { condition: "inside", whether: false } */
export interface Conditions {
  /** Inside the condition, governed by one elsewhere in the sentence, or none. */
  readonly condition: "inside" | "outside" | null;
  readonly whether: boolean;
  /** "would discuss tariffs with Trump when they meet": a present verb in a time clause of a future. */
  readonly futureTime: boolean;
}

// Verbs of confirming whose answer a speaker may withhold: "did not confirm whether …" leaves a
// claim told elsewhere unconfirmed ("declined to say whether" only leaves a question open).
const ANSWERS: ReadonlySet<string> = new Set(["confirm", "deny", "verify", "corroborate"]);
const WITHHOLDERS: ReadonlySet<string> = new Set([
  "not",
  "n't",
  "never",
  "neither",
  "nor",
  "decline",
  "refuse",
]);

/**
 * "The White House did not confirm whether Kim had rejected the letter": the "whether" clause is
 * a report whose confirmation is withheld (the frame makes it unconfirmed), not an open question.
 */
function withheldAnswer(tokens: readonly Token[], whether: number): boolean {
  if (!ANSWERS.has(tokens[whether - 1]?.lemma ?? "")) return false;
  for (let j = whether - 2; j >= 0 && whether - j <= 5; j--)
    if (WITHHOLDERS.has(tokens[j]!.lower) || WITHHOLDERS.has(tokens[j]!.lemma)) return true;
  return false;
}

const TIME_LINKS: ReadonlySet<string> = new Set(["when", "once"]);
const FUTURE_MODALS: ReadonlySet<string> = new Set(["will", "would", "'ll", "shall"]);

/** "… when they meet": the trigger is a bare or -s present verb right after a time link's subject, and a future stands before the link. */
function futureTimeClause(tokens: readonly Token[], trigger: number): boolean {
  const verb = tokens[trigger];
  if (verb?.pos !== "VERB" || (verb.lower !== verb.lemma && !verb.lower.endsWith("s"))) return false;
  // "once sanctions are lifted": a noun the tagger read as a verb, with its own verb after it.
  if (tokens[trigger + 1]?.pos === "AUX") return false;
  for (let j = trigger - 1; j > 0 && trigger - j <= 5; j--) {
    const t = tokens[j]!;
    if (t.lower === "," || t.pos === "VERB" || t.pos === "AUX") return false;
    if (TIME_LINKS.has(t.lower))
      return j < trigger - 1 && tokens.slice(0, j).some((w) => FUTURE_MODALS.has(w.lower));
  }
  return false;
}

/**
 * The conditions of the trigger's sentence. The caller decides what an outside condition means,
 * since threats, demands and offers carry their conditions ("threatened to … unless …").
 * @example conditionsAround(tokens, trigger) // "if Iran attacks, …" at "attacks" → { condition: "inside", whether: false }
 */
export function conditionsAround(tokens: readonly Token[], trigger: number): Conditions {
  let condition: "inside" | "outside" | null = invertedCondition(tokens, trigger);
  let whether = false;
  for (let j = 0; j < tokens.length; j++) {
    const w = tokens[j]!.lower;
    if (w === ";") {
      if (j > trigger) break;
      continue;
    }
    // "It was not clear whether China would send aid": an act in a "whether" clause is open.
    if (
      w === "whether" &&
      j < trigger &&
      !tokens.slice(j, trigger).some((t) => t.lower === ",") &&
      !withheldAnswer(tokens, j)
    ) {
      whether = true;
      continue;
    }
    // "would not negotiate until Washington withdrew its policy": after a refusal or a promise,
    // "until" opens a condition too.
    const until = w === "until" && promisedOrRefused(tokens, j);
    if (w !== "if" && w !== "unless" && !until) continue;
    const inside = j < trigger && !tokens.slice(j, trigger).some((t) => t.lower === ",");
    condition = inside ? "inside" : (condition ?? "outside");
  }
  return { condition, whether, futureTime: futureTimeClause(tokens, trigger) };
}
