/**
 * What a pattern's gap ("*") may not pass over: a clause word, an object and its preposition, or
 * a preposition right after the verb that another pattern reads with it; nor may a match end inside
 * a compound modifier. A gap stands for the words of one phrase; one that runs past these reads
 * words of another phrase.
 *
 * @example
 * gapCrossesClause(tokens, match) || gapPassesObject(tokens, match) || gapOpensWithPreposition(tokens, match, found, dates);
 */
import type { ActorMention, DateMention, Sentence } from "../core/types.js";
import type { TokenMatch } from "../nlp/token-matcher.js";
import type { RulePattern } from "./event-rule-index.js";

type Tokens = Sentence["tokens"];

// "threatened Beijing with sanctions if it armed Russia": a condition opens a clause of its own too,
// as does a time or cause ("suspended talks after the ELN attacked a base" halts no attack).
// biome-ignore format: word list
const CLAUSE_WORDS = new Set(["that", "which", "who", "whose", "if", "unless", "after", "before", "when", "while", "because", "until", "although", "though"]);

/**
 * True when a clause word the pattern does not name lies inside the match, before its last token:
 * "dismissed Western claims that Russia plans to invade" holds no plan rejected.
 * @example gapCrossesClause(tokens, match) // false for "rejected the offer"
 */
export function gapCrossesClause(tokens: Tokens, match: TokenMatch<RulePattern>): boolean {
  for (let j = match.start + 1; j < match.end - 1; j++) {
    const t = tokens[j]!;
    if (CLAUSE_WORDS.has(t.lower)) return !namedBy(match, t);
  }
  return false;
}

/**
 * True when a pattern ending on a noun reaches it past another noun and its preposition, both
 * unnamed by the pattern: in "seized a tanker near the port" and "suspended talks on a trade
 * agreement" the first noun is the verb's object, the later one only places or qualifies it ("a
 * range of sanctions": "of" joins one phrase). A gerund right after the verb is an object too.
 * @example gapPassesObject(tokens, match) // true for "suspended talks on a trade agreement" read as "suspend * agreement"
 */
export function gapPassesObject(tokens: Tokens, match: TokenMatch<RulePattern>): boolean {
  if (tokens[match.end - 1]?.pos !== "NOUN") return false;
  for (let j = match.start + 1; j < match.end - 2; j++) {
    const t = tokens[j]!;
    const next = tokens[j + 1]!;
    // "ended fighting with an agreement": a gerund right after the verb is its object too.
    const gerundObject = j === match.start + 1 && t.pos === "VERB" && t.lower.endsWith("ing");
    if (
      (t.pos === "NOUN" || gerundObject) &&
      next.pos === "ADP" &&
      next.lower !== "of" &&
      !namedBy(match, t) &&
      !namedBy(match, next)
    )
      return true;
  }
  return false;
}

/**
 * True when a verb pattern's gap opens on a preposition it does not name and ends on a noun, while
 * another root's pattern at the same verb reads that preposition, a sense of its own: in "fired on Thai soldiers" the
 * soldiers are fired on ("fire on|at", CAMEO 193), not fired ("fire * soldiers", 172). Where no
 * pattern reads the preposition, the gap may pass it ("agreed upon a new pact"). A date after the
 * preposition is no object ("expelled on Monday two envoys").
 * @example gapOpensWithPreposition(tokens, match, found, dates) // true for "fired on Thai soldiers" read as "fire * soldiers"
 */
export function gapOpensWithPreposition(
  tokens: Tokens,
  match: TokenMatch<RulePattern>,
  found: readonly TokenMatch<RulePattern>[],
  dates: readonly DateMention[],
): boolean {
  const after = tokens[match.start + 1];
  if ((match.value.rule.head ?? "verb") !== "verb" || !after || match.end - match.start < 3) return false;
  if (tokens[match.end - 1]?.pos !== "NOUN" || after.pos !== "ADP" || namedBy(match, after)) return false;
  if (dates.some((d) => d.span.start === match.start + 2 || d.span.start === match.start + 1)) return false;
  // "agreed on a plan to ease sanctions": a reading of the same root only refines the act the
  // preposition's reading codes, and the refinement stands.
  const root = match.value.rule.cameo.slice(0, 2);
  return found.some(
    (m) =>
      m !== match && m.end >= match.start + 2 && m.value.rule.cameo.slice(0, 2) !== root && namedBy(m, after),
  );
}

