/**
 * How two rule matches rank when both read the same words: the shorter of one rule's readings
 * before a gerund or a verb, and a code of its own over force's catch-all.
 *
 * @example
 * matches.sort((a, b) => shorterReading(tokens, a, b) || generic(a.value.rule.cameo) - generic(b.value.rule.cameo));
 */
import type { Sentence } from "../core/types.js";
import type { TokenMatch } from "../nlp/token-matcher.js";
import type { RulePattern } from "./event-rule-index.js";

/**
 * 1 for a catch-all code of force ("190"), 0 for a code of its own ("194"). Only force: weapons
 * name their code, where "agreed to build" is no more economic (0311) than it is general (030).
 * @example generic("190") // 1
 */
export const generic = (cameo: string) => (/^(?:18|19|20)0$/.test(cameo) ? 1 : 0);

/**
 * Negative when `a` is the shorter of two readings of one rule at one trigger, ending on its object
 * noun where the longer runs on to a verb ("disperse demonstrators" / "disperse demonstrators
 * protesting"); positive for the reverse; zero otherwise.
 * @example shorterReading(tokens, a, b) // "disperse demonstrators" against "… demonstrators protesting" → -1
 */
export function shorterReading(
  tokens: Sentence["tokens"],
  a: TokenMatch<RulePattern>,
  b: TokenMatch<RulePattern>,
): number {
  if (a.start !== b.start || a.value.rule !== b.value.rule || a.end === b.end) return 0;
  // "blamed Pakistan for the attack on tourists": the reading that names its target ("blame @target
  // for") beats a gap that runs on to a later preposition ("blame * on").
  if ((a.slots.target === undefined) !== (b.slots.target === undefined)) return a.slots.target ? -1 : 1;
  const [short, long] = a.end < b.end ? [a, b] : [b, a];
  // "accused Moscow of deporting thousands of children": the first "of" opens the charge, a gerund;
  // the gap runs no further to a later "of".
  const after = tokens[short.end];
  if (
    tokens[short.end - 1]?.lower === tokens[long.end - 1]?.lower &&
    after?.pos === "VERB" &&
    after.lower.endsWith("ing")
  )
    return short === a ? -1 : 1;
  if (tokens[short.end - 1]?.pos !== "NOUN" || tokens[long.end - 1]?.pos !== "VERB") return 0;
  return short === a ? -1 : 1;
}
