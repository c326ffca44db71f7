/**
 * "sheltering militants who carry out attacks inside Pakistan", "Hezbollah, which fires rockets
 * at Israel": a relative clause in the simple present says what someone does as a rule, not an act
 * on the day. It describes the one it hangs on and is background, as a tally of acts is.
 *
 * @example
 * habitualRelative(tokens, 7); // "… militants who carry out attacks …", at "carry" → true
 */
import type { Token } from "../core/types.js";

const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(["who", "that", "which"]);

/** True when the verb at `trigger` is in the simple present right after a relative pronoun. @example habitualRelative(tokens, i) */
export function habitualRelative(tokens: readonly Token[], trigger: number): boolean {
  const verb = tokens[trigger];
  if (verb?.pos !== "VERB" || !simplePresent(verb)) return false;
  let j = trigger - 1;
  // "who regularly carry out", "which still fires".
  while (j >= 0 && tokens[j]!.pos === "ADV" && trigger - j <= 2) j--;
  return RELATIVE_PRONOUNS.has(tokens[j]?.lower ?? "");
}

/** "carry", "fires", "launches": the bare form or its third-person -s, never a past or participle. */
function simplePresent(verb: Token): boolean {
  const { lower, lemma } = verb;
  if (lower === lemma) return true;
  if (lower === `${lemma}s` || lower === `${lemma}es`) return true;
  return lemma.endsWith("y") && lower === `${lemma.slice(0, -1)}ies`;
}
