/**
 * Acts a sentence names without their happening: what a demand asks for ("demanded that Israel
 * ease restrictions"), what someone refrains from, has yet to do, or stops short of, and what
 * "neither … nor" denies, what is asked of others or warned against. assessModality reads these
 * beside the verb group.
 *
 * @example
 * abstainedFrom(tokens, trigger); // "would refrain from further missile tests" → true at "tests"
 */
import type { Token } from "../core/types.js";
import type { AttributionCues } from "./attribution-cues.js";
import { NEGATORS } from "./negators.js";
import { timePhraseAt } from "./time-phrase.js";
import { PLANNED } from "./planned-occasions.js";

// Words besides the request words whose "that" clause states what is wanted ("its proposal that").
const MANDATIVE = new Set(["require", "proposal", "propose", "recommend", "stipulate", "insistence"]);
const CALL_MEDIA = new Set(["phone", "telephone", "video", "conference", "radio"]);
const CLAUSE_ENDS = new Set([",", ";", ":", "because", "while", "after", "before", "when", "if", "why"]);

/**
 * "demanded that Israel ease restrictions", "its demand that the US cancel plans to sell arms": an
 * act in the clause of a demand, in the base form, is wanted, not done ("demanded that Israel
 * explain why it had fired" keeps the firing).
 * @example demandedClause(tokens, trigger, cues) // "demanded that Israel ease restrictions" → true at "ease"
 */
export function demandedClause(tokens: readonly Token[], trigger: number, cues: AttributionCues): boolean {
  const t = tokens[trigger]!;
  if (t.lower !== t.lemma && tokens[trigger - 1]?.lower !== "to" && tokens[trigger - 1]?.lower !== "be")
    return false;
  for (let j = trigger - 1; j >= 1 && trigger - j <= 12; j--) {
    const w = tokens[j]!.lower;
    if (CLAUSE_ENDS.has(w)) return false;
    if (w !== "that") continue;
    // "an executive order that allows …" is a relative clause, not what is ordered.
    if (["VERB", "AUX"].includes(tokens[j + 1]?.pos ?? "")) return false;
    // "its demand today that", "demanded on Tuesday that".
    let k = j - 1;
    while (k > 0 && j - k < 3 && (timePhraseAt(tokens, k) || tokens[k]!.pos === "ADV")) k--;
    const asker = tokens[k]!.lemma;
    // "told Putin in a phone call that China was ready": a call on the phone asks for nothing.
    if (CALL_MEDIA.has(tokens[k - 1]?.lower ?? "")) return false;
    return MANDATIVE.has(asker) || (asker !== "tell" && cues.requestWords.includes(asker));
  }
  return false;
}

const EVIDENCE_NOUNS = new Set(["evidence", "sign", "indication", "proof"]);
const SCANT = new Set(["no", "little", "scant"]);
// "Experts doubt that Iran will agree", "sceptical that the talks will resume": a doubted act.
const DOUBTING = new Set(["doubt", "doubtful", "sceptical", "skeptical"]);

/**
 * "had no evidence that China was preparing to invade", "saw no sign of troops massing": an act
 * whose evidence is denied is not established, nor is one doubted ("doubt that Iran will agree").
 * @example unsupportedClause(tokens, trigger) // "no evidence that China was preparing" → true at "preparing"
 */
export function unsupportedClause(tokens: readonly Token[], trigger: number): boolean {
  for (let j = trigger - 1; j >= 1 && trigger - j <= 12; j--) {
    const w = tokens[j]!.lower;
    if (CLAUSE_ENDS.has(w)) return false;
    if ((w === "that" || w === "whether") && DOUBTING.has(tokens[j - 1]?.lemma ?? "")) return true;
    if (w !== "that" && w !== "of") continue;
    let k = j - 1;
    if (!EVIDENCE_NOUNS.has(tokens[k]?.lemma ?? "")) continue;
    k--;
    while (k > 0 && tokens[k]!.pos === "ADJ" && !SCANT.has(tokens[k]!.lower)) k--;
    const before = tokens[k]?.lower ?? "";
    if (SCANT.has(before)) return true;
    // "did not see any evidence that": "any" under a negated verb.
    if (before === "any")
      for (let n = k - 1; n >= 0 && k - n <= 4; n--) if (NEGATORS.has(tokens[n]!.lower)) return true;
    return false;
  }
  return false;
}

const RELATIVE_WORDS = new Set(["that", "who", "which"]);
const ANYONE = new Set(["anyone", "anybody", "whoever", "anything"]);
const ANY = new Set(["any", "every"]);

/**
 * "sanctions on any country that buys Iranian oil", "anyone who helps Iran evade the embargo": what
 * a relative clause says of whoever might fit it has not happened.
 * @example anyoneWho(tokens, trigger) // "any country that buys" → true at "buys"
 */
