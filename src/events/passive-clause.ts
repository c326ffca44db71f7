/**
 * Passive voice: "was rejected", "were killed", and the reduced relative "ten soldiers killed by …",
 * whose subject is the target and whose agent, if any, follows "by".
 *
 * @example
 * isPassive(syntax, trigger); // "North Korea's letter was rejected" → true
 */
import type { Token } from "../core/types.js";
import type { SentenceSyntax } from "./clause-syntax.js";
import { BOUNDARY } from "./relative-clauses.js";

const BE = new Set(["be", "is", "was", "were", "are", "been", "being", "'s", "'re", "get", "got"]);
const AUXILIARY_LEMMAS = new Set([
  "be",
  "have",
  "will",
  "would",
  "can",
  "could",
  "may",
  "might",
  "must",
  "should",
]);
// Verbs that take no object, so have no passive.
const INTRANSITIVE: ReadonlySet<string> = new Set([
  "arrive",
  "come",
  "die",
  "happen",
  "occur",
  "remain",
  "stay",
]);
// Past participles the endings above miss: "Kyiv was struck by Russian drones", "were held by Iran".
const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set([
  "struck",
  "held",
  "withheld",
  "upheld",
  "sunk",
  "hung",
  "found",
  "bound",
  "won",
  "stuck",
  "sold",
  "told",
  "dug",
  "stung",
]);
const CLAUSE_OPENERS = new Set([
  "but",
  "that",
  "which",
  "who",
  "while",
  "as",
  "because",
  "after",
  "when",
  "since",
  "if",
  "whether",
  "until",
  "unless",
  "before",
  "once",
  "although",
  "though",
]);

/** True for "was rejected", "were killed", "has been attacked". @example isPassive(syntax, trigger) // "was rejected" → true */
export function isPassive(syntax: SentenceSyntax, trigger: number): boolean {
  const tokens = syntax.tokens;
  const t = tokens[trigger]!;
  // "a truce mediated by Egypt": the tagger often reads a participle before "by" as an adjective.
  // "students abducted in Kaduna": it tags some participles after a noun as nouns.
  const participle =
    t.pos === "VERB" ||
    (t.pos === "ADJ" && tokens[trigger + 1]?.lower === "by") ||
    (t.pos === "NOUN" && /ed$/.test(t.lower) && tokens[trigger - 1]?.pos === "NOUN");
  // "went" is a past tense only: "A jailed activist went on hunger strike" is active; verbs that
  // take no object have no passive ("A delegation led by Lavrov arrived in Minsk").
  if (
    !participle ||
    !(/(ed|en|wn|ne|t)$/.test(t.lower) || IRREGULAR_PARTICIPLES.has(t.lower)) ||
    t.lower === "went" ||
    INTRANSITIVE.has(t.lemma) ||
    // "Putin is to visit India": a verb after "to" is an infinitive, however it ends.
    tokens[trigger - 1]?.lower === "to"
  )
    return false;
  if (isReducedRelative(syntax, trigger) || isAppositiveParticiple(syntax, trigger)) return true;
  // "a letter had been sent or refused": a participle coordinated with a passive one is passive.
  const link = tokens[trigger - 1]?.lower;
  if (
    (link === "or" || link === "and") &&
    tokens[trigger - 2]?.pos === "VERB" &&
    isPassive(syntax, trigger - 2)
  )
    return true;
  for (let j = trigger - 1; j >= 0 && trigger - j <= 3; j--) {
    const p = tokens[j]!;
    if (BE.has(p.lower) || BE.has(p.lemma)) return true;
    if (p.pos !== "ADV" && p.pos !== "PART" && p.pos !== "AUX") return false;
  }
  return false;
}

/**
 * "a member of the Hamas movement jailed over a year ago": a participle right after a noun, in a
 * clause whose main verb came earlier, is a passive that modifies the noun.
 * @example isReducedRelative(syntax, trigger) // "ten foreign nationals captured by Russian forces" → true
 */
