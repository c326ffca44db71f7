/**
 * Gatherings named as the place of another meeting: in "Modi and Xi met at the BRICS summit" or
 * "held talks on the sidelines of the G20 summit", the summit is where the two met, not an event
 * of its own.
 *
 * @example
 * venueOfMeeting(tokens, chosen, summitMatch); // "met at the BRICS summit" → true
 */
import type { Sentence } from "../core/types.js";
import type { TokenMatch } from "../nlp/token-matcher.js";
import type { RulePattern } from "./event-rule-index.js";

const MEETING_ROOT = "04";
const EDGES: ReadonlySet<string> = new Set([
  "sideline",
  "sidelines",
  "margin",
  "margins",
  "fringe",
  "fringes",
]);
// What may stand between the venue's preposition and the gathering's noun: "the annual BRICS".
const NAME_POS: ReadonlySet<string> = new Set(["DET", "ADJ", "PROPN", "NOUN", "NUM", "PART"]);
const REACH = 6;

/**
 * True when `match` is a gathering's noun after "at" or "on the sidelines of" and an earlier
 * meeting in the sentence took place there. @example venueOfMeeting(tokens, chosen, m)
 */
export function venueOfMeeting(
  tokens: Sentence["tokens"],
  chosen: readonly TokenMatch<RulePattern>[],
  match: TokenMatch<RulePattern>,
): boolean {
  const rule = match.value.rule;
  if (rule.head !== "noun" || !rule.cameo.startsWith(MEETING_ROOT)) return false;
  if (
    !chosen.some((c) => c !== match && c.start < match.start && c.value.rule.cameo.startsWith(MEETING_ROOT))
  )
    return false;
  for (let j = match.start - 1; j >= 0 && match.start - j <= REACH; j--) {
    const t = tokens[j]!;
    if (t.lower === "at") return true;
    if (t.lower === "of") return EDGES.has(tokens[j - 1]?.lower ?? "");
    if (!NAME_POS.has(t.pos)) return false;
  }
  return false;
}
