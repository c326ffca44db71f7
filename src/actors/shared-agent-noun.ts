/**
 * "The foreign ministers of Egypt and Jordan": a plural agent noun composed with one state serves the
 * states coordinated after it as well, each with the agent's sector.
 *
 * @example
 * shareAgentNoun(tokens, mentions); // "leaders of France and Germany" → Germany becomes DEUGOV
 */
import type { ActorMention, Token } from "../core/types.js";
import { possessiveMarker } from "../nlp/possessive-marker.js";

const LINKS = new Set(["of", "from"]);
const JOINS = new Set([",", "and"]);

/**
 * Gives the states listed after "the foreign ministers of Egypt" ("… and Jordan", "…, Jordan and
 * Qatar") the composed agent's sector, when nothing but commas, "and" and "the" stand between.
 * @example shareAgentNoun(tokens, mentions).map((m) => m.actor.code) // ["EGYGOV", "JORGOV"]
 */
export function shareAgentNoun(tokens: readonly Token[], mentions: readonly ActorMention[]): ActorMention[] {
  let out: ActorMention[] | null = null;
  for (let k = 0; k < mentions.length; k++) {
    const agent = mentions[k]!;
    const sector = agent.actor.sector;
    if (agent.kind !== "agent" || !sector || !agent.actor.country || agent.group) continue;
    if (!agent.entryIds.some((id) => id.startsWith("country:")) || !pluralBeforeLink(tokens, agent)) continue;
    let end = agent.span.end;
    for (let n = k + 1; n < mentions.length; n++) {
      const state = mentions[n]!;
      if (
        state.kind !== "country" ||
        state.actor.sector ||
        !state.actor.country ||
        !joined(tokens, end, state)
      )
        break;
      // "leaders of France and Germany's army": the second state owns something else.
      if (tokens[state.span.end]?.lower === "'s") break;
      out ??= [...mentions];
      const country = state.actor.country;
      // An agent now, not a country: a country mention with a GOV role reads as a capital.
      out[n] = { ...state, kind: "agent", actor: { ...state.actor, sector, code: `${country}${sector}` } };
      end = state.span.end;
    }
  }
  return shareModifier(tokens, out ?? [...mentions]);
}

/**
 * "Russian missiles and drones", "Israeli troops and tanks": a state's modifier serves the bare
 * agent nouns coordinated right after its own, each keeping its sector.
 */
function shareModifier(tokens: readonly Token[], mentions: ActorMention[]): ActorMention[] {
  for (let k = 1; k < mentions.length; k++) {
    const bare = mentions[k]!;
    const owned = mentions[k - 1]!;
    const sector = bare.actor.sector;
    if (bare.kind !== "agent" || bare.actor.country || !sector || bare.group || bare.coreferent) continue;
    if (owned.kind !== "agent" || !owned.actor.country || owned.group || owned.possessive) continue;
    if (!owned.entryIds.some((id) => id.startsWith("country:"))) continue;
    // Only "and", "or" and commas between, and the bare noun names no owner of its own after it.
    const between = tokens.slice(owned.span.end, bare.span.start);
    if (
      between.length === 0 ||
      !between.every((t) => t.lower === "and" || t.lower === "or" || t.lower === ",")
    )
      continue;
    if (LINKS.has(tokens[bare.span.end]?.lower ?? "") || possessiveMarker(tokens[bare.span.end])) continue;
    const country = owned.actor.country;
    mentions[k] = { ...bare, actor: { ...bare.actor, country, code: `${country}${sector}` } };
  }
  return mentions;
}

/** "ministers of Egypt", "officials from Egypt": a plural noun right before a link word inside the mention. */
function pluralBeforeLink(tokens: readonly Token[], m: ActorMention): boolean {
  for (let j = m.span.start + 1; j < m.span.end; j++) {
    if (!LINKS.has(tokens[j]!.lower)) continue;
    const noun = tokens[j - 1]!;
    // A capitalised "Officials" opening the sentence keeps its plural ending as its lemma.
    return (
      noun.lower.endsWith("s") &&
      !noun.lower.endsWith("ss") &&
      (noun.lemma !== noun.lower || noun.pos === "PROPN")
    );
  }
  return false;
}

/**
 * Only commas, "and" and "the" between token `end` and the mention, and at least one join.
 * @example joined(tokens, australia.span.end, philippines) // "Australia and the Philippines" → true
 */
export function joined(tokens: readonly Token[], end: number, state: ActorMention): boolean {
  let join = false;
  for (let j = end; j < state.span.start; j++) {
    const w = tokens[j]!.lower;
    if (JOINS.has(w)) join = true;
    else if (w !== "the") return false;
  }
  return join;
}
