/**
 * "The two Koreas", "both Sudans": one word in the plural standing for the two states that share
 * its name, whatever the sentences before have named.
 *
 * @example
 * pairedStates(tokens, 0); // "The two Koreas agreed …" → { end: 3, states: [PRK, KOR] }
 */
import type { ActorRef, Token } from "../core/types.js";

const state = (country: string, name: string): ActorRef => ({
  code: country,
  country,
  sector: null,
  name,
  actorId: `country:${country}`,
});

// Pairs a plural name stands for: the divided Korea, Sudan and its southern successor, the two Congos.
const PAIRS: ReadonlyMap<string, readonly ActorRef[]> = new Map([
  ["koreas", [state("PRK", "North Korea"), state("KOR", "South Korea")]],
  ["sudans", [state("SDN", "Sudan"), state("SSD", "South Sudan")]],
  ["congos", [state("COG", "Republic of the Congo"), state("COD", "DR Congo")]],
]);

/**
 * The end of "the two Koreas", "both Koreas" or "two Koreas" starting at token `i` and the two states
 * it names, or null. @example pairedStates(tokens, i)?.states.map((s) => s.code) // ["PRK", "KOR"]
 */
export function pairedStates(
  tokens: readonly Token[],
  i: number,
): { readonly end: number; readonly states: readonly ActorRef[] } | null {
  const first = tokens[i]?.lower;
  let j = i;
  if (first === "the" && tokens[i + 1]?.lower === "two") j = i + 2;
  else if (first === "both" || first === "two") j = i + 1;
  else return null;
  const states = PAIRS.get(tokens[j]?.lower ?? "");
  return states ? { end: j + 1, states } : null;
}
