/**
 * Whether a state an unplaced agent names is what the agent acts on, which says nothing of whose
 * the agent is ("police arrested two Chinese nationals"), or where or whose it is ("the streets of
 * Caracas", "protesters demanded the resignation of Prime Minister Chaudhry").
 *
 * @example
 * actedOnAbroad(mention, tokens); // "a senator demanded sanctions on Moscow" → true for "Moscow"
 */
import type { ActorMention, Token } from "../core/types.js";

// Bodies of a state whose own people act on them: "lawmakers criticised the Japanese government".
const STATE_BODY_SECTORS = new Set(["GOV", "LEG", "JUD", "MIL", "COP", "OPP", "PTY", "REB"]);

/**
 * "A senator demanded sanctions on Moscow", "police arrested two Chinese nationals", "lawmakers
 * accused China": a state, its capital or its citizens named after an unplaced agent are what the
 * agent acts on, as often abroad as at home, so they say nothing of whose the agent is. Its leaders
 * and bodies do ("protesters demanded the resignation of Prime Minister Chaudhry"), and so does
 * anything after a word of place ("the streets of Caracas", "off Somalia", "at Tehran University").
 * @example actedOnAbroad(china, tokens) // "lawmakers accused China" → true
 */
export function actedOnAbroad(m: ActorMention, tokens: readonly Token[]): boolean {
  if (m.kind === "person") return false;
  let j = m.span.start - 1;
  if (tokens[j]?.lower === "the") j--;
  const word = tokens[j]?.lower ?? "";
  // "to send them back to Bulgaria", "deported back to Afghanistan": where people go back to is home.
  if (word === "to" && tokens[j - 1]?.lower === "back") return false;
  // "students at Tehran University"; but "fired at Chinese fishermen" aims at them.
  if (
    PLACE_WORDS.has(word) ||
    (word === "at" && (tokens[j - 1]?.pos === "NOUN" || tokens[j - 1]?.pos === "PROPN"))
  )
    return false;
  // A seat of power is the government itself, as open to its own people's criticism ("the Kremlin").
  if (m.kind === "country") return !m.entryIds[0]?.startsWith("metonym:") && !heldPlace(m, tokens);
  return m.kind === "agent" && !STATE_BODY_SECTORS.has(m.actor.sector ?? "");
}

// Words that make what follows where the agent is ("the streets of Caracas", "off Somalia",
// "students at Tehran University").
const PLACE_WORDS = new Set([
  "of",
  "off",
  "across",
  "throughout",
  "through",
  "around",
  "along",
  "within",
  "in",
  "inside",
]);

// "Separatists shelled Ukrainian positions": a state's positions, villages or bases stand where the
// state is, as its people abroad ("French hostages") need not.
const HELD_PLACES: ReadonlySet<string> = new Set([
  "positions",
  "villages",
  "towns",
  "cities",
  "bases",
  "outposts",
  "posts",
  "checkpoints",
  "territory",
  "soil",
]);

/**
 * True when a demonym phrase ends in a place the state holds: "Ukrainian positions", "Malian bases".
 * @example heldPlace(mentionOf("Ukrainian positions"), tokens) // true
 */
export function heldPlace(m: ActorMention, tokens: readonly Token[]): boolean {
  return m.span.end - m.span.start > 1 && HELD_PLACES.has(tokens[m.span.end - 1]!.text);
}
