/**
 * Threats of retaliation: "vowed to retaliate", "promised revenge", "threatened to hit back". A
 * reprisal answers someone else's act, so it is never aimed at the threatener's own state.
 *
 * @example
 * vowsRetaliation(tokens, 1); // "Hezbollah vowed to retaliate." → true
 */
import type { Token } from "../core/types.js";

// biome-ignore format: word list
const RETALIATION_WORDS: ReadonlySet<string> = new Set([
  "retaliate", "retaliation", "retaliatory", "avenge", "revenge", "vengeance", "reprisal",
  "respond", "response", "punish", "punishment",
]);
// "hit back", "strike back", "fight back".
const BACK_VERBS: ReadonlySet<string> = new Set(["hit", "strike", "fight"]);
// A reprisal word this far after the threat verb still belongs to it ("vowed a swift and harsh response").
const REACH = 6;
const CLAUSE_BREAKS: ReadonlySet<string> = new Set([",", ";", ":", ".", "but", "while", "after", "as"]);

/**
 * True when the threat at `trigger` is one of retaliation: the verb or a reprisal word a few words
 * after it, within its clause. @example vowsRetaliation(tokens, trigger) // "warned of a harsh response" → true
 */
export function vowsRetaliation(tokens: readonly Token[], trigger: number): boolean {
  for (let j = trigger; j < tokens.length && j - trigger <= REACH; j++) {
    const token = tokens[j]!;
    if (j > trigger && CLAUSE_BREAKS.has(token.lower)) return false;
    if (RETALIATION_WORDS.has(token.lemma)) return true;
    if (token.lower === "back" && BACK_VERBS.has(tokens[j - 1]?.lemma ?? "")) return true;
  }
  return false;
}
