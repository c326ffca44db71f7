/**
 * Hedges around an event mention ("reportedly", "according to", "reports suggest"), which an analyst
 * weighs when trusting the event.
 *
 * @example
 * hedgesIn(sentence, trigger, cues); // "Pyongyang reportedly rejected …" → ["reportedly"]
 */
import type { AttributionCues } from "../attribution/attribution-cues.js";
import type { Sentence } from "../core/types.js";

/** Passive verbs of belief or hearsay before "to": "is believed to have", "are said to be". */
const HEARSAY_PARTICIPLES: ReadonlySet<string> = new Set([
  "believed",
  "thought",
  "said",
  "understood",
  "suspected",
  "rumoured",
  "rumored",
  "reported",
  "alleged",
  "presumed",
]);

/** The hedge words and phrases of a sentence, once each. @example hedgesIn(sentence, trigger, cues) // ["according to"] */
export function hedgesIn(sentence: Sentence, trigger: number, cues: AttributionCues): string[] {
  const found: string[] = [];
  const tokens = sentence.tokens;
  for (let j = 0; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (!cues.hedges.includes(t.lower)) continue;
    if (t.lower === "according" && tokens[j + 1]?.lower === "to") found.push("according to");
    else if (t.lower === "reported" && t.pos === "VERB" && j !== trigger - 1) continue;
    else if (t.lower !== "according") found.push(t.lower);
  }
  for (let j = 0; j + 1 < tokens.length; j++) {
    if (
      tokens[j]!.lemma === "report" &&
      tokens[j]!.pos === "NOUN" &&
      ["suggest", "say", "claim", "indicate"].includes(tokens[j + 1]!.lemma)
    )
      found.push(`${tokens[j]!.text} ${tokens[j + 1]!.text}`);
    // "Iran is believed to have supplied drones": a belief no one owns hedges what it holds.
    if (
      j > 0 &&
      tokens[j - 1]!.lemma === "be" &&
      HEARSAY_PARTICIPLES.has(tokens[j]!.lower) &&
      (tokens[j + 1]!.lower === "to" || (tokens[j]!.lower === "suspected" && tokens[j + 1]!.lower === "of"))
    )
      found.push(tokens[j]!.lower);
  }
  // Most sentences hedge nothing, and one hedge has no duplicate.
  return found.length < 2 ? found : [...new Set(found)];
}
