/**
 * The reporter's clause of a sentence, found from its words alone (the actors stage runs before
 * attribution): ", relief officials in Nairobi said." at the end, "According to diplomats in
 * Islamabad," or "Diplomats in Islamabad said" at the start. Where the reporter is tells nothing of where the reported event was.
 *
 * @example
 * reporterClause(tokens); // "Rebels attacked the town, relief officials in Nairobi said." → [4, 10]
 */
import type { Token } from "../core/types.js";

// Lemmas of the verbs that close a sentence with its source: "…, officials said", "…, the agency reported".
const REPORTING = new Set(["say", "tell", "report", "add", "announce", "claim", "state", "confirm", "write"]);
// Verbs that only say where the reporter is: "officials based in Nairobi said", "a diplomat stationed in Kabul".
const WHEREABOUTS = new Set(["base", "station", "speak"]);

/**
 * Token range [start, end) of the reporter's clause: the subject and verb of a sentence that opens by
 * reporting, a last comma-separated piece whose verb is a reporting verb with nothing reported after
 * it, or an "according to" phrase; null when there is none.
 * @example reporterClause(tokens) // [4, 10] for "…, relief officials in Nairobi said."
 */
export function reporterClause(tokens: readonly Token[]): readonly [number, number] | null {
  const n = tokens.length;
  // "According to aid workers in Nairobi, rebels attacked the town."
  if (tokens[0]?.lower === "according" && tokens[1]?.lower === "to") {
    for (let j = 2; j < n; j++) if (tokens[j]!.lower === ",") return [0, j];
    return null;
  }
  // "Relief officials in Nairobi said rebels had shelled the town": the sentence's first verb
  // reports, and its subject is the reporter.
  const opening = openingReporter(tokens);
  if (opening > 0) return [0, opening];
  let comma = -1;
  for (let j = n - 1; j > 0; j--) {
    if (tokens[j]!.lower === ",") {
      comma = j;
      break;
    }
  }
  if (comma < 0) return null;
  // "…, according to diplomatic sources in Islamabad."
  if (tokens[comma + 1]?.lower === "according" && tokens[comma + 2]?.lower === "to") return [comma, n];
  // "…, relief officials in Nairobi said.", "…, said a spokesman in Kabul": the one verb of the
  // piece reports, and nothing it reports follows ("…, officials said that …" is no closing clause).
  let verb = -1;
  for (let j = comma + 1; j < n; j++) {
    const t = tokens[j]!;
    if (t.lower === "that") return null;
    if (t.pos !== "VERB" && t.pos !== "AUX") continue;
    if (verb < 0 && WHEREABOUTS.has(t.lemma)) continue;
    // "…, the ministry said in a statement carried by state media": a participle after a noun.
    if (verb >= 0 && t.lower.endsWith("ed") && tokens[j - 1]!.pos === "NOUN") continue;
    if (verb >= 0 || !REPORTING.has(t.lemma)) return null;
    verb = j;
  }
  return verb >= 0 ? [comma, n] : null;
}

/** The end of "X (in Y) said" opening a sentence with more after it, or -1. */
function openingReporter(tokens: readonly Token[]): number {
  for (let j = 1; j < tokens.length - 2; j++) {
    const t = tokens[j]!;
    if (t.lower === ",") return -1;
    if (t.pos !== "VERB" && t.pos !== "AUX") continue;
    if (WHEREABOUTS.has(t.lemma)) continue;
    return REPORTING.has(t.lemma) ? j + 1 : -1;
  }
  return -1;
}
