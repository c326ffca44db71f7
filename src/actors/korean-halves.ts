/**
 * "The North fired artillery", "talks with the South": in reports about Korea, "the North" and
 * "the South" stand for the two Korean states.
 *
 * @example
 * koreanHalf(tokens, 3, mentions); // "… the North fired …" → the PRK actor
 */
import type { ActorMention, ActorRef, Token } from "../core/types.js";

const HALVES: Readonly<Record<string, ActorRef>> = {
  north: { code: "PRK", country: "PRK", sector: null, name: "North Korea", actorId: "country:PRK" },
  south: { code: "KOR", country: "KOR", sector: null, name: "South Korea", actorId: "country:KOR" },
};

/**
 * The Korean state that "the North" or "the South" at token `i` stands for, when `nearby` mentions
 * (the sentence and the two before) name either Korea, alone or in a group; else null. "the North Atlantic" and "the
 * south of the country" (lower case) are no state.
 * @example koreanHalf(tokens, i, nearby)?.code // "PRK"
 */
export function koreanHalf(
  tokens: readonly Token[],
  i: number,
  nearby: readonly ActorMention[],
): ActorRef | null {
  const token = tokens[i];
  if (!token || !/^(North|South)$/.test(token.text) || tokens[i - 1]?.lower !== "the") return null;
  const next = tokens[i + 1];
  if (next && (/^\p{Lu}/u.test(next.text) || next.text === "-")) return null;
  const korean = nearby.some((m) => isKorean(m.actor) || (m.group?.some(isKorean) ?? false));
  return korean ? (HALVES[token.lower] ?? null) : null;
}

/**
 * "North and South Korea", "South and North Korean officials": the first half of a pair whose shared
 * noun is written once stands for its own Korean state, with the other's role, when the mention
 * after "and" is the other.
 * @example elidedKoreanHalf(tokens, 0, mentions)?.code // "North and South Korea agreed …" → "PRK"
 */
export function elidedKoreanHalf(
  tokens: readonly Token[],
  i: number,
  own: readonly ActorMention[],
): ActorRef | null {
  const token = tokens[i];
  if (!token || !/^(North|South)$/.test(token.text) || tokens[i + 1]?.lower !== "and") return null;
  const other = own.find((m) => m.span.start === i + 2);
  const half = HALVES[token.lower];
  const otherHalf = tokens[i + 2]?.lower;
  if (!other || !half || otherHalf === token.lower || !(otherHalf === "north" || otherHalf === "south"))
    return null;
  if (other.actor.country !== HALVES[otherHalf]?.country) return null;
  // The shared noun serves both halves: "South and North Korean officials".
  const sector = other.actor.sector;
  return sector ? { ...half, sector, code: `${half.country}${sector}` } : half;
}

// "the two Koreas" is a group whose members are the Korean states.
const isKorean = (a: ActorRef) => a.country === "PRK" || a.country === "KOR";
