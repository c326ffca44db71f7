/**
 * Words a judgement labels an act with: in "Colombia's president condemned the strike as murder"
 * or "described the attack as an act of terrorism", "murder" and "terrorism" name what the speaker
 * calls the act, not a second act.
 *
 * @example
 * judgedLabel(tokens, 7); // "condemned the strike as murder" at "murder" → true
 */
import type { Token } from "../core/types.js";

// biome-ignore format: word list
const LABELLING_VERBS: ReadonlySet<string> = new Set([
  "condemn", "denounce", "describe", "brand", "label", "call", "decry", "slam", "criticise", "criticize",
  "dismiss", "reject", "characterise", "characterize", "regard", "view", "see", "consider", "treat",
  "qualify", "term", "declare",
]);
// What may stand between "as" and the label: "as an act of", "as a blatant".
const LABEL_FILLERS: ReadonlySet<string> = new Set(["DET", "ADJ", "ADV"]);
const REACH = 10;

/** True when the word at `i` follows "as" (and "an act of") after a verb of judging in its clause. @example judgedLabel(tokens, i) */
export function judgedLabel(tokens: readonly Token[], i: number): boolean {
  let j = i - 1;
  if (tokens[j]?.lower === "of" && tokens[j - 1]?.lemma === "act") j -= 2;
  while (j >= 0 && LABEL_FILLERS.has(tokens[j]!.pos)) j--;
  if (tokens[j]?.lower !== "as") return false;
  for (let k = j - 1; k >= 0 && j - k <= REACH; k--) {
    const t = tokens[k]!;
    if (t.lower === "," || t.lower === ";") return false;
    if (t.pos === "VERB") return LABELLING_VERBS.has(t.lemma);
  }
  return false;
}
