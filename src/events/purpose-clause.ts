/**
 * Whose act an infinitive is when the nearest actor is not its subject: the caller's in
 * "telephoned the Russian president to urge a ceasefire", the decider's in "condemned Moscow's
 * decision to expel British diplomats".
 *
 * @example
 * purposeHost(tokens, trigger); // "telephoned Putin to urge" → the index of "telephoned"
 */
import { EFFORTS } from "../attribution/governing-words.js";
import type { ActorMention, Token } from "../core/types.js";
import type { SentenceSyntax } from "./clause-syntax.js";

// Contact verbs whose object does not take over the infinitive after it. Verbs of asking or making
// ("urged Iran to", "invited him to", "sent envoys to negotiate") give the act to their object
// and are left out.
const CONTACT_VERBS = new Set([
  "telephone",
  "phone",
  "call",
  "ring",
  "meet",
  "visit",
  "summon",
  "host",
  "receive",
  "contact",
  // "will travel to Caracas to meet Maduro": the place travelled to does not meet anyone; the
  // meeting is the traveller's, and as certain as the journey.
  "travel",
  "fly",
  "head",
  "go",
  "come",
  "arrive",
  "return",
  "journey",
  // "rallied outside the British embassy to protest British policy": crowds' verbs take no object
  // that could act in their stead; what follows "to" is the crowd's aim.
  "rally",
  "march",
  "gather",
  "assemble",
  "converge",
  "demonstrate",
  "protest",
  "picket",
  "block",
  "barricade",
  "boycott",
  "burn",
]);

// Particles that turn a contact verb into an appeal: "called on Iran to", "called upon".
const APPEAL_PARTICLES = new Set(["on", "upon"]);

/**
 * The contact verb whose subject a purpose infinitive's act belongs to, if the trigger is one; a
 * host that is itself an infinitive ("offered to host a summit to …") only when `proposedHost`.
 * @example purposeHost(tokens, trigger) // "summoned the British ambassador to protest" → index of "summoned"
 */
export function purposeHost(tokens: readonly Token[], trigger: number, proposedHost = false): number | null {
  let to = trigger - 1;
  if (tokens[to]?.lower !== "to") return null;
  // "in order to protest": the purpose is spelled out.
  if (tokens[to - 1]?.lower === "order" && tokens[to - 2]?.lower === "in") to -= 2;
  // "blocking efforts to protect civilians": the infinitive is what the efforts are for, no purpose.
  const before = tokens[to - 1];
  if (before?.pos === "NOUN" && EFFORTS.has(before.lemma)) return null;
  for (let j = to - 1; j >= 0 && to - j <= 8; j--) {
    const t = tokens[j]!;
    if (t.lower === "," || t.lower === ";" || t.pos === "AUX") return null;
    if (t.pos !== "VERB") continue;
    if (!CONTACT_VERBS.has(t.lemma) && !CONTACT_VERBS.has(t.lower)) return null;
    // The verb must have an object between it and "to": "met to discuss" is already the subject's.
    if (j === to - 1 || APPEAL_PARTICLES.has(tokens[j + 1]?.lower ?? "")) return null;
    // "rejected a US offer to host a summit to hammer out …": an infinitive host is itself only
    // proposed, and its own clause decides.
    if (tokens[j - 1]?.lower === "to" && !proposedHost) return null;
    return j;
  }
  return null;
}

// Verbs that say what a meeting or a call is about: "met Hamas leaders to discuss a proposal".
const TOPIC_VERBS = new Set(["discuss", "review", "examine", "explore", "consider"]);

/**
 * True when the trigger is the topic of a meeting, call or trip it follows as a purpose
 * infinitive: "met Hamas leaders in Cairo to discuss a ceasefire proposal" is one meeting, about
 * the proposal, not a second act of weighing it.
 * @example meetingTopic(tokens, trigger) // "met Hamas leaders to discuss a proposal" → true at "discuss"
 */
export function meetingTopic(tokens: readonly Token[], trigger: number): boolean {
  // "ready to meet Putin in Turkey to discuss a peace plan": a meeting only offered has its topic too.
  return TOPIC_VERBS.has(tokens[trigger]?.lemma ?? "") && purposeHost(tokens, trigger, true) !== null;
}

// Nouns of deciding and proposing whose owner is the subject of the infinitive after them.
const DECISION_NOUNS = new Set([
  "decision",
  "plan",
  "plans",
  "offer",
  "pledge",
  "promise",
  "bid",
  "attempt",
  "move",
  "threat",
  "refusal",
  "readiness",
  "willingness",
  "intention",
  "determination",
  "vow",
]);

/**
 * The owner of a decision or plan whose infinitive the trigger is: "Moscow's decision to expel".
 * @example infinitiveOwner(syntax, trigger)[0]?.text // "condemned Moscow's decision to expel diplomats" → "Moscow"
 */
export function infinitiveOwner(syntax: SentenceSyntax, trigger: number): ActorMention[] {
  const tokens = syntax.tokens;
  if (tokens[trigger - 1]?.lower !== "to") return [];
  // "praised the decision by the United States to ease sanctions": the one named after "by".
  const by = decisionBy(syntax, trigger - 1);
  if (by) return syntax.withFollowingCoordinated(by);
  if (!DECISION_NOUNS.has(tokens[trigger - 2]?.lower ?? "")) return [];
  // "Trump had expressed his intention to halt …": a possessive pronoun is resolved for the clause's
  // subject often enough not to be trusted over it.
  const owner = syntax.findPossessor(trigger - 2);
  return owner.some((m) => m.coreferent) ? [] : owner;
}

/** "the decision by Britain and France to": the first actor after "by", when the words from it to `to` are actors alone. */
function decisionBy(syntax: SentenceSyntax, to: number): ActorMention | undefined {
  const tokens = syntax.tokens;
  for (let j = to - 1; j > 1 && to - j <= 8; j--) {
    if (tokens[j]!.lower !== "by") continue;
    if (!DECISION_NOUNS.has(tokens[j - 1]?.lower ?? "")) return undefined;
    const first = syntax.startingAt(j + 1) ?? syntax.startingAt(j + 2);
    const list = first ? syntax.withFollowingCoordinated(first) : [];
    return list.length > 0 && list[list.length - 1]!.span.end === to ? first : undefined;
  }
  return undefined;
}
