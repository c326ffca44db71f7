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
  // "Lavrov met Choe … The two ministers criticised Washington": one per state, as "the two foreign
  // ministers" are; a cabinet's two ministers name one state, which gives no pair.
  "ministers",
]);

// Group nouns that name the states themselves, not an office or force of theirs.
const STATE_NOUNS: ReadonlySet<string> = new Set([
  "countries",
  "nations",
  "states",
  "neighbours",
  "neighbors",
]);

/**
 * "The two countries agreed …" after "Indian fighter jets": the pair a state noun names is the
 * states, whatever forces or people of theirs named them before (a government keeps its code). @example pairAsStates(tokens, i, members)[0]?.code // "IND"
 */
export function pairAsStates(
  tokens: readonly Token[],
  i: number,
  members: readonly ActorRef[],
): readonly ActorRef[] {
  if (!STATE_NOUNS.has(tokens[i + 2]?.lower ?? "")) return members;
  // A government and a named leader speak for their state; its forces, police or people are not it.
  return members.map((m) =>
    m.country && m.sector !== "GOV" && m.actorId === `country:${m.country}`
      ? { ...m, sector: null, code: m.country }
      : m,
  );
}

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
