/**
 * "European powers reimposed sanctions on Iran, a move Tehran condemned as illegal": an apposition
 * naming the act just told ("a move", "a decision", "a step") with a clause of its own, whose subject
 * judges it. The subject acts, on whoever did the act the apposition names; the verb is no passive.
 *
 * @example
 * apposedReaction(syntax, trigger)?.sources[0]?.text; // "…, a move Tehran condemned" → "Tehran"
 */
import type { ActorMention } from "../core/types.js";
import type { SentenceSyntax } from "./clause-syntax.js";
import type { EventParties } from "./event-parties.js";

// Nouns that stand for the act told before the comma.
const ACT_NOUNS: ReadonlySet<string> = new Set([
  "move",
  "step",
  "decision",
  "action",
  "measure",
  "act",
  "announcement",
  "policy",
  "plan",
  "deal",
]);

/**
 * The judge and the judged of a reaction verb in ", a move X condemned", or null when the trigger
 * does not close such an apposition. @example apposedReaction(syntax, 12, parties)?.targets
 */
export function apposedReaction(
  syntax: SentenceSyntax,
  trigger: number,
  parties: EventParties,
): EventParties | null {
  const tokens = syntax.tokens;
  const judge = syntax.mentions.find(
    (m) => m.span.end === trigger || (m.span.end === trigger - 1 && tokens[trigger - 1]!.pos === "ADV"),
  );
  if (!judge || judge.possessive) return null;
  let k = judge.span.start - 1;
  if (!ACT_NOUNS.has(tokens[k]?.lemma ?? "") || tokens[k]!.pos !== "NOUN") return null;
  k--;
  while (k > 0 && tokens[k]!.pos === "ADJ") k--;
  if (tokens[k]?.pos !== "DET" || tokens[k - 1]?.lower !== ",") return null;
  const comma = k - 1;
  // Who did the act: the main clause's subject, the first actor of the sentence that is no place.
  const actor: ActorMention | undefined = syntax.mentions.find(
    (m) => m.span.end <= comma && !syntax.isLocative(m) && !syntax.excluded.has(m) && !m.possessive,
  );
  return { ...parties, passive: false, sources: [judge], targets: actor ? [actor] : [] };
}
