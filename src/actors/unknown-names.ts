/**
 * Names the knowledge base does not know: where one runs after a title ("President Michel
 * Suleiman") or a known short name ("Abdullah Ocalan" is not King Abdullah).
 *
 * @example
 * unknownNameEnd(tokens, 1, atomAt, 1); // "President Michel Suleiman said" → 3
 */
import type { Token } from "../core/types.js";
import type { Atom } from "./actor-atoms.js";
import { isCapitalised } from "./actor-atoms.js";
import { CALENDAR_WORDS } from "./word-cues.js";

/** True when a capitalised name word stands at `j`. @example namePartAt(tokens, 3) // "Ocalan" → true */
export function namePartAt(tokens: readonly Token[], j: number): boolean {
  const token = tokens[j];
  return (
    token !== undefined && token.pos === "PROPN" && isCapitalised(token) && !CALENDAR_WORDS.has(token.lower)
  );
}

/**
 * Where the unknown name after a title ends: capitalised name words, even one that is a known short
 * name, with the parts of hyphenated names ("Kim Young-sam") that the tagger splits and mistags.
 * @example unknownNameEnd(tokens, 1, atomAt, 1) // "President Kim Young-sam said" → 5
 */
export function unknownNameEnd(
  tokens: readonly Token[],
  from: number,
  atomAt: ReadonlyMap<number, Atom>,
  known: number,
): number {
  let j = known;
  for (;;) {
    // "Senator Lindsey Graham": a known short name inside an unknown name is part of it.
    const atom = atomAt.get(j);
    const free = atom === undefined || (j > from && atom.entry.kind === "short-name" && atom.end === j + 1);
    if (namePartAt(tokens, j) && free) j++;
    else if (j > from && hyphenJoinsWord(tokens, j)) j += 2;
    else return j;
  }
}

/** True when a hyphen at `j` is written tight between a word and a following word ("Young-sam"). */
function hyphenJoinsWord(tokens: readonly Token[], j: number): boolean {
  const before = tokens[j - 1];
  const hyphen = tokens[j];
  const after = tokens[j + 1];
  if (!before || !hyphen || !after || hyphen.text !== "-") return false;
  return before.end === hyphen.start && hyphen.end === after.start && /^\p{L}/u.test(after.text);
}
