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

// "which has long opposed the embargo", "who have repeatedly accused Kyiv": a stance held over years.
const STANDING: ReadonlySet<string> = new Set(["long", "repeatedly", "consistently", "always", "previously"]);
const PERFECT: ReadonlySet<string> = new Set(["has", "have", "had"]);

/**
 * True when the verb at `trigger` is in the simple present right after a relative pronoun, or in
 * a perfect that an adverb of standing marks ("which has long opposed"). @example habitualRelative(tokens, i)
 */
export function habitualRelative(tokens: readonly Token[], trigger: number): boolean {
  const verb = tokens[trigger];
  if (verb?.pos !== "VERB") return false;
  if (
    STANDING.has(tokens[trigger - 1]?.lower ?? "") &&
    PERFECT.has(tokens[trigger - 2]?.lower ?? "") &&
    RELATIVE_PRONOUNS.has(tokens[trigger - 3]?.lower ?? "")
  )
    return true;
  if (!simplePresent(verb)) return false;
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
