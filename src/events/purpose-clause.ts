/**
 * The verb a purpose infinitive serves: in "telephoned the Russian president to urge a ceasefire"
 * or "summoned the ambassador to protest", the caller urges and protests, not the one called.
 *
 * @example
 * purposeHost(tokens, trigger); // "telephoned Putin to urge" → the index of "telephoned"
 */
import type { Token } from "../core/types.js";

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
]);

// Particles that turn a contact verb into an appeal: "called on Iran to", "called upon".
const APPEAL_PARTICLES = new Set(["on", "upon"]);

/**
 * The contact verb whose subject a purpose infinitive's act belongs to, if the trigger is one.
 * @example purposeHost(tokens, trigger) // "summoned the British ambassador to protest" → index of "summoned"
 */
export function purposeHost(tokens: readonly Token[], trigger: number): number | null {
  let to = trigger - 1;
  if (tokens[to]?.lower !== "to") return null;
  // "in order to protest": the purpose is spelled out.
  if (tokens[to - 1]?.lower === "order" && tokens[to - 2]?.lower === "in") to -= 2;
  for (let j = to - 1; j >= 0 && to - j <= 8; j--) {
    const t = tokens[j]!;
    if (t.lower === "," || t.lower === ";" || t.pos === "AUX") return null;
    if (t.pos !== "VERB") continue;
    if (!CONTACT_VERBS.has(t.lemma) && !CONTACT_VERBS.has(t.lower)) return null;
    // The verb must have an object between it and "to": "met to discuss" is already the subject's.
    if (j === to - 1 || APPEAL_PARTICLES.has(tokens[j + 1]?.lower ?? "")) return null;
    // "rejected a US offer to host a summit to hammer out …": an infinitive host is itself only
    // proposed, and its own clause decides.
    if (tokens[j - 1]?.lower === "to") return null;
    return j;
  }
  return null;
}
