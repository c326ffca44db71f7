/**
 * A modal right after an indefinite noun event's own phrase: "a Chinese invasion of Taiwan could
 * come within five years" tells of a possible invasion, not one that happened ("US sanctions on
 * Iran may hurt European firms" tells of the effect of sanctions in force).
 *
 * @example
 * phraseModal(tokens, match.end, cues); // "… invasion of Taiwan could come" → "hypothetical"
 */
import type { AttributionCues } from "../attribution/attribution-cues.js";
import type { Sentence } from "../core/types.js";

// Words that continue a noun phrase after its head: "of Taiwan", "on Iran's nuclear sites".
const INDEFINITE: ReadonlySet<string> = new Set(["a", "an", "any"]);
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
  let d = trigger - 1;
  while (d >= 0 && trigger - d <= 4 && ["ADJ", "PROPN", "NOUN", "PUNCT"].includes(tokens[d]!.pos)) d--;
  if (!INDEFINITE.has(tokens[d]?.lower ?? "")) return null;
  let j = from;
  while (j < tokens.length && j - from < 8 && (PHRASE_POS.has(tokens[j]!.pos) || tokens[j]!.lower === "-"))
    j++;
  const next = tokens[j]?.lower ?? "";
  return cues.hypotheticalModals.includes(next) ? "hypothetical" : null;
}
