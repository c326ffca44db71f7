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

// What aims fire after where it came from: "fired missiles from Gaza at Israel".
const AIMS: ReadonlySet<string> = new Set(["at", "into", "toward", "towards", "against", "on"]);

/**
 * The show of force another rule reads in an act of force that names only where fire came from
 * ("launched missiles from the Pyongyang area", "the missiles were launched from …"), aimed at no
 * one: a launch with no target is the test the other rule names, as "North Korea fired two
 * missiles" is. Null when the act is aimed or no such reading exists. `readings(words, j)` gives
 * the rule matches that start at words[j]; a passive is read as its active, the verb before what
 * was launched.
 * @example aimlessOrigin(tokens, match, readings)?.value.rule.id // "launched missiles from the Pyongyang area" → "weapons-test"
 */
export function aimlessOrigin(
  tokens: Sentence["tokens"],
  match: TokenMatch<RulePattern>,
  readings: (words: Sentence["tokens"], j: number) => readonly TokenMatch<RulePattern>[],
): TokenMatch<RulePattern> | null {
  const at = match.slots.source;
  if (at === undefined || !originSlot(tokens, match) || AIMS.has(tokens[at[1]]?.lower ?? "")) return null;
  const trigger = match.start;
  const launched = passiveSubject(tokens, trigger);
  const [words, from, end] =
    launched === null ? [tokens, trigger, trigger + 1] : [[tokens[trigger]!, ...launched], 0, 1];
  return (
    readings(words, from).find(
      (m) => m !== match && m.end > end && m.value.rule.cameo.startsWith(SHOW_OF_FORCE),
    ) ?? null
  );
}

/**
 * True when the trigger is a passive participle after "be": "the missiles were launched".
 * @example passiveLaunch(tokens, 3) // "the missiles were launched" → true
 */
export const passiveLaunch = (tokens: Sentence["tokens"], trigger: number): boolean =>
  passiveSubject(tokens, trigger) !== null;

const SHOW_OF_FORCE = "15";
const BE_FORMS: ReadonlySet<string> = new Set(["was", "were", "is", "are", "been", "being"]);
const SUBJECT_POS: ReadonlySet<string> = new Set(["NOUN", "PROPN", "ADJ", "NUM", "DET"]);

/** The noun phrase before a passive participle's "be" ("the missiles were launched"), or null. */
function passiveSubject(tokens: Sentence["tokens"], trigger: number): Sentence["tokens"] | null {
  let be = trigger - 1;
  while (be > 0 && tokens[be]!.pos === "ADV") be--;
  if (!BE_FORMS.has(tokens[be]?.lower ?? "")) return null;
  let start = be;
  while (start > 0 && SUBJECT_POS.has(tokens[start - 1]!.pos)) start--;
  return start < be ? tokens.slice(start, be) : null;
}
