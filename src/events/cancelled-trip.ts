/**
 * A trip called off by the one who was to make it: "Lula cancelled a trip to China" is a visit
 * that did not take place (a denied 042), as "Lula's trip to China was cancelled" already is, not a
 * cut in relations. Relations are cut when the host calls off another's visit ("Germany cancelled
 * the Chinese minister's visit", "cancelled a visit by the Indian foreign minister") or when the
 * sentence gives the cancelling as a protest ("in protest at", "amid a row over").
 *
 * @example
 * cancelledOwnTrip(tokens, match, sources, mentions); // true for "Lula cancelled a trip to China"
 */
import type { ActorMention, Sentence } from "../core/types.js";
import type { TokenMatch } from "../nlp/token-matcher.js";
import type { RulePattern } from "./event-rule-index.js";

type Tokens = Sentence["tokens"];

const CANCEL_VISIT = "cancel-visit";
const TRIP_NOUNS: ReadonlySet<string> = new Set(["visit", "trip"]);
// Words that make calling off a visit a statement against the host: "in protest at", "in
// retaliation for", "amid a diplomatic row", "after a spat over …".
const GRIEVANCE: ReadonlySet<string> = new Set([
  "protest",
  "retaliation",
  "row",
  "dispute",
  "spat",
  "snub",
  "outrage",
  "anger",
  "furore",
  "furor",
  "rift",
  "tension",
  "standoff",
  "stand-off",
]);

/**
 * True when a cancelled or postponed visit is the subject's own trip and nothing frames the
 * cancelling as a grievance.
 * @example cancelledOwnTrip(tokens, match, sources, mentions) // false for "Pakistan cancelled a visit by the Indian foreign minister"
 */
export function cancelledOwnTrip(
  tokens: Tokens,
  match: TokenMatch<RulePattern>,
  sources: readonly ActorMention[],
  mentions: readonly ActorMention[],
): boolean {
  if (match.value.rule.id !== CANCEL_VISIT || match.value.passiveForm !== undefined) return false;
  const noun = match.end - 1;
  if (!TRIP_NOUNS.has(tokens[noun]?.lemma ?? "")) return false;
  if (tokens.some((t) => GRIEVANCE.has(t.lemma) || GRIEVANCE.has(t.lower))) return false;
  const own = new Set(sources.map((s) => s.actor.country ?? s.actor.code));
  // Whoever the phrase names as the traveller: an owner before the noun ("the Chinese minister's
  // visit") or an agent after "by" ("a visit by the Indian foreign minister").
  const traveller = mentions.find(
    (m) =>
      (m.possessive && m.span.start > match.start && m.span.end <= noun) ||
      (tokens[noun + 1]?.lower === "by" && m.span.start >= noun + 2 && m.span.start <= noun + 3),
  );
  return !traveller || own.has(traveller.actor.country ?? traveller.actor.code);
}