export function anyoneWho(tokens: readonly Token[], trigger: number): boolean {
  for (let j = trigger - 1; j >= 1 && trigger - j <= 8; j--) {
    const w = tokens[j]!.lower;
    if (CLAUSE_ENDS.has(w)) return false;
    if (!RELATIVE_WORDS.has(w)) continue;
    let k = j - 1;
    if (ANYONE.has(tokens[k]!.lower)) return true;
    if (tokens[k]!.pos !== "NOUN") return false;
    while (k > 0 && (tokens[k]!.pos === "NOUN" || tokens[k]!.pos === "ADJ")) k--;
    return ANY.has(tokens[k]!.lower);
  }
  return false;
}

const NEAR_WORDS = new Set(["close", "closer", "near", "nearer"]);
const EDGE_NOUNS = new Set(["verge", "brink", "cusp", "threshold"]);

/**
 * "are close to signing a peace deal", "on the verge of reaching an agreement": an act only near is
 * not done yet.
 * @example nearlyDone(tokens, trigger) // "close to signing" → true at "signing"
 */
export function nearlyDone(tokens: readonly Token[], trigger: number): boolean {
  const prev = tokens[trigger - 1]?.lower;
  const governor = tokens[trigger - 2]?.lower ?? "";
  return (prev === "to" && NEAR_WORDS.has(governor)) || (prev === "of" && EDGE_NOUNS.has(governor));
}

const ABSTAINING = new Set(["refrain", "abstain", "desist"]);
const NOUN_PHRASE = new Set(["ADJ", "ADV", "NOUN", "PROPN", "DET", "NUM", "CCONJ"]);

/** "refrain from further nuclear and missile tests": the trigger's phrase follows an abstaining "from". @example abstainedFrom(tokens, trigger) // at "tests" → true */
export function abstainedFrom(tokens: readonly Token[], trigger: number): boolean {
  let j = trigger - 1;
  while (j >= 0 && trigger - j <= 6 && (NOUN_PHRASE.has(tokens[j]!.pos) || tokens[j]!.lower === "-")) j--;
  return tokens[j]?.lower === "from" && ABSTAINING.has(tokens[j - 1]?.lemma ?? "");
}

const PREVENTING = new Set([
  "ban",
  "bar",
  "prevent",
  "stop",
  "block",
  "prohibit",
  "forbid",
  "keep",
  "restrain",
  "deter",
  "discourage",
  "dissuade",
  "disqualify",
  "suspend",
]);

/**
 * "banned Chinese tour groups from travelling to Japan": the gerund after "from" names what someone
 * was kept from doing, by another; neither did it. @example preventedFrom(tokens, trigger) // at "travelling" → true
 */
export function preventedFrom(tokens: readonly Token[], trigger: number): boolean {
  if (tokens[trigger - 1]?.lower !== "from" || !tokens[trigger]!.lower.endsWith("ing")) return false;
  let j = trigger - 2;
  while (
    j >= 0 &&
    trigger - j <= 8 &&
    (NOUN_PHRASE.has(tokens[j]!.pos) || tokens[j]!.pos === "PRON" || tokens[j]!.lower === "-")
  )
    j--;
  return j < trigger - 2 && PREVENTING.has(tokens[j]?.lemma ?? "");
}

/** "has yet to condemn", "stopped short of blaming": the act has not happened. @example notYetDone(tokens, trigger) // at "condemn" → true */
export function notYetDone(tokens: readonly Token[], trigger: number): boolean {
  const prev = tokens[trigger - 1]?.lower;
  if (prev === "to") return tokens[trigger - 2]?.lower === "yet" && tokens[trigger - 3]?.lemma !== "be";
  return prev === "of" && tokens[trigger - 2]?.lower === "short" && tokens[trigger - 3]?.lemma === "stop";
}

/**
 * "Neither India nor Pakistan has signed", "has neither signed nor ratified", "neither accepted nor
 * rejected the offer", "…, nor did it ratify": "neither … nor" denies both verbs, and "nor" opening a
 * verb group denies its verb. @example neitherNor(tokens, trigger) // at "signed" → true
 */
export function neitherNor(tokens: readonly Token[], trigger: number): boolean {
  let nor = -1;
  for (let j = trigger - 1; j >= 0 && trigger - j <= 10; j--) {
    const t = tokens[j]!;
    if (t.lower === "nor") {
      if (nor < 0) nor = j;
    }
    // "has neither signed nor ratified": "neither" right before the verb denies it too.
    else if (t.lower === "neither") return nor >= 0 || j === trigger - 1;
    // The first of two verbs "neither … nor" joins lies between them.
    else if (t.pos === "VERB" && nor < 0) return false;
    else if (t.lower === "," || t.lower === ";") break;
  }
  return nor >= 0 && opensVerbGroup(tokens, nor, trigger);
}

