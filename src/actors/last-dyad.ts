/**
 * Which two states "the two sides" stand for: the pair a sentence joins ("talks between Israel and
 * Hamas", "Modi hosted Ishiba"), and the principals of the exchange the article reports when a
 * later sentence names one of them with a third state ("Petro met Lula … Petro urged Venezuela …
 * Both leaders agreed" is Colombia and Brazil).
 *
 * @example
 * lastDyad(prior, 2, isPlace, tokensOf)?.map((a) => a.code); // ["COLGOV", "BRAGOV"]
 */
import type { ActorMention, ActorRef, Token } from "../core/types.js";

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
  // talked" names a pair of its own that is not the one meant.
  const near =
    dyadBefore(prior, sentence, isPlace, true, NEAR) ?? dyadBefore(prior, sentence, isPlace, false, NEAR);
  if (near?.length === 0) return near;
  // A pair the words join ("Wang Yi held talks with Jaishankar", "Macron received Ruto") is the
  // exchange the report is about, and is meant over a pair a later aside names with one of its sides
  // ("US tariffs on India", "Ruto said Somalia needed help"); a pair of two others ("Egypt said
  // Ethiopia's dam …") is a new topic.
  const joined = (a: ActorMention, b: ActorMention) => pairedInText(tokensOf(a.span.sentence), a, b);
  const exchange = dyadBefore(prior, sentence, isPlace, true, EXCHANGE, joined);
  if (exchange && (!near || near.some((a) => exchange.some((e) => e.country === a.country)))) return exchange;
  return near;
}

// How many sentences back "the two sides" may reach for the last pair named, and for the two
// principals of an exchange joined by words ("met", "talks with").
const NEAR = 2;
const EXCHANGE = 6;

// Lemmas of the verbs of an encounter, whose subject and object are the two sides of an exchange:
// "Modi hosted Ishiba", "Petro met Lula". "Petro urged Venezuela" joins no exchange.
const ENCOUNTERS = new Set(["meet", "host", "receive", "visit", "welcome", "greet", "phone", "telephone"]);
// Words that may stand with the verb between the two sides: "met on Tuesday with", "has hosted".
const VERB_FILLERS = new Set(["AUX", "ADV", "PART"]);

/** True when `tokens[from..to)` is a verb of encounter and its auxiliaries alone ("met", "has hosted"). */
function encounterBetween(tokens: readonly Token[], from: number, to: number): boolean {
  let verb = false;
  for (let j = from; j < to; j++) {
    const t = tokens[j]!;
    if (t.pos === "VERB" && ENCOUNTERS.has(t.lemma) && !verb) verb = true;
    else if (!VERB_FILLERS.has(t.pos)) return false;
  }
  return verb;
}

// Words that join the two sides of a pair between their mentions.
const PAIRING = new Set(["and", "with", "-", "/"]);

/**
 * True when "and", "with" or a hyphen stands between the two mentions ("China and India", "talks
 * with his Indian counterpart"), or a verb of encounter alone ("Modi hosted Ishiba").
 */
function pairedInText(tokens: readonly Token[], a: ActorMention, b: ActorMention): boolean {
  if (encounterBetween(tokens, a.span.end, b.span.start)) return true;
  for (let j = a.span.end; j < b.span.start; j++) if (PAIRING.has(tokens[j]?.lower ?? "")) return true;
  return false;
}

function dyadBefore(
  prior: readonly ActorMention[],
  sentence: number,
  isPlace: (m: ActorMention) => boolean,
  earlierOnly: boolean,
  window: number,
  joined?: (a: ActorMention, b: ActorMention) => boolean,
): ActorRef[] | null {
  let k = prior.length - 1;
  while (k >= 0) {
    const at = prior[k]!.span.sentence;
    if (sentence - at > window) return null;
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