export function isReducedRelative(syntax: SentenceSyntax, trigger: number): boolean {
  const tokens = syntax.tokens;
  const before = tokens[trigger - 1];
  if (!before || (before.pos !== "NOUN" && before.pos !== "PROPN")) return false;
  // A participle that takes a direct object ("Kim rejected the letter") is a finite verb.
  const after = tokens[trigger + 1];
  if (!after || ["DET", "NOUN", "PROPN", "PRON", "NUM", "ADJ"].includes(after.pos)) return false;
  // "ten foreign nationals captured by Russian forces": a noun, a participle and its agent.
  if (after.lower === "by") {
    // "talks mediated by the United States": the mention may follow an article.
    const agent = tokens[trigger + 2]?.pos === "DET" ? trigger + 3 : trigger + 2;
    if (syntax.startingAt(agent) !== undefined) return true;
  }
  for (let j = trigger - 2; j >= 0; j--) {
    const t = tokens[j]!;
    if (CLAUSE_OPENERS.has(t.lower) || BOUNDARY.has(t.lower)) return false;
    // "Protesters marched in Caracas, and police fired tear gas": ", and" opens a clause of its
    // own, where the noun and participle are its subject and verb unless a main verb follows.
    if (t.pos === "CCONJ" && tokens[j - 1]?.lower === ",") return mainVerbFollows(tokens, trigger);
    // "state media said Kim Jong Un refused to accept a letter": the noun right after a reporting
    // verb opens its reported clause, whose finite verb the participle is.
    // "A delegation led by Sergei Lavrov met …": a participle with its agent describes a noun and
    // is no main verb.
    if (
      t.pos === "VERB" &&
      tokens[j + 1]?.lower === "by" &&
      ["NOUN", "PROPN"].includes(tokens[j - 1]?.pos ?? "")
    )
      continue;
    // "The Saudi-led coalition carried out strikes": a participle hyphened to a name is an adjective.
    if (t.pos === "VERB" && tokens[j - 1]?.lower === "-") continue;
    if (t.pos === "VERB")
      return !(syntax.clauseVerbs.has(t.lemma) && nounPhraseBetween(tokens, j + 1, trigger));
    // "There were ten soldiers killed": the existential clause has no other verb.
    if (t.lemma === "be" && tokens[j - 1]?.lower === "there") return true;
  }
  return mainVerbFollows(tokens, trigger);
}

/**
 * "The militia, backed by Iran, attacked": a participle set off by a comma after a noun, with its
 * agent after "by", is a passive that describes the noun.
 * @example isAppositiveParticiple(syntax, trigger) // "Houthi rebels, supported by Iran," → true
 */
export function isAppositiveParticiple(syntax: SentenceSyntax, trigger: number): boolean {
  const tokens = syntax.tokens;
  if (tokens[trigger - 1]?.lower !== "," || tokens[trigger + 1]?.lower !== "by") return false;
  if (!["NOUN", "PROPN"].includes(tokens[trigger - 2]?.pos ?? "")) return false;
  const agent = tokens[trigger + 2]?.pos === "DET" ? trigger + 3 : trigger + 2;
  return syntax.startingAt(agent) !== undefined;
}

/** True when the tokens from `from` up to `to` form one bare noun phrase. */
function nounPhraseBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++)
    if (!["DET", "ADJ", "NOUN", "PROPN", "NUM"].includes(tokens[j]!.pos) && tokens[j]!.lower !== "-")
      return false;
  return to > from;
}

/**
 * "The civilians imprisoned for acting against Moscow were released": at the start of a sentence,
 * a participle whose phrase runs into a finite auxiliary modifies the noun before it.
 */
function mainVerbFollows(tokens: readonly Token[], trigger: number): boolean {
  for (let j = trigger + 1; j < tokens.length && j - trigger <= 12; j++) {
    const t = tokens[j]!;
    if (BOUNDARY.has(t.lower) || CLAUSE_OPENERS.has(t.lower) || [",", "and", "or"].includes(t.lower))
      return false;
    if (t.pos === "AUX") return AUXILIARY_LEMMAS.has(t.lemma) && tokens[j + 1]?.pos !== "ADP";
    // A gerund after a preposition ("for acting") stays inside the participle's phrase.
    if (t.pos === "VERB" && !(t.lower.endsWith("ing") && ["ADP", "SCONJ"].includes(tokens[j - 1]?.pos ?? "")))
      return false;
  }
  return false;
}
