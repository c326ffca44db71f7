/**
 * An actor's instruments named as the subject of a passive act: "Iraqi troops were deployed along
 * the border with Kuwait" is Iraq's deployment, and "a Houthi missile was fired at Riyadh" the
 * Houthis' attack; the act is aimed at whoever follows the verb. An instrument's owner inside the
 * pattern acts too: "Iran was slapped with fresh US sanctions".
 *
 * @example
 * passiveInstruments(syntax, match, parties).sources[0]?.text; // "Iraqi troops"
 */
import type { ActorMention, Sentence } from "../core/types.js";
import type { TokenMatch } from "../nlp/token-matcher.js";
import type { SentenceSyntax } from "./clause-syntax.js";
import type { EventParties } from "./event-parties.js";
import type { RulePattern } from "./event-rule-index.js";
import { hasIdentity } from "./mention-identity.js";
import { FORCE_SECTORS } from "../core/state-sectors.js";

const FORCE_POSTURE_ROOT = "15";
const BREAK_RELATIONS = "161";
// "the ambassador was recalled", "the embassy was closed": verbs by which a state moves its own
// envoys or shuts its own mission (not "expelled").
const RECALLING: ReadonlySet<string> = new Set(["recall", "withdraw", "pull", "close", "shut"]);

/**
 * True when a rule's object-first (passive) reading moves its own side's forces or envoys: with no
 * agent after "by", their state still acts ("Russian troops were deployed", "the Iraqi ambassador
 * was recalled").
 * @example movesOwnPassively(match.value, tokens, match.end) // "Russian troops were deployed" → true
 */
export function movesOwnPassively(value: RulePattern, tokens: Sentence["tokens"], end: number): boolean {
  if (value.passiveForm === undefined) return false;
  const cameo = value.rule.cameo;
  return (
    cameo.startsWith(FORCE_POSTURE_ROOT) ||
    (cameo === BREAK_RELATIONS && RECALLING.has(tokens[end - 1]?.lemma ?? ""))
  );
}

/**
 * The parties of a passive act whose subject is an actor's instrument: forces moved (with no agent
 * named) or a weapon fired; the instrument's owner acts, on the actor after the verb ("near the
 * Ukrainian border", "at Riyadh"), if any.
 * @example passiveInstruments(syntax, match, parties).targets[0]?.text // "… along the border with Kuwait" → "Kuwait"
 */
export function passiveInstruments(
  syntax: SentenceSyntax,
  match: TokenMatch<RulePattern>,
  parties: EventParties,
): EventParties {
  if (!parties.passive || parties.sources.length > 0 || parties.targets.length === 0) return parties;
  const held = parties.targets;
  // "Russian troops were massed along the border": a force posture verb's own passive too.
  const forces =
    (movesOwnPassively(match.value, syntax.tokens, match.end) ||
      match.value.rule.cameo.startsWith(FORCE_POSTURE_ROOT)) &&
    held.every((f) => f.actor.country !== null && FORCE_SECTORS.has(f.actor.sector ?? ""));
  if (!forces && !(held.length === 1 && firedWeapon(syntax.tokens, match.start, held[0]!.span.end))) {
    // "Iran was slapped with fresh US sanctions": the owner of the instrument the pattern names acts.
    const owner = syntax.mentions.find(
      (m) => m.span.start > match.start && m.span.end <= match.end && hasIdentity(m) && !held.includes(m),
    );
    return owner && !syntax.excluded.has(owner) ? { ...parties, sources: [owner] } : parties;
  }
  const sources = [...held];
  const foreign = (t: ActorMention) => !sources.some((s) => s.actor.country === t.actor.country);
  let targets = syntax.findObject(match.end, 8, new Set(sources)).filter(foreign);
  // "the French ambassador to Niger was recalled", "the Canadian embassy in Tehran was closed":
  // the host is named inside the subject's own phrase.
  if (targets.length === 0) {
    const last = Math.max(...held.map((h) => h.span.end));
    const host = syntax.mentions.find(
      (m) =>
        m.span.start > last &&
        m.span.end < match.end &&
        hasIdentity(m) &&
        foreign(m) &&
        !syntax.excluded.has(m),
    );
    if (host && ["to", "in", "at"].includes(syntax.tokens[host.span.start - 1]?.lower ?? ""))
      targets = [host];
  }
  return { ...parties, sources, targets };
}

// Verbs whose passive subject is the weapon sent off, not what it struck.
const FIRING_VERBS: ReadonlySet<string> = new Set(["fire", "launch"]);
const WEAPONS: ReadonlySet<string> = new Set([
  "missile",
  "rocket",
  "drone",
  "shell",
  "mortar",
  "projectile",
  "bomb",
]);

/** True when a firing verb's passive subject ends on a weapon noun, at `end` or just before it. */
function firedWeapon(tokens: Sentence["tokens"], trigger: number, end: number): boolean {
  if (!FIRING_VERBS.has(tokens[trigger]!.lemma)) return false;
  return [end - 1, end].some((j) => j < trigger && WEAPONS.has(tokens[j]?.lemma ?? ""));
}
