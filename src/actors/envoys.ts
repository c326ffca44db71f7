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
  side: (m: ActorMention) => boolean = isEnvoy,
): boolean {
  for (const e of mentions) {
    if (!side(e) || e.actor.country !== null) continue;
    const from = Math.min(e.span.end, state.span.end);
    const to = Math.max(e.span.start, state.span.start);
    for (let j = from; j < to; j++) {
      const t = tokens[j]!;
      if (t.pos === "VERB" && tokens[j + 1]?.lower !== "by" && !OWN_ENVOY_VERBS.has(t.lemma)) return true;
    }
  }
  return false;
}

// Heads of state and government and their foreign ministers and ministries: they meet, call, host
// and summon other states.
const HEADS = new Set([
  "agent:president",
  "agent:prime-minister",
  "agent:premier",
  "agent:head-of-state",
  "agent:foreign-minister",
  "agent:foreign-ministry",
  "agent:secretary-of-state",
  "agent:chancellor",
  "agent:king",
  "agent:queen",
  "agent:emir",
]);
// What a leader says may be of his own state ("the prime minister said Israel would …").
const SPEECH = new Set(["say", "tell", "add", "announce", "state", "claim", "insist", "note"]);

/**
 * "The prime minister telephoned the Turkish president", "Foreign Minister Ali Khan met Iranian
 * officials": a state an unnamed leader meets, calls or acts on is another state; what he says of
 * one may be his own.
 * @example headsCounterpart(tokens, mentions, turkishPresident) // true
 */
export function headsCounterpart(
  tokens: readonly Token[],
  mentions: readonly ActorMention[],
  state: ActorMention,
): boolean {
  if (state.kind !== "country" && !STATE_SECTORS.has(state.actor.sector ?? "")) return false;
  for (const e of mentions) {
    if (e.actor.country !== null || e.kind !== "agent" || !e.entryIds.some((id) => HEADS.has(id))) continue;
    const from = Math.min(e.span.end, state.span.end);
    const to = Math.max(e.span.start, state.span.start);
    // One clause, with a verb of contact or action and none of speech, joins them; a boundary does
    // not ('… to the president to answer," Leavitt said').
    let linked = false;
    for (let j = from; j < to; j++) {
      const t = tokens[j]!;
      if (t.pos === "PUNCT" || SPEECH.has(t.lemma)) {
        linked = false;
        break;
      }
      if (t.pos === "VERB" && tokens[j + 1]?.lower !== "by") linked = true;
    }
    if (linked) return true;
  }
  return false;
}
const STATE_SECTORS = new Set(["GOV", "MIL", "LEG"]);