/**
 * True when the match ends on the first half of a compound modifier: "continue military aid to
 * war-torn Mozambique" holds no war, "strike-hit towns" no strike.
 * @example endsInCompound(tokens, match) // true for "war" in "war-torn"
 */
export function endsInCompound(tokens: Tokens, match: TokenMatch<RulePattern>): boolean {
  const after = tokens[match.end + 1];
  return (
    match.end - match.start > 1 &&
    tokens[match.end]?.lower === "-" &&
    after !== undefined &&
    (after.pos === "VERB" || after.pos === "ADJ")
  );
}

/**
 * True when the match ends on a word that opens an actor's name after the trigger: "announced the
 * death of an aid worker" pledges no aid, "a peace envoy" brings no peace.
 * @example endsInsideActor(tokens, match, mentions) // true for "aid" in "an aid worker"
 */
export function endsInsideActor(
  tokens: Tokens,
  match: TokenMatch<RulePattern>,
  mentions: readonly ActorMention[],
): boolean {
  const last = match.end - 1;
  // The word after the pattern must head the compound: "aid worker", not "missiles at …".
  if (last <= match.start || tokens[match.end]?.pos !== "NOUN") return false;
  // A slot ("@target") takes an actor's first word by design.
  const { source, target } = match.slots;
  const slotted = (i: number) =>
    (source !== undefined && source[0] <= i && i < source[1]) ||
    (target !== undefined && target[0] <= i && i < target[1]);
  for (const m of mentions) {
    if (
      m.span.start > match.start &&
      m.span.start <= last &&
      m.span.end > match.end &&
      !slotted(m.span.start)
    )
      return true;
  }
  return false;
}

/**
 * True when the match ends on "strike" as the noun heading a subject, its verb right after: in "a
 * US drone strike killed an al-Qaeda leader" no drone strikes anything (the killing is the act).
 * @example endsOnSubjectStrike(tokens, match) // true for "drone strike" before "killed"
 */
export function endsOnSubjectStrike(tokens: Tokens, match: TokenMatch<RulePattern>): boolean {
  const last = tokens[match.end - 1];
  return (
    last?.lemma === "strike" &&
    last.pos === "NOUN" &&
    match.end - match.start > 1 &&
    ["VERB", "AUX"].includes(tokens[match.end]?.pos ?? "") &&
    // "staged a strike demanding higher wages": a participle after the noun describes it.
    !tokens[match.end]!.lower.endsWith("ing")
  );
}

/**
 * True when one of the pattern's own words (not a set) is the token's.
 * @example namedBy(match, tokens[3]) // true for "on" in "call on * to"
 */
export function namedBy(match: TokenMatch<RulePattern>, t: Tokens[number]): boolean {
  return match.value.pattern.split(" ").some(
    (e) =>
      !e.startsWith("&") &&
      e
        .replace(/[()?]/g, "")
        .split("|")
        .some((w) => w === t.lower || w === t.lemma),
  );
}

const RECOGNITION = "054";

/**
 * True when a recognition's slot ends on an actor that owns what follows: in "recognized
 * Ukraine's efforts" the efforts are recognised, not Ukraine as a state. (Striking "Iran's
 * facilities" or helping "Russia's war effort" is still aimed at the owner.)
 * @example endsOnOwner(tokens, match) // true for "recognized Ukraine" before "'s efforts"
 */
