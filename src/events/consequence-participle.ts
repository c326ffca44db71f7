/**
 * A participle of consequence after a comma: in "Ethiopia and Eritrea traded accusations, raising
 * fears of a new war" the fears are raised by the exchange, which is no one's statement. The
 * participle's subject is the act before the comma, so the comment it seems to make has no speaker.
 *
 * @example
 * consequenceParticiple(tokens, 9, "012"); // ", raising fears of …" → true
 */
import type { Sentence } from "../core/types.js";

// Verbs whose subject is often an event, and what they stir. Not "concern": "wrote to the UN,
// raising concerns about …" is the writer's own complaint.
const STIRRING: ReadonlySet<string> = new Set([
  "raise",
  "spark",
  "fuel",
  "stoke",
  "heighten",
  "deepen",
  "revive",
]);
const FEELINGS: ReadonlySet<string> = new Set([
  "fear",
  "hope",
  "alarm",
  "anxiety",
  "worry",
  "speculation",
  "doubt",
  "question",
  "spectre",
  "specter",
  "prospect",
]);

/**
 * True when a comment's trigger at `i` is a participle after a comma that stirs a feeling
 * (", raising fears", ", sparking alarm"): the consequence of the clause before it.
 * @example consequenceParticiple(tokens, i, rule.cameo) // "…, raising fears of war" → true
 */
export function consequenceParticiple(tokens: Sentence["tokens"], i: number, cameo: string): boolean {
  if (!cameo.startsWith("01")) return false;
  const verb = tokens[i]!;
  if (tokens[i - 1]?.lower !== "," || !verb.lower.endsWith("ing") || !STIRRING.has(verb.lemma)) return false;
  // The feeling heads the object: "raising fears", "raising new fears", "raising the spectre".
  for (let j = i + 1; j < tokens.length && j <= i + 3; j++) {
    const t = tokens[j]!;
    if (FEELINGS.has(t.lemma)) return true;
    if (t.pos !== "DET" && t.pos !== "ADJ") return false;
  }
  return false;
}
