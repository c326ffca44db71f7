/**
 * Whether a word before the trigger sits in an earlier clause the sentence has turned from: "he was
 * ready to meet Putin in Turkey, but the Kremlin dismissed the idea" — Turkey is where the
 * meeting would be, not where the Kremlin dismissed anything.
 *
 * @example
 * inEarlierClause(tokens, 7, 12); // true when ", but" stands between tokens 7 and 12
 */
import type { Token } from "../core/types.js";

// Words that, after a comma, turn to a clause of contrast with its own subject and verb.
const CONTRASTS: ReadonlySet<string> = new Set(["but", "while", "whereas", "although", "though", "yet"]);

/**
 * True when a semicolon, or a comma and a word of contrast, stand between `at` and a later `trigger`.
 * @example inEarlierClause(tokens, place, trigger) // "… in Turkey, but the Kremlin dismissed" → true
 */
export function inEarlierClause(tokens: readonly Token[], at: number, trigger: number): boolean {
  for (let j = at + 1; j < trigger; j++) {
    const t = tokens[j]!;
    if (t.lower === ";") return true;
    if (t.lower === "," && CONTRASTS.has(tokens[j + 1]?.lower ?? "")) return true;
  }
  return false;
}
