/**
 * One type, one dyad, one day, two named places: "its forces captured a village in the Kharkiv
 * region … a Russian missile struck Dnipro" reports two acts, not one, and what is said of one
 * (that nobody could verify it) is not said of the other.
 *
 * @example
 * splitByPlace("ASSAULT|RUS|UKR|news", mentions).length; // 2 when they name Kharkiv and Dnipro
 */
import type { DyadMention } from "./article-events.js";

/**
 * The group split into one group per place it names, each with its own key (the first keeps the
 * group's own, so an event's id stays the same when a later place is added). A mention that names no
 * place joins the placed mentions in the nearest sentence.
 * @example splitByPlace(key, list).map(([k]) => k) // [key, `${key}|@dnipro`]
 */
export function splitByPlace(
  key: string,
  list: readonly DyadMention[],
): readonly (readonly [string, DyadMention[]])[] {
  const places: string[] = [];
  for (const m of list) {
    const place = placeOf(m);
    if (place !== null && !places.some((p) => samePlace(p, place))) places.push(place);
  }
  if (places.length < 2) return [[key, [...list]]];
  let parts = places.map((): DyadMention[] => []);
  const unplaced: DyadMention[] = [];
  for (const m of list) {
    const place = placeOf(m);
    if (place === null) unplaced.push(m);
    else parts[places.findIndex((p) => samePlace(p, place))]!.push(m);
  }
  // One sentence that names two places ("a report released in the Rwandan capital alleged …
  // French forces in Rwanda …") tells one act; so does a part whose mentions name no source.
  const joined = joinSharedSentences(parts);
  const sourced = joined.filter((part) => part.some((m) => m.source));
  parts = sourced.length > 0 ? sourced : joined.slice(0, 1);
  for (const part of joined) if (!parts.includes(part)) unplaced.push(...part);
  for (const m of unplaced) parts[nearestPart(parts, m)]!.push(m);
  return parts.map((part, k) => [k === 0 ? key : `${key}|@${placeOf(part.find(placeOf)!)}`, part] as const);
}

/** Parts that share a sentence, joined: one sentence tells one act. @example joinSharedSentences([[a], [b]]) */
export function joinSharedSentences(parts: DyadMention[][]): DyadMention[][] {
  const out: DyadMention[][] = [];
  for (const part of parts) {
    const sentences = new Set(part.map((m) => m.candidate.sentence));
    const shared = out.find((o) => o.some((m) => sentences.has(m.candidate.sentence)));
    if (shared) shared.push(...part);
    else out.push(part);
  }
  return out;
}

/** The part with a mention in the sentence nearest to `m`'s; the first on a tie. @example nearestPart(parts, m) // 0 */
export function nearestPart(parts: readonly DyadMention[][], m: DyadMention): number {
  let best = 0;
  let distance = Number.POSITIVE_INFINITY;
  parts.forEach((part, k) => {
    for (const placed of part) {
      const d = Math.abs(placed.candidate.sentence - m.candidate.sentence);
      if (d < distance) {
        distance = d;
        best = k;
      }
    }
  });
  return best;
}

function placeOf(m: DyadMention): string | null {
  const place = m.candidate.location;
  return place ? place.toLowerCase() : null;
}

/** "Kharkiv" and "the Kharkiv region", "Gaza" and "Gaza City" are one place for this purpose. */
function samePlace(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return ` ${long} `.includes(` ${short} `);
}
