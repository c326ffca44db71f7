/**
 * Where force comes from: "Hamas fired rockets from Gaza" names the launch site after "from", which
 * is neither the attacker (Hamas is) nor what the rockets were aimed at.
 *
 * @example
 * afterFrom(tokens, mention.span.start); // "rockets from Gaza" → true at "Gaza"
 */
import type { Sentence } from "../core/types.js";
import type { TokenMatch } from "../nlp/token-matcher.js";
import { HARM_ROOTS } from "./clause-roles.js";
import type { RulePattern } from "./event-rule-index.js";

/**
 * True when the source slot of an act of force is where it came from, after "from" ("fired rockets
 * from Gaza"); a letter or aid "from" someone names its sender.
 * @example originSlot(tokens, match) // "fired rockets from Gaza" → true
 */
export function originSlot(tokens: Sentence["tokens"], match: TokenMatch<RulePattern>): boolean {
  const at = match.slots.source?.[0];
  if (at === undefined || !HARM_ROOTS.has(match.value.rule.cameo.slice(0, 2))) return false;
  // "came under fire from Houthi rebels": after a verb of receiving, "from" names the attacker.
  // "Israel intercepted a missile fired from Lebanon": a participle right after what was fired
  // describes it, and the clause's subject fired nothing; where it came from fired it.
  const trigger = tokens[match.start]!;
  const describes = /ed$/.test(trigger.lower) && tokens[match.start - 1]?.pos === "NOUN";
  return FIRING.has(trigger.lemma) && afterFrom(tokens, at) && !describes;
}

// Verbs whose subject fires: what follows "from" is where it fired from.
const FIRING: ReadonlySet<string> = new Set(["fire", "launch", "shoot", "lob"]);

/**
 * True when "from" (or "from the") stands right before `start`: an origin ("fired from Gaza").
 * @example afterFrom(tokens, mention.span.start) // "rockets from Gaza" → true
 */
export function afterFrom(tokens: Sentence["tokens"], start: number): boolean {
  const before = tokens[start - 1]?.lower === "the" ? tokens[start - 2] : tokens[start - 1];
  return before?.lower === "from";
}