/** True when only auxiliaries, pronouns and adverbs stand between `from` and the verb: "nor did it ratify". */
function opensVerbGroup(tokens: readonly Token[], from: number, verb: number): boolean {
  for (let j = from + 1; j < verb; j++) if (!VERB_GROUP_TAGS.has(tokens[j]!.pos)) return false;
  return true;
}

const VERB_GROUP_TAGS: ReadonlySet<string> = new Set(["AUX", "PRON", "ADV", "PART"]);
// "allowed UN investigators to visit": what someone is let do has not happened yet.
const PERMITTING: ReadonlySet<string> = new Set(["allow", "permit", "let", "authorize", "authorise"]);

/**
 * "faces pressure from Congress to help Iran", "was urged by Seoul to resume", "called on Kim to
 * return", "allowed inspectors to visit": the act after "to" is wanted of someone or let them, not done.
 * @example requestedOfOthers(tokens, to, cues) // "called on Kim to return", at "to" → true
 */
export function requestedOfOthers(tokens: readonly Token[], to: number, cues: AttributionCues): boolean {
  // "urged Lebanon, its smaller neighbour, to expel": the one asked may carry an apposition, or
  // be two ("urged the United States and Iran to return to negotiations").
  for (let k = to - 1; k >= 0 && to - k <= 10; k--) {
    const t = tokens[k]!;
    if (cues.requestWords.includes(t.lemma) || PERMITTING.has(t.lemma)) return k < to - 1;
    if (
      !["PROPN", "NOUN", "DET", "PRON", "ADJ", "ADP", "AUX", "PART", "CCONJ"].includes(t.pos) &&
      t.lower !== ","
    )
      return false;
  }
  return false;
}

/** "warned the West against", "cautioned Israel against": a warning verb a few words back. @example warnedBefore(tokens, at, cues) // at "against" → true */
export function warnedBefore(tokens: readonly Token[], at: number, cues: AttributionCues): boolean {
  for (let k = at - 1; k >= 0 && at - k <= 5; k--) {
    const lemma = tokens[k]!.lemma;
    if (WARNING_VERBS.has(lemma) || cues.requestWords.includes(lemma)) return true;
  }
  return false;
}

const WARNING_VERBS = new Set(["warn", "caution", "advise", "counsel"]);

// Verbs that undo a planned occasion before it takes place: "the visit was postponed".
// biome-ignore format: word list
const CALLED_OFF: ReadonlySet<string> = new Set([
  "postpone", "postponed", "cancel", "cancelled", "canceled", "delay", "delayed", "scrap", "scrapped",
  "shelve", "shelved", "defer", "deferred", "axe", "axed", "scuttle", "scuttled",
]);
const OFF_PARTICLES: ReadonlySet<string> = new Set(["call", "called", "put"]);
// "a summit between Trump and Putin in Budapest has been shelved": the phrase may join its parties.
const PHRASE_TAGS: ReadonlySet<string> = new Set([
  "NOUN",
  "PROPN",
  "ADP",
  "DET",
  "ADJ",
  "NUM",
  "PRON",
  "PART",
  "CCONJ",
]);

/**
 * "Macron's visit to Algeria was postponed", "The summit, planned for Budapest, has been called
 * off": an occasion named by a noun whose own predicate undoes it did not take place.
 * @example calledOff(tokens, 2) // "Macron's visit to Algeria was postponed", at "visit" → true
 */
export function calledOff(tokens: readonly Token[], trigger: number): boolean {
  for (let j = trigger + 1; j < tokens.length && j - trigger <= 14; j++) {
    const t = tokens[j]!;
    // "Macron's visit, which was postponed last year, began on Monday": a relative clause is apart.
    if (RELATIVE_WORDS.has(t.lower)) return false;
    if (
      t.lemma === "be" ||
      t.lower === "been" ||
      t.lower === "has" ||
      t.lower === "have" ||
      t.lower === "had"
    ) {
      let k = j + 1;
      while (k < tokens.length && (tokens[k]!.lower === "been" || tokens[k]!.pos === "ADV")) k++;
      const verb = tokens[k];
      if (!verb) return false;
      if (CALLED_OFF.has(verb.lower) || CALLED_OFF.has(verb.lemma)) return true;
      return OFF_PARTICLES.has(verb.lower) && tokens[k + 1]?.lower === "off";
    }
    // "planned for Budapest", "originally scheduled for Tuesday": a participle of the noun phrase.
    // "the summit planned for next month was postponed": a timetable's participle may stand right
    // after the noun; another would be the noun's own verb ("the summit collapsed").
    const participle =
      t.pos === "VERB" && t.lower.endsWith("ed") && (j > trigger + 1 || PLANNED.has(t.lower));
    if (!PHRASE_TAGS.has(t.pos) && t.lower !== "," && t.lower !== "-" && !participle && t.pos !== "ADV")
      return false;
  }
  return false;
}
