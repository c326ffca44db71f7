/**
 * A state does not violate its own territory: in "Turkey said it had violated Turkish airspace",
 * "it" is not Turkey, whatever came before it.
 *
 * @example
 * violatesOwnTerritory(tokens, 2, turkey, mentions); // "Turkey said it had violated Turkish airspace" → true
 */
import type { ActorMention, ActorRef, Token } from "../core/types.js";

// What a state holds that another violates: "Turkish airspace", "Chinese waters".
// biome-ignore format: word list
const TERRITORY: ReadonlySet<string> = new Set(["airspace", "territory", "waters", "border", "borders", "sovereignty", "soil"]);
// biome-ignore format: word list
const TRESPASS: ReadonlySet<string> = new Set(["violate", "breach", "enter", "invade", "cross", "intrude", "infringe", "encroach"]);
const CLAUSE_ENDS: ReadonlySet<string> = new Set([",", ";", ":", "and", "but", "that", "which", "who"]);

/**
 * True when the pronoun at `pronoun` is the subject of a trespass on the territory of `actors`'
 * state, named later in its own clause ("it had violated Turkish airspace").
 * @example violatesOwnTerritory(tokens, 2, [turkey], mentions) // true
 */
export function violatesOwnTerritory(
  tokens: readonly Token[],
  pronoun: number,
  actors: readonly ActorRef[],
  mentions: readonly ActorMention[],
): boolean {
  const countries = new Set(actors.map((a) => a.country).filter((c) => c !== null));
  if (countries.size === 0) return false;
  // The pronoun's own verb ("it had violated"), not one in a clause of its object ("expelled
  // vessels that entered Chinese waters").
  let verb = pronoun + 1;
  while (verb < tokens.length && (tokens[verb]!.pos === "AUX" || tokens[verb]!.pos === "ADV")) verb++;
  if (tokens[verb]?.pos !== "VERB" || !TRESPASS.has(tokens[verb]!.lemma)) return false;
  // "Turkish airspace" is one mention, "Turkey's territory" ends before its noun.
  const holds = (m: ActorMention) =>
    TERRITORY.has(tokens[m.span.end - 1]?.lower ?? "") || TERRITORY.has(tokens[m.span.end]?.lower ?? "");
  for (let j = verb + 1; j < tokens.length && j - verb <= 5; j++) {
    if (CLAUSE_ENDS.has(tokens[j]!.lower)) return false;
    const held = mentions.find((m) => m.span.start === j);
    if (held && countries.has(held.actor.country ?? "") && holds(held)) return true;
  }
  return false;
}
