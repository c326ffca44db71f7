/**
 * "the Imam Khomeini airport", "Prince Sultan Air Base", "the King Abdullah Bridge", "the President
 * Hotel": a person's name or title that names a place is no actor.
 *
 * @example
 * namedFacility(tokens, 4, 6); // "Israeli jets struck the Imam Khomeini airport" → 7
 */
import type { Token } from "../core/types.js";
import type { Atom } from "./actor-atoms.js";

// Places named after people or titles.
const FACILITIES: ReadonlySet<string> = new Set([
  "airport",
  "airbase",
  "base",
  "bridge",
  "causeway",
  "port",
  "harbour",
  "harbor",
  "hospital",
  "university",
  "stadium",
  "square",
  "street",
  "avenue",
  "boulevard",
  "highway",
  "mosque",
  "hotel",
  "tower",
  "dam",
  "canal",
  "crossing",
  "terminal",
  "refinery",
  "museum",
  "library",
  "mausoleum",
  "shrine",
]);
// Words that may stand between the name and the place noun: "Rafik Hariri International Airport".
const BETWEEN: ReadonlySet<string> = new Set(["international", "air", "naval", "military", "memorial"]);

/**
 * The end of the place a mention of a person or title from `start` to `end` is the name of, or -1
 * when it names none: a place noun inside the phrase ("Sultan Air Base", "President Hotel") or right
 * after it, past words such as "International".
 * @example namedFacility(tokens, 3, 5) // "Rafik Hariri International Airport" → 7
 */
export function namedFacility(tokens: readonly Token[], start: number, end: number): number {
  for (let j = start + 1; j < tokens.length && j <= end + 2; j++) {
    const t = tokens[j]!;
    if (FACILITIES.has(t.lower)) return j + 1;
    if (j >= end && !BETWEEN.has(t.lower)) return -1;
  }
  return -1;
}

/**
 * The end of the place the mention's person or title names, as `namedFacility`, or -1 when the place
 * noun is a word of another name in the phrase ("Wall Street Journal reporter Evan Gershkovich" is
 * a reporter of an outlet whose name holds "Street", not a street).
 * @example facilityEnd(tokens, parts, 3, 5) // "Rafik Hariri International Airport" → 7
 */
export function facilityEnd(
  tokens: readonly Token[],
  parts: readonly Atom[],
  start: number,
  end: number,
): number {
  if (!parts.some(personal)) return -1;
  const place = namedFacility(tokens, start, end);
  const noun = place - 1;
  return parts.some((p) => !personal(p) && p.start <= noun && noun < p.end) ? -1 : place;
}

function personal({ entry }: Atom): boolean {
  return entry.kind === "person" || entry.kind === "short-name" || (entry.kind === "agent" && entry.title);
}
