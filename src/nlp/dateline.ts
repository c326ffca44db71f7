/**
 * The dateline that opens a wire story: "BAMAKO, Nov 26 (AFP) -", "KYIV, Ukraine (AP) —",
 * "WASHINGTON -". It says where the story was filed and by whom, so the agency and the city in
 * it take no part in the events the story tells.
 *
 * @example
 * datelineEnd(tokens); // "BAMAKO, Nov 26 (AFP) - Jihadists …" → 7 (the index of "Jihadists")
 */
import type { Token } from "../core/types.js";

const DASHES: ReadonlySet<string> = new Set(["-", "--", "—", "–"]);
// A dateline is short: the city, perhaps a country or state, a date and the agency.
const MAX_TOKENS = 14;
const CAPITALS = /^\p{Lu}[\p{Lu}.'-]+$/u;

/**
 * The index of the first token after a dateline at the start of `tokens`, or 0 when there is none.
 * @example datelineEnd(tokens) // "SEOUL (Reuters) - North Korea fired …" → 4
 */
export function datelineEnd(tokens: readonly Token[]): number {
  let opened = -1;
  for (let i = 0; i < tokens.length && i <= MAX_TOKENS; i++) {
    const t = tokens[i]!;
    if (t.text === "(") opened = i;
    // A dash set apart by spaces: "Secretary-General" holds a hyphen, not a dateline's dash.
    const spaced = i > 0 && t.start > tokens[i - 1]!.end && (tokens[i + 1]?.start ?? t.end + 1) > t.end;
    if (DASHES.has(t.text) && spaced) {
      // "(AFP)", "(Reuters)", "(AP)": an agency's name, each word capitalised.
      const agency =
        opened >= 0 &&
        tokens[i - 1]!.text === ")" &&
        tokens.slice(opened + 1, i - 1).every((w) => /^\p{Lu}/u.test(w.text)) &&
        i - 1 > opened + 1;
      return agency || CAPITALS.test(tokens[0]!.text) ? i + 1 : 0;
    }
    // A verb before any dash: the sentence began with no dateline.
    if (t.pos === "VERB" || t.pos === "AUX") return 0;
  }
  return 0;
}
