/**
 * Whether a word sits in another clause than the trigger's: an earlier one the sentence has turned
 * from ("he was ready to meet Putin in Turkey, but the Kremlin dismissed the idea": Turkey is where
 * the meeting would be, not where the Kremlin dismissed anything), a relative clause closed before
 * the trigger, or a later verb's.
 *
 * @example
 * inOtherClause(tokens, 7, 12); // true when ", but" stands between tokens 7 and 12
 */
import type { Token } from "../core/types.js";

// Words that, after a comma, turn to a clause of contrast with its own subject and verb.
const CONTRASTS: ReadonlySet<string> = new Set(["but", "while", "whereas", "although", "though", "yet"]);

/**
 * True when a semicolon, or a comma and a word of contrast, stand between `at` and a later `trigger`;
 * or, for a word after the trigger, when a verb joined by "and" or "but" comes first ("suspended
 * cooperation with the agency and later signed an agreement in Cairo": Cairo is the signing's).
 * @example inOtherClause(tokens, place, trigger) // "… in Turkey, but the Kremlin dismissed" → true
 */
export function inOtherClause(tokens: readonly Token[], at: number, trigger: number): boolean {
  if (at > trigger) return nextVerbBetween(tokens, trigger, at);
  for (let j = at + 1; j < trigger; j++) {
    const t = tokens[j]!;
    if (t.lower === ";") return true;
    if (t.lower === "," && CONTRASTS.has(tokens[j + 1]?.lower ?? "")) return true;
    // "… near the Afghan border, days after a suicide bombing in Islamabad": the border is the raids'.
    if (t.lower === "," && timeLinkAfter(tokens, j + 1, trigger)) return true;
  }
  return inClosedRelative(tokens, at, trigger);
}

const RELATIVES: ReadonlySet<string> = new Set(["who", "which", "whose", "where"]);

/** "Biden, who hosted Xi in California last year, will call him": a relative clause closed before the trigger. */
function inClosedRelative(tokens: readonly Token[], at: number, trigger: number): boolean {
  let open = -1;
  for (let j = at - 1; j >= 0 && at - j <= 12 && open < 0; j--) {
    if (tokens[j]!.lower !== ",") continue;
    if (!RELATIVES.has(tokens[j + 1]?.lower ?? "")) return false;
    open = j;
  }
  if (open < 0) return false;
  for (let j = at + 1; j < trigger; j++) if (tokens[j]!.lower === ",") return true;
  return false;
}

// Words that open a clause or phrase telling what came before or after the main act.
const TIME_LINKS: ReadonlySet<string> = new Set([
  "after",
  "before",
  "since",
  "following",
  "when",
  "as",
  "while",
]);

/** True when a time link stands within three words from `from` ("days after", "hours before", "after"), before `trigger`. */
function timeLinkAfter(tokens: readonly Token[], from: number, trigger: number): boolean {
  for (let k = from; k < trigger && k - from < 3; k++) if (TIME_LINKS.has(tokens[k]!.lower)) return true;
  return false;
}

const SUBORDINATORS: ReadonlySet<string> = new Set([
  "after",
  "before",
  "when",
  "while",
  "because",
  "since",
  "until",
  "although",
  "though",
  "whereas",
]);

const TIME_PHRASES: ReadonlySet<string> = new Set(["after", "before", "following", "since", "until"]);

/**
 * True when a phrase of time opens between the trigger and a later place: "suspended the treaty
 * after the attack in Kashmir". @example inTimePhrase(tokens, 1, 8) // → true
 */
export function inTimePhrase(tokens: readonly Token[], trigger: number, at: number): boolean {
  for (let j = trigger + 1; j < at; j++) if (TIME_PHRASES.has(tokens[j]!.lower)) return true;
  return false;
}

function nextVerbBetween(tokens: readonly Token[], trigger: number, at: number): boolean {
  for (let j = trigger + 1; j < at; j++) {
    const t = tokens[j]!;
    if (t.lower === ";") return true;
    // "Israel struck Gaza after Hamas fired rockets at Israel": a clause a subordinator opens.
    if (SUBORDINATORS.has(t.lower) && tokens.slice(j + 1, at).some((v) => v.pos === "VERB")) return true;
    if (t.lower !== "and" && t.lower !== "but") continue;
    let k = j + 1;
    while (tokens[k]?.pos === "ADV") k++;
    if (tokens[k]?.pos === "VERB") return true;
  }
  return false;
}
