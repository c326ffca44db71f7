/**
 * Reprisals threatened against an act told before them: "Israel killed a Hezbollah commander in
 * Beirut. Hezbollah vowed to retaliate." A threat of retaliation with no party of its own is aimed
 * at whoever last used force against the threatener.
 *
 * @example
 * applyRetaliationTargets(candidates, document.sentences)[1]?.targets[0]?.actor.code; // "ISRMIL"
 */
import type { ActorMention, Sentence } from "../core/types.js";
import type { EventMentionCandidate } from "../events/event-mention-candidate.js";
import { IMPLIED_LOCATION_SOURCE } from "../events/implied-parties.js";
import { vowsRetaliation } from "../events/retaliation.js";
import { partyOf } from "./reaction-targets.js";

const THREAT = /^13/;
// Force and coercion a reprisal may answer: shows of force, blockades, seizures, assaults, fighting.
const FORCE = /^(?:1[5-9]|20)/;
// How many sentences back the act answered may be told.
const REACH = 5;

/**
 * Gives each targetless threat of retaliation the doer of the latest act of force against its
 * threatener. @example applyRetaliationTargets(candidates, sentences)
 */
export function applyRetaliationTargets(
  candidates: readonly EventMentionCandidate[],
  sentences: readonly Sentence[],
): EventMentionCandidate[] {
  return candidates.map((c, index) => {
    if (c.targets.length > 0 || c.sources.length === 0 || !THREAT.test(c.code.code)) return c;
    if (!vowsRetaliation(sentences[c.sentence]?.tokens ?? [], c.trigger)) return c;
    const threatener = new Set(c.sources.map(partyOf));
    const answered = (act: EventMentionCandidate): readonly ActorMention[] | null => {
      if (!FORCE.test(act.code.code) || act.negated || act.modality !== "actual") return null;
      const doers = act.sources.filter((m) => !m.entryIds.includes(IMPLIED_LOCATION_SOURCE));
      if (doers.length === 0 || doers.some((m) => threatener.has(partyOf(m)))) return null;
      return act.targets.some((m) => threatener.has(partyOf(m))) ? doers : null;
    };
    // "Hezbollah vowed to retaliate after Israel killed its commander": the act may follow in the sentence.
    for (let k = index + 1; k < candidates.length && candidates[k]!.sentence === c.sentence; k++) {
      const doers = answered(candidates[k]!);
      if (doers) return { ...c, targets: doers };
    }
    for (let k = index - 1; k >= 0 && c.sentence - candidates[k]!.sentence <= REACH; k--) {
      const doers = answered(candidates[k]!);
      if (doers) return { ...c, targets: doers };
    }
    return c;
  });
}
