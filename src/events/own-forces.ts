/**
 * The forces and envoys a state moves are its instrument, not its target: "India sent troops to
 * the border" aims nothing at Indian troops, nor does "the withdrawal of Russian troops" at Russia's.
 *
 * @example
 * withoutOwnForces(tokens, targets, sources, trigger, match.end);
 */
import type { ActorMention, Sentence } from "../core/types.js";
import { FORCE_SECTORS } from "../core/state-sectors.js";

/** Verbs that move a state's own people: "sent a special envoy", "withdrew its diplomats". @example SENDING.has("deploy") */
export const SENDING: ReadonlySet<string> = new Set([
  "send",
  "dispatch",
  "deploy",
  "withdraw",
  "recall",
  "pull",
]);

/** Tags of the words that may open a noun phrase before its head: "the", "3,000", "immediate", "its". @example NOUN_PHRASE_OPENERS.has("DET") */
export const NOUN_PHRASE_OPENERS: ReadonlySet<string> = new Set(["DET", "NUM", "ADJ", "PRON"]);

/** Force posture (15) and military retreat (087x): codes whose pattern names the forces moved. @example movesForces("154") // true */
export const movesForces = (cameo: string): boolean => cameo.startsWith("15") || cameo.startsWith("087");

/**
 * "India sent troops to the border", "Russia withdrew its forces", "Seoul sent a special envoy": the
 * forces or envoys a state moves, named inside the pattern, are its instrument, not its target ("troops from Kherson", placed in
 * another state, still tell where the act fell).
 * @example withoutOwnForces(tokens, targets, sources, trigger, match.end) // "India sent troops to the border" → []
 */
export function withoutOwnForces(
  sentenceTokens: Sentence["tokens"],
  targets: readonly ActorMention[],
  sources: readonly ActorMention[],
  trigger: number,
  end: number,
): ActorMention[] {
  // "announced the withdrawal of Russian troops": the forces the act's noun names after "of".
  // The pattern may end on its "of" or stop before it.
  let reach =
    sentenceTokens[end - 1]?.lower === "of" ? end : sentenceTokens[end]?.lower === "of" ? end + 1 : -1;
  while (reach > 0 && reach < sentenceTokens.length && NOUN_PHRASE_OPENERS.has(sentenceTokens[reach]!.pos))
    reach++;
  const kept: ActorMention[] = [];
  for (const t of targets) {
    const own =
      t.span.start > trigger &&
      (t.span.start < end || t.span.start === reach) &&
      t.actor.sector !== null &&
      FORCE_SECTORS.has(t.actor.sector) &&
      (t.actor.country === null || sources.some((s) => s.actor.country === t.actor.country));
    if (!own) kept.push(t);
  }
  return kept;
}
