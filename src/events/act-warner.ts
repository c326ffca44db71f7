/**
 * Who warns of an act: a harm its own side warns it may do is a threat, however the warning hedges it.
 *
 * @example
 * warnerOf(tokens, trigger, mentions); // "Russia warned that it would strike …" → mention of "Russia"
 */
import type { ReportingFrame } from "../attribution/reporting-frames.js";
import type { EventRule } from "../core/dictionary-schema.js";
import type { ActorMention, Sentence } from "../core/types.js";
import type { EventParties } from "./event-parties.js";

const WARNING_VERBS = new Set(["warn", "threaten", "caution"]);

/**
 * The one who warns of the act: "Russia warned that it would strike …", "… if attacked, an Iranian
 * commander warned". The warning verb stands before the trigger's clause with "that", or closes the
 * sentence after a comma; its subject is the mention right before it.
 * @example warnerOf(tokens, trigger, mentions)?.text // "Tehran could close the strait if attacked, an Iranian commander warned" → "Iranian commander"
 */
export function warnerOf(
  tokens: Sentence["tokens"],
  trigger: number,
  mentions: readonly ActorMention[],
): ActorMention | null {
  let verb = -1;
  for (let j = trigger - 1; j >= 0 && trigger - j <= 12; j--) {
    const w = tokens[j]!.lower;
    if (w === ";" || w === ":") break;
    if (WARNING_VERBS.has(tokens[j]!.lemma) && thatAfter(tokens, j)) {
      verb = j;
      break;
    }
  }
  if (verb < 0) {
    for (let j = tokens.length - 1; j > trigger && tokens.length - j <= 4; j--) {
      if (!WARNING_VERBS.has(tokens[j]!.lemma) || tokens[j]!.pos !== "VERB") continue;
      const comma = tokens.slice(trigger, j).some((t) => t.lower === ",");
      if (comma) verb = j;
      break;
    }
  }
  if (verb < 0) return null;
  return (
    mentions.find(
      (m) => m.span.end === verb || (m.span.end === verb - 1 && tokens[verb - 1]?.pos === "ADV"),
    ) ?? null
  );
}

/** "warned that", "warned on Tuesday that": "that" after the verb, past a short time phrase. */
function thatAfter(tokens: Sentence["tokens"], verb: number): boolean {
  for (let k = verb + 1; k < tokens.length && k - verb <= 4; k++) {
    if (tokens[k]!.lower === "that") return true;
    if (!TIME_PHRASE_POS.has(tokens[k]!.pos)) return false;
  }
  return false;
}
const TIME_PHRASE_POS: ReadonlySet<string> = new Set(["ADP", "PROPN", "NOUN", "NUM", "ADV"]);

/**
 * The parties of an act the clause subject is to suffer, for a rule whose target is its subject
 * ("Seoul would pay dearly, North Korea warned"): the subject is the target, and the one who says
 * or warns of it the source; null when no one does, or the speaker is the subject's own side ("we
 * will pay a heavy price" is a fear, not a threat). Other rules' parties are returned as they are.
 * @example spokenOf(rule, parties, frame, tokens, trigger, mentions)?.sources[0]?.text // "North Korea"
 */
export function spokenOf(
  rule: EventRule,
  parties: EventParties,
  frame: ReportingFrame | null,
  tokens: Sentence["tokens"],
  trigger: number,
  mentions: readonly ActorMention[],
): EventParties | null {
  if (rule.target !== "subject") return parties;
  const speaker = frame?.reporter ?? warnerOf(tokens, trigger, mentions);
  if (!speaker || parties.sources.length === 0) return null;
  const side = (m: ActorMention) =>
    m === speaker || (m.actor.country !== null && m.actor.country === speaker.actor.country);
  if (parties.sources.some(side)) return null;
  return { ...parties, sources: [speaker], targets: parties.sources };
}
