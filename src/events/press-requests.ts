/**
 * A journalist's request is no act between actors: "did not respond to requests for comment",
 * "ignored a request for an interview" tell how a story was reported, not a demand or a refusal.
 *
 * @example
 * pressRequest(tokens, 5, 6); // "… respond to requests for comment" → true
 */
import type { Sentence, Token } from "../core/types.js";

// What reporters ask of those they write about.
const ASKED_BY_REPORTERS: ReadonlySet<string> = new Set([
  "comment",
  "comments",
  "interview",
  "clarification",
]);

/**
 * True when a request within the match, or its object right after it, asks for comment or an interview.
 * @example pressRequest(tokens, i, match.end) // "ignored requests for comment" → true
 */
export function pressRequest(tokens: Sentence["tokens"], start: number, end: number): boolean {
  // The object may follow a one-word match: "declined a request for an interview".
  for (let j = start; j <= end + 1 && j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.lemma !== "request" && t.lower !== "requests") continue;
    const next = tokens[j + 1]?.lower;
    // "requests for comment", "a request for an interview", "requests to comment".
    let k = j + 2;
    if (tokens[k]?.pos === "DET") k++;
    if ((next === "for" || next === "to") && ASKED_BY_REPORTERS.has(tokens[k]?.lower ?? "")) return true;
  }
  return false;
}

const NON_COMMITTAL = new Set(["comment", "confirm", "elaborate", "specify", "disclose", "say", "answer"]);

/**
 * True when "to comment" (or "to confirm", …) follows the match or stands inside it: "declined to
 * comment" is attribution, not a refusal. @example withheldComment(tokens, 1, 3) // "declined to comment" → true
 */
export function withheldComment(tokens: readonly Token[], start: number, end: number): boolean {
  for (let j = start + 1; j <= end; j++)
    if (tokens[j]?.lower === "to" && NON_COMMITTAL.has(tokens[j + 1]?.lemma ?? "")) return true;
  return false;
}
