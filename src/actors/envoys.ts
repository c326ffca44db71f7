/**
 * Envoys, ambassadors, negotiators and diplomats: agents who serve abroad, whose place says nothing
 * of whose they are, and who deal with the states a verb links them to.
 *
 * @example
 * counterpart(tokens, mentions, iran); // "Iran summoned the ambassador" → true
 */
import type { ActorMention, Token } from "../core/types.js";

/**
 * Agents who serve abroad and deal with other states: envoys, ambassadors, negotiators, diplomats,
 * delegations, consuls. Where they are is not whose they are.
 * @example SENT_AGENTS.has("agent:diplomat") // true
 */
export const SENT_AGENTS: ReadonlySet<string> = new Set([
  "agent:envoy",
  "agent:ambassador",
  "agent:negotiator",
  "agent:diplomat",
  "agent:delegation",
  "agent:consul",
]);
/** "the special envoy", "the ambassador": agents who serve abroad. @example isEnvoy(mention) */
export const isEnvoy = (m: ActorMention) => m.entryIds.some((id) => SENT_AGENTS.has(id));

// "sending a delegation", "recalled the ambassador": a state sends, names and recalls its own envoys.
const OWN_ENVOY_VERBS = new Set([
  "send",
  "dispatch",
  "appoint",
  "name",
  "nominate",
  "recall",
  "withdraw",
  "lead",
  "head",
  "instruct",
  "accompany",
]);

/**
 * "Iran summoned the ambassador", "diplomats met Iranian officials": a state that a verb links to an
 * unnamed envoy is the one he deals with, not his own ("the US side, led by special representative
 * …" is his own: a passive "by" joins them; so does a verb of sending or recalling).
 * @example counterpart(tokens, mentions, iran) // "Iran summoned the ambassador" → true
 */
export function counterpart(
  tokens: readonly Token[],
  mentions: readonly ActorMention[],
  state: ActorMention,
): boolean {
  for (const e of mentions) {
    if (!isEnvoy(e) || e.actor.country !== null) continue;
    const from = Math.min(e.span.end, state.span.end);
    const to = Math.max(e.span.start, state.span.start);
    for (let j = from; j < to; j++) {
      const t = tokens[j]!;
      if (t.pos === "VERB" && tokens[j + 1]?.lower !== "by" && !OWN_ENVOY_VERBS.has(t.lemma)) return true;
    }
  }
  return false;
}
