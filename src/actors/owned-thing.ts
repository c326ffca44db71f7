/**
 * A state named only as the owner of a thing: "Somali territory", "Somalia's airspace", the "US" of
 * "US-South Korean military exercises". Such a mention is a target only of another state's act; the
 * state's own government or forces acting on its land or drills act on no one (its rebels or
 * villagers fighting for that land still act on the state).
 *
 * @example
 * ownedThing(mention, tokens); // "defend every inch of Somali territory" → true for "Somali territory"
 */
import type { ActorMention, Token } from "../core/types.js";
import { possessiveMarker } from "../nlp/possessive-marker.js";

// Things a state owns that are no people of it: its land, sea and sky, its sovereignty, its drills.
const THINGS: ReadonlySet<string> = new Set([
  "territory",
  "territories",
  "soil",
  "land",
  "lands",
  "airspace",
  "waters",
  "sovereignty",
  "integrity",
  "independence",
  "unity",
  "interests",
  "border",
  "borders",
  "frontier",
  "frontiers",
  "coast",
  "coastline",
  "exercises",
  "exercise",
  "drills",
  "manoeuvres",
  "maneuvers",
  "games",
  "economy",
  "assets",
]);

// Words between an owner and its thing: "Somalia's entire territory", "Iraqi national sovereignty".
const FILLERS: ReadonlySet<string> = new Set(["ADJ", "NOUN", "PROPN"]);

/**
 * True when `m` names a state only as the owner of a thing: a demonym phrase ending in one
 * ("Somali territory"), a state's possessive before one ("Somalia's airspace", "Iraq's national
 * sovereignty"), or one half of a joint adjective ("US-South Korean exercises", "China-Russia ties").
 * @example ownedThing(mentionOf("Somali territory"), tokens) // true
 */
export function ownedThing(m: ActorMention, tokens: readonly Token[]): boolean {
  if (m.kind !== "country" || m.group) return false;
  const { start, end } = m.span;
  // A lower-case noun after the demonym ("Somali territory"), not a name's own word ("Ivory Coast").
  const last = tokens[end - 1]!;
  if (end - start > 1 && THINGS.has(last.text)) return true;
  let j = end;
  if (possessiveMarker(tokens[j])) j++;
  else if (tokens[j]?.text === "-" || tokens[start - 1]?.text === "-")
    return jointAdjective(tokens, start, end);
  else return false;
  // A possessive: up to two words describing the thing before it.
  for (let k = 0; k < 3; k++) {
    const t = tokens[j + k];
    if (!t) return false;
    if (THINGS.has(t.text)) return true;
    if (!FILLERS.has(t.pos)) return false;
  }
  return false;
}

/** "US-South Korean", "Sino-Russian", "China-Russia": a capitalised word on the other side of the hyphen. */
function jointAdjective(tokens: readonly Token[], start: number, end: number): boolean {
  const after = tokens[end]?.text === "-" ? tokens[end + 1] : undefined;
  const before = tokens[start - 1]?.text === "-" ? tokens[start - 2] : undefined;
  const capital = (t: Token | undefined) => t !== undefined && /^\p{Lu}/u.test(t.text);
  return capital(after) || capital(before);
}