export function endsOnOwner(tokens: Tokens, match: TokenMatch<RulePattern>): boolean {
  const target = match.slots.target;
  return (
    match.value.rule.cameo === RECOGNITION &&
    target !== undefined &&
    target[1] === match.end &&
    tokens[match.end]?.lower === "'s"
  );
}

// Verbs of aspect, whose "-ing" complement is the act begun or stopped: "began publicising drills".
const ASPECTUAL: ReadonlySet<string> = new Set([
  "begin",
  "start",
  "resume",
  "continue",
  "stop",
  "keep",
  "finish",
]);

// Verbs that put an act forward as a gerund: "proposed cutting aid" proposes the cut, not aid
// ("suggested holding talks" still proposes talks).
const PROPOSING: ReadonlySet<string> = new Set(["propose", "suggest", "recommend", "consider"]);
// Gerunds that undo what the pattern's object names.
const UNDOING: ReadonlySet<string> = new Set([
  "cut",
  "suspend",
  "halt",
  "freeze",
  "end",
  "reduce",
  "curtail",
  "slash",
  "withhold",
  "stop",
  "pause",
  "terminate",
  "scrap",
  "cancel",
  "withdraw",
  "limit",
  "restrict",
]);

/** The verb of an "-ing" word the tagger may have read as an adjective: "cutting" → "cut". */
function gerundVerb(word: string): string[] {
  const stem = word.slice(0, -3);
  const undoubled = /([^aeiou])\1$/.test(stem) ? stem.slice(0, -1) : stem;
  return [stem, `${stem}e`, undoubled];
}

/**
 * True when an aspect verb's gap opens on a gerund the pattern does not name: in "began publicising
 * Chinese manoeuvres" Manila holds no manoeuvres; the gerund heads the act ("began holding drills"
 * is read at "holding"). After a verb of proposing, a gerund that undoes the object: "proposed
 * cutting aid" pledges no aid.
 * @example gapOpensWithGerund(tokens, match) // true for "began publicising Chinese manoeuvres" read as "begin * &drill"
 */
export function gapOpensWithGerund(tokens: Tokens, match: TokenMatch<RulePattern>): boolean {
  const after = tokens[match.start + 1];
  const lemma = tokens[match.start]!.lemma;
  // The tagger reads many gerunds after "proposed" as adjectives ("proposed cutting aid").
  if (
    after === undefined ||
    match.end - match.start < 3 ||
    !after.lower.endsWith("ing") ||
    namedBy(match, after)
  )
    return false;
  if (ASPECTUAL.has(lemma)) return after.pos === "VERB";
  return PROPOSING.has(lemma) && gerundVerb(after.lower).some((v) => UNDOING.has(v));
}

// Nouns a sum of money may head as aid: "$300 million reconstruction aid", "a $1 billion loan".
// biome-ignore format: word list
const AID_HEADS: ReadonlySet<string> = new Set([
  "aid", "assistance", "package", "loan", "grant", "credit", "bailout", "fund", "funding", "financing",
  "support", "relief", "budget", "subsidy", "investment", "tranche", "donation", "contribution",
]);
const AMOUNT_WORDS: ReadonlySet<string> = new Set(["million", "billion", "trillion"]);

/**
 * True when the match ends on a sum that only prices another noun: "offered a $10 million reward"
 * pledges no aid, nor does "a $2 billion arms deal"; "$300 million in aid" and "$300 million
 * reconstruction aid" do. @example endsOnAmountOfOther(tokens, match) // true for "million" in "$10 million reward"
 */
export function endsOnAmountOfOther(tokens: Tokens, match: TokenMatch<RulePattern>): boolean {
  if (!AMOUNT_WORDS.has(tokens[match.end - 1]?.lemma ?? "")) return false;
  let head: Tokens[number] | undefined;
  for (let j = match.end; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.pos === "NOUN" || t.pos === "PROPN") head = t;
    else if (t.pos !== "ADJ" && !(t.lower === "-" && head === undefined)) break;
  }
  return head !== undefined && !AID_HEADS.has(head.lemma);
}
