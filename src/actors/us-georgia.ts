/**
 * "Georgia Governor Brian Kemp", "the state of Georgia", "Atlanta, Georgia": the name Georgia stands
 * for the US state, not the Caucasian republic, when the words around it name an office or place
 * only the state has. The republic has no governor, senators, counties or Atlanta; its own
 * politicians are "Georgian" and its regional governors are "of Georgia's … region".
 *
 * @example
 * namesUsGeorgia(tokens, 0, 1); // "Georgia Governor Brian Kemp signed …" → true
 */
import type { Token } from "../core/types.js";

// Offices and bodies of a US state and its party politics, read right after the name.
const STATE_OFFICES_AFTER = new Set([
  "governor",
  "gov.",
  "senator",
  "senators",
  "sen.",
  "congressman",
  "congresswoman",
  "republican",
  "republicans",
  "democrat",
  "democrats",
  "gop",
  "county",
  "counties",
  "sheriff",
  "legislature",
  "runoff",
  "runoffs",
]);
// "Georgia Secretary of State", "Georgia Attorney General", "Georgia state senator".
const STATE_PHRASES_AFTER: readonly (readonly string[])[] = [
  ["secretary", "of", "state"],
  ["attorney", "general"],
  ["lieutenant", "governor"],
  ["state", "senator"],
  ["state", "senate"],
  ["state", "house"],
  ["state", "legislature"],
  ["district", "attorney"],
];
// "governor of Georgia", "senator from Georgia" ("the state of Georgia" is read apart: a head of
// state of Georgia is the republic's).
const STATE_OFFICES_BEFORE = new Set(["governor", "senator", "senators", "congressman", "congresswoman"]);
// Cities of the state only, which place a report in the United States wherever they stand in the sentence.
const STATE_CITIES = new Set(["atlanta", "savannah", "macon", "marietta"]);

/**
 * True when "Georgia" at tokens start to end is the US state by the words around it in its sentence.
 * @example namesUsGeorgia(tokens, 4, 5) // "… the governor of Georgia signed …" → true
 */
export function namesUsGeorgia(tokens: readonly Token[], start: number, end: number): boolean {
  if (end - start !== 1 || tokens[start]?.text !== "Georgia") return false;
  let after = end;
  if (tokens[after]?.lower === "'s") after++;
  const next = tokens[after]?.lower ?? "";
  if (STATE_OFFICES_AFTER.has(next)) return true;
  if (STATE_PHRASES_AFTER.some((phrase) => phrase.every((w, k) => tokens[after + k]?.lower === w)))
    return true;
  // "Senator Raphael Warnock of Georgia"; but "the governor of Georgia's Imereti region" is the republic's.
  const before = tokens[start - 1]?.lower;
  if ((before === "of" || before === "from") && tokens[end]?.lower !== "'s") {
    if (tokens[start - 2]?.lower === "state" && tokens[start - 3]?.lower !== "of") return true;
    for (let j = start - 2; j >= Math.max(0, start - 5); j--)
      if (STATE_OFFICES_BEFORE.has(tokens[j]!.lower)) return true;
  }
  return tokens.some((t) => STATE_CITIES.has(t.lower) && /^\p{Lu}/u.test(t.text));
}
