/**
 * "The two leaders", "both sides": a group phrase, and the two countries it stands for, the last
 * two named in the sentences before.
 *
 * @example
 * groupPhrase(tokens, 4); // "… the two leaders met" → 7
 */
import type { ActorMention, ActorRef, Token } from "../core/types.js";

const GROUP_NOUNS = new Set([
  "leaders",
  "sides",
  "countries",
  "nations",
  "governments",
  "men",
  "presidents",
  "states",
  "neighbours",
  "neighbors",
  "rivals",
  "allies",
  "delegations",
  "militaries",
  "armies",
  "navies",
  "parties",
  "giants",
  "superpowers",
  "powers",
  "foes",
  "adversaries",
  "enemies",
  "partners",
  "capitals",
  "diplomats",
  "envoys",
  "negotiators",
  "counterparts",
  "administrations",
  "premiers",
  "monarchs",
]);

// Words that may describe the pair between "the two" and its noun: "the two Asian giants", "the
// two nuclear-armed rivals", "the two Gulf states".
const PAIR_DESCRIPTION_POS = new Set(["ADJ", "PROPN", "VERB"]);

/** End of "the two leaders" / "both sides" starting at i, or i when there is none. @example groupPhrase(tokens, i) // i + 3 */
export function groupPhrase(tokens: readonly Token[], i: number): number {
  const a = tokens[i]?.lower;
  const b = tokens[i + 1]?.lower;
  const c = tokens[i + 2]?.lower;
  if (a === "the" && b === "two" && c && GROUP_NOUNS.has(c)) return i + 3;
  // "the two had met three times": the numeral alone as the subject.
  const pos = tokens[i + 2]?.pos;
  if (a === "the" && b === "two" && (pos === "AUX" || pos === "VERB")) return i + 2;
  // "the two foreign ministers": one per state, where "the two ministers" may be one cabinet's.
  const d = tokens[i + 3]?.lower;
  if (
    a === "the" &&
    b === "two" &&
    c &&
    PORTFOLIOS.has(c) &&
    (d === "ministers" || (d && GROUP_NOUNS.has(d)))
  )
    return i + 4;
  if ((a === "both" || a === "two") && b && GROUP_NOUNS.has(b)) return i + 2;
  // "the pair agreed": two people or states named just before.
  if (a === "the" && b === "pair" && tokens[i + 2]?.pos !== "ADP") return i + 2;
  // "the two Southeast Asian neighbours", "the two nuclear-armed rivals".
  if (a === "the" && b === "two") {
    for (let j = i + 2; j < tokens.length && j - i <= 6; j++) {
      const t = tokens[j]!;
      if (GROUP_NOUNS.has(t.lower) && j > i + 2) return j + 1;
      if (t.text !== "-" && !PAIR_DESCRIPTION_POS.has(t.pos)) return i;
    }
  }
  return i;
}

const PORTFOLIOS = new Set(["foreign", "defence", "defense", "chief"]);

// "the Gulf state", "the reclusive country", "the kingdom": a state named by a description.
const EPITHET_HEADS = new Set(["country", "nation", "kingdom", "state", "island", "republic", "emirate"]);

/**
 * End of a description that stands for a state ("the wealthy Gulf state", "the country's") starting
 * at i, or i when there is none. "the state media", "the island of Cyprus", "the member states" and
 * "in the country" are not. @example epithetPhrase(tokens, i) // i + 4 for "the wealthy Gulf state"
 */
export function epithetPhrase(tokens: readonly Token[], i: number): number {
  // "in the country", "out of the country": after a preposition it is a place, not an actor.
  if (tokens[i]?.lower !== "the" || tokens[i - 1]?.pos === "ADP") return i;
  let j = i + 1;
  while (
    j - i <= 3 &&
    (tokens[j]?.pos === "ADJ" || tokens[j]?.pos === "PROPN") &&
    !EPITHET_HEADS.has(tokens[j]!.lower)
  )
    j++;
  const head = tokens[j];
  if (!head || !EPITHET_HEADS.has(head.lower) || (head.pos !== "NOUN" && head.pos !== "PROPN")) return i;
  const next = tokens[j + 1];
  if (next && (next.lower === "of" || next.pos === "NOUN" || next.pos === "PROPN" || next.text === "-"))
    return i;
  return j + 1;
}

/**
 * The last `n` countries named as actors within two sentences of `sentence`, in text order, one
 * actor each. @example lastDistinctCountries(prior, 3, 2, isPlace).map((a) => a.code) // ["USA", "PRK"]
 */
export function lastDistinctCountries(
  prior: readonly ActorMention[],
  sentence: number,
  n: number,
  isPlace: (m: ActorMention) => boolean,
): ActorRef[] {
  const out: ActorRef[] = [];
  for (const m of [...prior].reverse()) {
    if (sentence - m.span.sentence > 2) break;
    if (m.group || !m.actor.country || m.kind === "media" || isPlace(m)) continue;
    if (out.some((o) => o.country === m.actor.country)) continue;
    out.push(m.actor);
    if (out.length === n) break;
  }
  return out.reverse();
}

