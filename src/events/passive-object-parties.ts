/**
 * Who acts and who is acted on when a verb rule is read in the passive, object first (see
 * passive-patterns.ts): "the agreement was signed by Ethiopia and Eritrea", "Iraqi civilians have
 * been killed", "aid was pledged to Sudan by Japan".
 *
 * @example
 * passiveObjectParties(syntax, match.start, match.end).targets[0]?.text // "Iran's proposal was rejected by …" → "Iran"
 */
import type { ActorMention } from "../core/types.js";
import { mentionAfter } from "./agent-finder.js";
import type { SentenceSyntax } from "./clause-syntax.js";
import { hasIdentity } from "./mention-identity.js";

/**
 * The parties of a verb rule's passive form ("evidence against Russia was presented by the US"):
 * the agent after "by" acts, and an actor inside the object's own phrase, before its "be", is the target.
 * @example passiveObjectParties(syntax, match.start, match.end).sources[0]?.text // "the US"
 */
export function passiveObjectParties(
  syntax: SentenceSyntax,
  trigger: number,
  end: number,
): { readonly passive: boolean; readonly sources: ActorMention[]; readonly targets: ActorMention[] } {
  const sources = syntax.findAgent(end);
  // "Iraqi civilians have been killed", "the Russian building was demolished", "Iran's proposal
  // was rejected": the object named by the trigger, its national modifier or its owner is acted on.
  for (const m of syntax.mentions) {
    const own = (m.span.start <= trigger && trigger <= m.span.end) || modifiesObject(syntax, m, trigger);
    if (own && !syntax.excluded.has(m) && hasIdentity(m) && !sources.includes(m))
      return { passive: true, sources, targets: [m] };
  }
  const owner = syntax.findPossessor(trigger).filter((m) => !sources.includes(m));
  if (owner.length > 0) return { passive: true, sources, targets: owner };
  let be = trigger + 1;
  while (be < end && syntax.tokens[be]!.pos !== "AUX" && syntax.tokens[be]!.lemma !== "be") be++;
  const targets = be - trigger > 1 ? syntax.findObject(trigger + 1, be - trigger - 1, new Set(sources)) : [];
  return {
    passive: true,
    sources,
    targets: targets.length > 0 ? targets : passiveRecipient(syntax, end, sources),
  };
}

/**
 * True when the mention modifies the object noun across a compound: "a Greek-flagged tanker", "an
 * Israeli-owned cargo ship".
 */
function modifiesObject(syntax: SentenceSyntax, m: ActorMention, trigger: number): boolean {
  if (m.span.end > trigger || trigger - m.span.end > 3) return false;
  const tokens = syntax.tokens;
  for (let j = m.span.end; j < trigger; j++) {
    const t = tokens[j]!;
    const joined = t.lower === "-" || (t.pos === "VERB" && tokens[j - 1]?.lower === "-");
    if (!joined && t.pos !== "NOUN" && t.pos !== "ADJ") return false;
  }
  return true;
}

// Prepositions that name whom a passive act reached: "aid was pledged to Sudan by Japan".
const RECIPIENT_PREPOSITIONS: ReadonlySet<string> = new Set(["to", "on", "against", "with"]);

/** The actor after "to", "on", "against" or "with" near a passive verb, on either side of its agent. */
function passiveRecipient(
  syntax: SentenceSyntax,
  from: number,
  sources: readonly ActorMention[],
): ActorMention[] {
  const tokens = syntax.tokens;
  for (let i = from; i < tokens.length && i - from <= 8; i++) {
    const t = tokens[i]!;
    if (t.lower === "," || t.pos === "VERB" || t.pos === "SCONJ") return [];
    if (!RECIPIENT_PREPOSITIONS.has(t.lower)) continue;
    const m = mentionAfter(syntax, i + 1);
    if (m && hasIdentity(m) && !syntax.excluded.has(m) && !sources.includes(m))
      return syntax.withFollowingCoordinated(m);
  }
  return [];
}
