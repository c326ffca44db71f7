/**
 * "The two Koreas", "both Sudans": one word in the plural standing for the two states that share
 * its name, whatever the sentences before have named.
 *
 * @example
 * pairedStates(tokens, 0); // "The two Koreas agreed …" → { end: 3, states: [PRK, KOR] }
 */
import type { ActorMention, ActorRef, Token } from "../core/types.js";
import { groupPhrase } from "./group-phrase.js";

const state = (country: string, name: string): ActorRef => ({
  code: country,
  country,
  sector: null,
  name,
  actorId: `country:${country}`,
});

// Pairs a plural name stands for: the divided Korea, Sudan and its southern successor, the two Congos.
const PAIRS: ReadonlyMap<string, readonly ActorRef[]> = new Map([
  ["koreas", [state("PRK", "North Korea"), state("KOR", "South Korea")]],
  ["sudans", [state("SDN", "Sudan"), state("SSD", "South Sudan")]],
  ["congos", [state("COG", "Republic of the Congo"), state("COD", "DR Congo")]],
]);

/**
 * The end of "the two Koreas", "both Koreas" or "two Koreas" starting at token `i` and the two states
 * it names, or null. @example pairedStates(tokens, i)?.states.map((s) => s.code) // ["PRK", "KOR"]
 */
export function pairedStates(
  tokens: readonly Token[],
  i: number,
): { readonly end: number; readonly states: readonly ActorRef[] } | null {
  const first = tokens[i]?.lower;
  let j = i;
  if (first === "the" && tokens[i + 1]?.lower === "two") j = i + 2;
  else if (first === "both" || first === "two") j = i + 1;
  else return null;
  const states = PAIRS.get(tokens[j]?.lower ?? "");
  return states ? { end: j + 1, states } : null;
}

// Words that put a pair after the agents that serve it: "officials from the two Koreas".
const AGENT_LINKS = new Set(["from", "of"]);

/**
 * The agent mention just before "from" or "of" at `start - 1`, when it names no state of its own
 * ("Officials from the two Koreas", "envoys of both sides"): the pair's members, each with its sector,
 * are whom it stands for. @example agentsOfPair(own, tokens, 2)?.text // "Officials"
 */
export function agentsOfPair(
  own: readonly ActorMention[],
  tokens: readonly Token[],
  start: number,
): ActorMention | null {
  if (!AGENT_LINKS.has(tokens[start - 1]?.lower ?? "")) return null;
  const agent = own.find((m) => m.span.end === start - 1 && m.kind === "agent");
  if (agent?.actor.country !== null || agent.group) return null;
  return agent.actor.sector ? agent : null;
}

/** The pair's states with the sector of the agents that serve them. @example withSector(states, "GOV")[0].code // "PRKGOV" */
export function withSector(states: readonly ActorRef[], sector: string): ActorRef[] {
  return states.map((s) => ({ ...s, sector, code: `${s.country ?? ""}${sector}` }));
}

/**
 * True when "from" or "of" and a pair or group phrase follow token `end`: the agents before it
 * serve the pair, not the state last named ("… met. Officials from both sides said").
 * @example servesPair(tokens, 1) // "Officials from both sides met" → true
 */
export function servesPair(tokens: readonly Token[], end: number): boolean {
  if (!AGENT_LINKS.has(tokens[end]?.lower ?? "")) return false;
  return pairedStates(tokens, end + 1) !== null || groupPhrase(tokens, end + 1) > end + 1;
}
