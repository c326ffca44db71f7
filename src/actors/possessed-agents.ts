/**
 * "its coast guard", "their troops", "Putin's spokesman": a possessive pronoun, person or office and
 * the agent it owns become one mention.
 *
 * @example
 * mergePossessedAgents(sentence, mentions); // "its coast guard" → one mention, the antecedent's country
 */
import type { ActorMention, Sentence, Token } from "../core/types.js";
import { possessiveMarker } from "../nlp/possessive-marker.js";

/**
 * "its coast guard", "their troops": a possessive pronoun and the agent it owns are one actor, the
 * antecedent's country with the agent's sector.
 * @example mergePossessedAgents(sentence, mentions).find((m) => m.text === "its coast guard")?.actor.code // "CHNMIL"
 */
export function mergePossessedAgents(sentence: Sentence, mentions: readonly ActorMention[]): ActorMention[] {
  const out: ActorMention[] = [];
  for (let k = 0; k < mentions.length; k++) {
    const owner = mentions[k]!;
    const owned = mentions[k + 1];
    if (
      owner.possessive &&
      !owner.group &&
      owned?.kind === "agent" &&
      !owned.actor.country &&
      holder(owner) &&
      onlyModifiersBetween(sentence.tokens, owner.span.end, owned.span.start)
    ) {
      const country = owner.actor.country;
      // "Hemedti's forces", "the rebel leader's fighters", "the group's leader": a rebel's armed men
      // and officers are rebels too.
      const sector = NON_STATE_ARMED.has(owner.actor.sector ?? "") ? owner.actor.sector : owned.actor.sector;
      out.push({
        ...owned,
        span: { ...owned.span, start: owner.span.start },
        chars: { start: owner.chars.start, end: owned.chars.end },
        text: sentence.text.slice(owner.chars.start - sentence.start, owned.chars.end - sentence.start),
        actor: { ...owned.actor, country, sector, code: `${country ?? ""}${sector ?? ""}` },
        coreferent: owner.coreferent,
      });
      k++;
      continue;
    }
    out.push(owner);
  }
  return out;
}

// Armed men who serve no state: rebels and unidentified armed groups.
const NON_STATE_ARMED: ReadonlySet<string> = new Set(["REB", "UAF"]);

function onlyModifiersBetween(tokens: readonly Token[], from: number, to: number): boolean {
  // The possessive ending of a named owner: "Putin's spokesman".
  const start = possessiveMarker(tokens[from]) ? from + 1 : from;
  for (let j = start; j < to; j++) if (tokens[j]!.pos !== "ADJ" && tokens[j]!.pos !== "NOUN") return false;
  return true;
}

/**
 * "the Iranian president's chief of staff", "Putin's spokesman", "its coast guard": a pronoun's,
 * person's or office's agent serves the same state ("Russia's UN ambassador" is composed by the
 * recogniser), but in "Opponents of Rwanda's Senate" the possessive is Rwanda's alone.
 */
function holder(owner: ActorMention): boolean {
  if (owner.coreferent) return true;
  const last = owner.entryIds[owner.entryIds.length - 1] ?? "";
  return (
    !!owner.actor.country &&
    (last.startsWith("person:") || last.startsWith("short-name:") || last.startsWith("agent:"))
  );
}