/**
 * The first two countries of the last sentence, within two of `sentence`, that names two or more as
 * actors: "the two sides" are the pair the report is about ("Trump met Kim … Japan welcomed the
 * meeting. The two sides agreed …" is the US and North Korea), or null when no sentence names two;
 * empty when the pair is named but one side's state is not known ("Trump met Kim"), so that no
 * other state stands in for it.
 * @example lastDyad(prior, 2, isPlace)?.map((a) => a.code) // ["USAGOV", "PRKGOV"]
 */
export function lastDyad(
  prior: readonly ActorMention[],
  sentence: number,
  isPlace: (m: ActorMention) => boolean,
  tokensOf: (sentence: number) => readonly Token[] = () => [],
): ActorRef[] | null {
  // "Egypt and Qatar mediated talks between Israel and Hamas": the pair named by "between" is meant.
  for (let k = prior.length - 1; k > 0; k--) {
    const b = prior[k]!;
    const a = prior[k - 1]!;
    if (sentence - b.span.sentence > 2) break;
    if (a.span.sentence !== b.span.sentence || a.group || b.group) continue;
    const tokens = tokensOf(a.span.sentence);
    // "between the United States and Iran", "between Rwanda and the Democratic Republic of Congo".
    const before = tokens[a.span.start - 1]?.lower === "the" ? a.span.start - 2 : a.span.start - 1;
    const next = tokens[a.span.end + 1]?.lower === "the" ? a.span.end + 2 : a.span.end + 1;
    if (tokens[before]?.lower !== "between" || tokens[a.span.end]?.lower !== "and" || b.span.start !== next)
      continue;
    // "the summit between Trump and Kim", with Kim unknown: the pair is meant, and one side is not known.
    if (!a.actor.country || !b.actor.country) return [];
    if (a.actor.country !== b.actor.country) return [a.actor, b.actor];
  }
  // The sentences before first: "Trump said he would halt US-South Korean drills while the two sides
  // talked" names a pair of its own that is not the one meant. A pair the words join ("Wang Yi held
  // talks with Jaishankar", "Saudi Arabia and Iran") is meant over one a later aside names ("US
  // tariffs on India").
  const joined = (a: ActorMention, b: ActorMention) => pairedInText(tokensOf(a.span.sentence), a, b);
  return (
    dyadBefore(prior, sentence, isPlace, true, joined) ??
    dyadBefore(prior, sentence, isPlace, true) ??
    dyadBefore(prior, sentence, isPlace, false)
  );
}

// Words that join the two sides of a pair between their mentions.
const PAIRING = new Set(["and", "with", "-", "/"]);

/** True when "and", "with" or a hyphen stands between the two mentions ("China and India", "talks with his Indian counterpart"). */
function pairedInText(tokens: readonly Token[], a: ActorMention, b: ActorMention): boolean {
  for (let j = a.span.end; j < b.span.start; j++) if (PAIRING.has(tokens[j]?.lower ?? "")) return true;
  return false;
}

function dyadBefore(
  prior: readonly ActorMention[],
  sentence: number,
  isPlace: (m: ActorMention) => boolean,
  earlierOnly: boolean,
  joined?: (a: ActorMention, b: ActorMention) => boolean,
): ActorRef[] | null {
  let k = prior.length - 1;
  while (k >= 0) {
    const at = prior[k]!.span.sentence;
    if (sentence - at > 2) return null;
    if (earlierOnly && at === sentence) {
      k--;
      continue;
    }
    let first = k;
    while (first > 0 && prior[first - 1]!.span.sentence === at) first--;
    const out: ActorRef[] = [];
    const sides: ActorMention[] = [];
    let unknownSide = false;
    for (let j = first; j <= k && out.length < 2; j++) {
      const m = prior[j]!;
      // "Trump met Kim", Kim not known: a side whose state is unknown may be the other one.
      if (!m.actor.country && m.entryIds.some((id) => id.startsWith("short-name:"))) unknownSide = true;
      // "North Korean state media said …" reports on the pair and is no side of it; "the Hanoi
      // summit" is where they met.
      if (
        m.group ||
        !m.actor.country ||
        m.kind === "media" ||
        m.actor.sector === "MED" ||
        isPlace(m) ||
        m.city
      )
        continue;
      if (out.some((o) => o.country === m.actor.country)) continue;
      out.push(m.actor);
      sides.push(m);
    }
    if (joined) {
      if (out.length === 2 && joined(sides[0]!, sides[1]!)) return out;
      k = first - 1;
      continue;
    }
    if (out.length === 2) return out;
    if (out.length === 1 && unknownSide) return [];
    k = first - 1;
  }
  return null;
}
