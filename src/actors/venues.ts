/**
 * Venues: the place where people met, gathered or arrived ("the foreign ministers met in Paris"),
 * which says nothing of whose those who travel there are.
 *
 * @example
 * isVenue(paris, tokens); // "The foreign ministers met in Paris" → true
 */
import type { ActorMention, Token } from "../core/types.js";

// Leaders, ministers and officials travel to meet others; a government, a cabinet or a parliament
// sits at home ("the cabinet met in Kabul" is Afghanistan's).
const TRAVELLERS: ReadonlySet<string> = new Set([
  "agent:president",
  "agent:vice-president",
  "agent:president-elect",
  "agent:prime-minister",
  "agent:deputy-prime-minister",
  "agent:premier",
  "agent:vice-premier",
  "agent:chancellor",
  "agent:king",
  "agent:queen",
  "agent:emir",
  "agent:sultan",
  "agent:crown-prince",
  "agent:leader",
  "agent:head-of-state",
  "agent:minister",
  "agent:deputy-minister",
  "agent:foreign-minister",
  "agent:secretary-of-state",
  "agent:secretary",
  "agent:economic-minister",
  "agent:trade-representative",
  "agent:interior-minister",
  "agent:justice-minister",
  "agent:sector-minister",
  "agent:defense-minister",
  "agent:official",
  "agent:chief-of-staff",
  "agent:adviser",
  "agent:national-security-adviser",
  "agent:counterpart",
]);

/** A leader, minister or official: someone who travels to meet others. @example traveller(mentionOf("foreign ministers")) // true */
export const traveller = (m: ActorMention) => m.entryIds.some((id) => TRAVELLERS.has(id));

// Verbs and nouns of meeting and coming: the place after them is where people came together.
const MEETING_WORDS = new Set([
  "meet",
  "gather",
  "arrive",
  "convene",
  "visit",
  "travel",
  "fly",
  "land",
  "attend",
  "assemble",
  "confer",
  "negotiate",
  "summit",
  "meeting",
  "talk",
  "talks",
  "conference",
  "trip",
  "negotiation",
]);

/**
 * "met in Paris", "talks in Doha", "arrived at Beijing": a place after "in" or "at" that a word of
 * meeting or coming leads to in the same clause, without a boundary between.
 * @example isVenue(paris, tokens) // "The foreign ministers met in Paris on Monday" → true
 */
export function isVenue(m: ActorMention, tokens: readonly Token[]): boolean {
  if (m.kind !== "country" && m.kind !== "place" && !m.city) return false;
  let j = m.span.start - 1;
  if (tokens[j]?.lower === "the") j--;
  const prep = tokens[j]?.lower;
  if (prep !== "in" && prep !== "at") return false;
  for (let k = j - 1; k >= Math.max(0, j - 6); k--) {
    const t = tokens[k]!;
    if (t.pos === "PUNCT" || t.lower === "and" || t.lower === "that") return false;
    if (MEETING_WORDS.has(t.lemma) || MEETING_WORDS.has(t.lower)) return true;
  }
  return false;
}
