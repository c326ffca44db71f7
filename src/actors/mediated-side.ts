/**
 * "Norway is ready to facilitate negotiations between the government and the rebels": the sides a
 * third party mediates between are of another state than the mediator's, so the mediator named
 * in the sentence places neither of them.
 *
 * @example
 * mediatedSide(tokens, 9); // "… facilitate negotiations between the government and the rebels", at "government" → true
 */
import type { Token } from "../core/types.js";

const MEDIATING: ReadonlySet<string> = new Set(["mediate", "facilitate", "broker", "host", "sponsor"]);
const REACH = 8;

/**
 * True when the mention starting at `start` stands in a "between … and …" phrase that a verb of
 * mediation governs within a few words.
 * @example mediatedSide(tokens, start) // "mediate between the government and the rebels" → true for both sides
 */
export function mediatedSide(tokens: readonly Token[], start: number): boolean {
  for (let j = start - 1; j >= 0 && start - j <= REACH; j--) {
    const w = tokens[j]!;
    if (w.lower === "between") {
      for (let k = j - 1; k >= 0 && j - k <= 3; k--) if (MEDIATING.has(tokens[k]!.lemma)) return true;
      return false;
    }
    if (w.pos === "VERB" || w.lower === "," || w.lower === ";") return false;
  }
  return false;
}
