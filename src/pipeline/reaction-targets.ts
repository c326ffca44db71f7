/**
 * Reactions to an act told before them: "Russia struck Kyiv overnight. Ukraine condemned the
 * strikes." Criticism, rejection, protest or praise of a definite act noun ("the strikes", "the
 * launch", "the measures") with no party of its own is aimed at whoever did that act.
 *
 * @example
 * applyReactionTargets(candidates, document.sentences)[1]?.targets[0]?.text; // "Russia"
 */
import { anaphoricObjectEnd } from "../attribution/status-objects.js";
import type { ActorMention, Sentence, Token } from "../core/types.js";
import type { EventMentionCandidate } from "../events/event-mention-candidate.js";

// Reactions that judge an act: concern (012), praise and defence (051, 052), disapproval (11),
// rejection (12), protest (14).
const REACTION_CODES = /^(?:012|05[12]|1[124])/;
// "expressed serious concern over the drills": what a concern is voiced about follows one of these.
const CONCERNED_WITH: ReadonlySet<string> = new Set(["over", "about", "at", "regarding"]);
// Letters an act noun shares with its event's trigger: "the strikes" → "struck" (lemma "strike").
const STEM = 4;
// How many sentences back a reaction may reach: an act named alike is found further back than one
// named only by its kind ("the launch" after "fired two missiles"), or by a word that fits any act.
const REACH = { named: 8, kind: 3, any: 1 } as const;

// biome-ignore format: word lists
const ACT_KINDS: ReadonlyMap<string, RegExp> = new Map([
  // Force: attacks, shows of force and seizures.
  ...["attack", "strike", "airstrike", "raid", "bombing", "shelling", "offensive", "assault", "incursion",
    "launch", "test", "killing", "shooting", "operation", "drill", "exercise", "seizure", "arrest",
    "detention", "blockade"].map((w) => [w, /^(?:1[5-9]|20)/] as const),
  // Penalties and cuts in relations.
  ...["sanction", "tariff", "embargo", "ban", "restriction", "penalty", "expulsion", "suspension", "closure"]
    .map((w) => [w, /^(?:16|17)/] as const),
  // Visits and meetings.
  ...["visit", "trip", "meeting", "summit", "talks"].map((w) => [w, /^04/] as const),
  // Agreements: "Israel criticised the deal" judges the parties that made it.
  ...["agreement", "deal", "accord", "pact", "treaty"].map((w) => [w, /^(?:03|057|06|08)/] as const),
  // Proposals and demands.
  ...["proposal", "offer", "idea", "plan", "demand", "ultimatum", "request", "invitation"].map(
    (w) => [w, /^(?:03|10)/] as const,
  ),
]);
// Nouns that stand for any act: "the move", "the decision", "the measures".
const ANY_ACT: ReadonlySet<string> = new Set(["move", "decision", "step", "measure", "action", "act"]);
// Acts, not words: what "the move" can stand for.
const ACT_CODES = /^(?:0[3-9]|1[5-9]|20)/;

/** The state an actor belongs to, or the actor itself when it has none. @example partyOf(hezbollah) // "LBN" */
export const partyOf = (m: ActorMention): string => m.actor.country ?? m.actor.code;

/**
 * Gives each targetless reaction to a definite act noun the doer of the latest act before it that
 * the noun names. @example applyReactionTargets(candidates, sentences)
 */
export function applyReactionTargets(
  candidates: readonly EventMentionCandidate[],
  sentences: readonly Sentence[],
): EventMentionCandidate[] {
  return candidates.map((c, index) => {
    if (c.targets.length > 0 || c.sources.length === 0 || !REACTION_CODES.test(c.code.code)) return c;
    const tokens = sentences[c.sentence]?.tokens ?? [];
    const head = judgedAct(tokens, c);
    if (!head) return c;
    const stem = head.slice(0, STEM);
    const kind = ACT_KINDS.get(head);
    const judge = new Set(c.sources.map(partyOf));
    for (let k = index - 1; k >= 0; k--) {
      const act = candidates[k]!;
      const back = c.sentence - act.sentence;
      if (back > REACH.named) break;
      if (act.sources.length === 0 || (back === 0 && act.trigger > c.trigger)) continue;
      // One's own act is defended, not condemned; and a reaction judges a deed, not another reaction.
      if (act.sources.some((m) => judge.has(partyOf(m)))) continue;
      if (REACTION_CODES.test(act.code.code) && !kind) continue;
      const trigger = sentences[act.sentence]?.tokens[act.trigger];
      const named = stem.length === STEM && (trigger?.lemma ?? "").startsWith(stem);
      const ofKind = back <= REACH.kind && kind?.test(act.code.code) === true;
      const anyAct = back <= REACH.any && ANY_ACT.has(head) && ACT_CODES.test(act.code.code);
      if (named || ofKind || anyAct) return { ...c, targets: act.sources };
    }
    return c;
  });
}

/** The lemma of the definite act noun right after a reaction verb ("condemned the raid"), or null. */
function judgedAct(tokens: readonly Token[], c: EventMentionCandidate): string | null {
  const verb = tokens[c.trigger];
  if (verb?.pos !== "VERB") return null;
  // "…, a trip that drew criticism from Kyiv": what draws criticism is the act the apposition names.
  const drawn = verb.lemma === "draw" && RELATIVES.has(tokens[c.trigger - 1]?.lower ?? "");
  // "expressed concern over the drills": the act follows the concern's preposition.
  const over =
    c.code.code === "012"
      ? tokens.findIndex((t, j) => j > c.trigger && j < c.matchEnd + 1 && CONCERNED_WITH.has(t.lower))
      : -1;
  if (c.code.code === "012" && over < 0) return null;
  const end = drawn ? c.trigger - 1 : anaphoricObjectEnd(tokens, over >= 0 ? over + 1 : c.trigger + 1);
  if (end < 0) return null;
  const head = tokens[end - 1]!;
  return ANY_ACT.has(head.lemma) || ACT_KINDS.has(head.lemma) ? head.lemma : null;
}

const RELATIVES: ReadonlySet<string> = new Set(["that", "which"]);
