/**
 * Attacks a group claims: "the Islamic State group claimed responsibility for a bombing that killed
 * 12 people in Kabul" says who bombed. The claim is coded (CAMEO 015) and so is the attack, with the
 * claimant as its source, when the text names the attack's own act (a coded attack noun or the
 * act of a relative clause on it); a bare "claimed the attack" names no target and adds nothing.
 *
 * @example
 * claimedAttacks(tokens, candidates); // the bombing's source becomes the Islamic State group
 */
import type { Sentence } from "../core/types.js";
import type { TokenMatch } from "../nlp/token-matcher.js";
import { HARM_ROOTS, NOUN_PHRASE_POS } from "./clause-roles.js";
import type { EventMentionCandidate } from "./event-mention-candidate.js";
import type { RulePattern } from "./event-rule-index.js";

const CLAIM_CODE = "015";

/**
 * True when `inner` is an attack named after "for" inside the claim `outer` ("claimed
 * responsibility for the suicide bombing at a police station"), so both are coded.
 * @example claimedInside(tokens, claimMatch, bombingMatch) // true
 */
export function claimedInside(
  tokens: Sentence["tokens"],
  outer: TokenMatch<RulePattern>,
  inner: TokenMatch<RulePattern>,
): boolean {
  if (outer.value.rule.cameo !== CLAIM_CODE || !HARM_ROOTS.has(inner.value.rule.cameo.slice(0, 2)))
    return false;
  if (inner.start <= outer.start || inner.start >= outer.end) return false;
  for (let j = outer.start + 1; j < inner.start; j++) if (tokens[j]!.lower === "for") return true;
  return false;
}

/**
 * The candidates with each claimed attack's source set to its claimant: an attack inside the claim
 * phrase, or the act of "that"/"which" right after it ("a bombing that killed 12").
 * @example claimedAttacks(tokens, candidates).find((c) => c.code.code === "190")?.sources[0]?.text // "The Islamic State group"
 */
export function claimedAttacks(
  tokens: Sentence["tokens"],
  candidates: readonly EventMentionCandidate[],
): EventMentionCandidate[] {
  // "No group has claimed responsibility for the bombing": an unclaimed attack keeps its own parties.
  const claims = candidates.filter((c) => c.code.code === CLAIM_CODE && c.sources.length > 0 && !c.negated);
  if (claims.length === 0) return [...candidates];
  return candidates.map((c) => {
    if (!HARM_ROOTS.has(c.code.code.slice(0, 2)) || c.negated) return c;
    const claim = claims.find((k) => claimedAct(tokens, k, c.trigger));
    return claim ? { ...c, sources: claim.sources } : c;
  });
}

/** True when the trigger is inside the claim's phrase or heads a relative clause right after it. */
function claimedAct(tokens: Sentence["tokens"], claim: EventMentionCandidate, trigger: number): boolean {
  if (trigger > claim.trigger && trigger < claim.matchEnd) return true;
  // "for a bombing that killed 12", "for Friday's bombing in the capital, which wounded dozens".
  let j = claim.matchEnd;
  while (
    j < trigger &&
    j - claim.matchEnd <= 4 &&
    (NOUN_PHRASE_POS.has(tokens[j]!.pos) ||
      tokens[j]!.pos === "PROPN" ||
      tokens[j]!.lower === "," ||
      tokens[j]!.pos === "ADP")
  )
    j++;
  const relative = tokens[j]?.lower;
  if (relative !== "that" && relative !== "which") return false;
  let k = j + 1;
  while (k < trigger && ["AUX", "ADV"].includes(tokens[k]!.pos)) k++;
  return k === trigger;
}
