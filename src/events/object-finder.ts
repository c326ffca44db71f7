/**
 * The object of a trigger: the first actor after it in the same clause, skipping places, makers,
 * the source's own "its" and anyone the reporting frame excludes, with its coordinated partners.
 *
 * @example
 * findObject(syntax, trigger + 1); // "imposed sanctions on North Korea" → [mention of "North Korea"]
 */
import type { ActorMention } from "../core/types.js";
import { WEEKDAY_WORDS } from "../nlp/calendar-names.js";
import type { SentenceSyntax } from "./clause-syntax.js";
import { withFollowingCoordinated } from "./coordinated-actors.js";
import { hasIdentity } from "./mention-identity.js";
import { BOUNDARY, RELATIVE } from "./relative-clauses.js";

const MAKER_PARTICIPLES = new Set([
  "brokered",
  "mediated",
  "sponsored",
  "made",
  "built",
  "supplied",
  "funded",
  "designed",
  "manufactured",
  "drafted",
  "produced",
]);
const OWNER_PARTICIPLES = new Set(["belonging", "owned", "operated"]);
const CLAUSE_AFTER_COMMA = new Set(["DET", "PRON", "VERB", "AUX", "SCONJ"]);
const CLAUSE_LINKS = new Set([",", "and", "but", "or"]);
// Words of a time phrase that opens a clause: "and last week", "but on Monday", "and later".
// biome-ignore format: word list
const CLAUSE_TIME: ReadonlySet<string> = new Set(["last", "next", "this", "earlier", "later", "week", "month", "year", "weekend", "on", ...WEEKDAY_WORDS, "yesterday", "today", "then"]);
// Occasions a "during" phrase names: "during a visit to Egypt", "during talks with Putin".
// biome-ignore format: word list
const OCCASIONS: ReadonlySet<string> = new Set(["visit", "trip", "tour", "meeting", "talk", "talks", "call", "summit", "conference", "interview", "speech", "news"]);
/** Nouns of "at the request of X", naming who asked. @example BEHESTS.has("invitation") // true */
export const BEHESTS: ReadonlySet<string> = new Set([
  "request",
  "behest",
  "urging",
  "invitation",
  "initiative",
]);
const SUBJECT_PRONOUNS = new Set(["i", "he", "she", "we", "they"]);
// Object pronouns, which never name the subject acting on them (that would be "themselves").
const OTHERS: ReadonlySet<string> = new Set(["them", "him"]);
const TARGET_STOP = new Set([
  "but",
  "while",
  "whereas",
  "although",
  "though",
  "because",
  "since",
  "after",
  "before",
  "as",
  "when",
  "if",
  "unless",
  "until",
  // "released prisoners under a deal with the Vatican", "executed two men amid tensions with
  // Israel": a circumstance names no one acted on ("declined to resign despite pressure by X"
  // still rejects X).
  "under",
  "amid",
  "amidst",
]);

/**
 * The first actor after `from` in the same clause, with its coordinated partners.
 * @example findObject(syntax, trigger + 1).map((m) => m.text) // "talks with Seoul and Tokyo" → ["Seoul", "Tokyo"]
 */
export function findObject(
  syntax: SentenceSyntax,
  from: number,
  limit = 14,
  skip: ReadonlySet<ActorMention> = new Set(),
  ownEnd = from,
): ActorMention[] {
  const passed: { own: ActorMention | null } = { own: null };
  const found = scanObject(syntax, from, limit, skip, ownEnd, passed);
  // "Separatists shelled Ukrainian positions": with no one named after it, the source's own
  // thing is the object after all.
  return found.length === 0 && passed.own ? withFollowingCoordinated(syntax, passed.own) : found;
}

function scanObject(
  syntax: SentenceSyntax,
  from: number,
  limit: number,
  skip: ReadonlySet<ActorMention>,
  ownEnd: number,
  passed: { own: ActorMention | null },
): ActorMention[] {
  const tokens = syntax.tokens;
  const ownRelative = syntax.insideRelative(from);
  // "reimposed United Nations sanctions on Iran": a name right before the act's own noun, with
  // "on" or "against" after it, says whose act it is; "freed two Saudi pilots" names the object.
  let held: ActorMention[] = [];
  for (let i = from; i < tokens.length && i - from <= limit; i++) {
    const t = tokens[i]!;
    if (BOUNDARY.has(t.lower) || TARGET_STOP.has(t.lower)) return held;
    // "called for a ceasefire in Gaza during a visit to Egypt": the occasion names no one acted on.
    if (t.lower === "during" && tokens.slice(i + 1, i + 4).some((w) => OCCASIONS.has(w.lemma))) return held;
    // "released prisoners at the request of the Pope": who asked is no one acted on.
    if (t.lower === "at" && BEHESTS.has(tokens[i + 2]?.lemma ?? "") && tokens[i + 3]?.lower === "of")
      return held;
    if (t.lower === "," && tokens[i + 1] && RELATIVE.has(tokens[i + 1]!.lower)) return held;
    const rel = syntax.insideRelative(i);
    if (rel && rel !== ownRelative) return held;
    // ", she indicated …", ", the first meeting between …", ", killing …": past a comma, before any
    // object, comes a new clause or an apposition, not the object ("artillery, mortar and rocket
    // fire against …" is a list and goes on).
    if (t.lower === "," && CLAUSE_AFTER_COMMA.has(tokens[i + 1]?.pos ?? "")) return held;
    // "executed a man convicted of spying for Israel": a participle after a plain noun opens a
    // phrase about that noun; the object was the noun, and it names no actor.
    if (
      // "a deal mediated by China": the tagger often reads a participle before "by" as an adjective.
      (t.pos === "VERB" ||
        (t.pos === "ADJ" && tokens[i + 1]?.lower === "by" && /(?:ed|en)$/.test(t.lower))) &&
      // "demolished a house belonging to a militant", "seized a tanker owned by Iran": the owner
      // of the thing acted on is whom the act hits.
      !OWNER_PARTICIPLES.has(t.lower) &&
      i > from &&
      ["NOUN", "PROPN"].includes(tokens[i - 1]!.pos) &&
      !syntax.mentions.some((m) => m.span.end === i)
    )
      return held;
    // "accused the army of using civilians as shields": the one charged stood before "of"; whoever
    // the charged act names is no one the charge is aimed at, even when the one charged is no known actor.
    if (
      t.pos === "VERB" &&
      t.lower.endsWith("ing") &&
      tokens[i - 1]?.lower === "of" &&
      syntax.mentions.some((m) => m.span.end === i - 1)
    )
      return held;
    // "sanctions against any country that buys Iranian oil", "arrested a man who spied for Israel":
    // a noun that names no actor, with a relative clause of its own, is the object; whoever the
    // clause names is no one acted on.
    if (
      RELATIVE_OPENERS.has(t.lower) &&
      i > ownEnd &&
      unnamedHead(syntax, i, ownEnd) &&
      relativeVerbAfter(tokens, i)
    )
      return held;
    // "wanted to meet, and last week he criticised Japan": a subject pronoun with its own verb
    // opens a new clause.
    if (SUBJECT_PRONOUNS.has(t.lower) && ["VERB", "AUX"].includes(tokens[i + 1]?.pos ?? "")) return held;
    // "condemned the launch and said …": a second verb of the same subject ends the object.
    if ((t.lower === "and" || t.lower === "or") && ["VERB", "AUX"].includes(tokens[i + 1]?.pos ?? ""))
      return held;
    const m = syntax.startingAt(i);
    if (!m) continue;
    // ", Seoul said …", "urged restraint, and Israel vowed …": an actor with a verb of its own
    // after a comma or a conjunction is the subject of a new clause, even one skipped below as a
    // reporter (", and the African Union said it was ready …" ends the search before "it").
    // "…, and last week the United States determined …": a time phrase may open the new clause.
    const after = tokens[m.span.end];
    let before = m.span.start - 1;
    if (tokens[before]?.pos === "DET") before--;
    while (before > i - 6 && CLAUSE_TIME.has(tokens[before]?.lower ?? "")) before--;
    if (
      after &&
      (after.pos === "VERB" || after.pos === "AUX") &&
      after.lower !== "'s" &&
      CLAUSE_LINKS.has(tokens[before]?.lower ?? "")
    )
      return held;
    // "Syria … withdraw its troops from Lebanon": the source's own "its" is not the target; "them"
    // is someone else ("protesters gathered, and police arrested them").
    // "banned American investment in Chinese firms", "reaffirmed India's support for Ukraine": the
    // source's own name on a thing it acts on says whose thing it is; the act is aimed at whom the
    // phrase goes on to name, if anyone.
    const ownThing =
      !m.coreferent &&
      m.kind === "country" &&
      (tokens[m.span.end - 1]!.pos === "NOUN" ||
        m.possessive === true ||
        (tokens[m.span.end]?.pos === "NOUN" && syntax.startingAt(m.span.end) === undefined)) &&
      sameCountryIn(skip, m);
    // "reaffirmed India's support" leaves the source's own thing no fall-back: it names the act itself.
    if (ownThing && m.possessive !== true) passed.own ??= m;
    const self = (m.coreferent && !OTHERS.has(tokens[i]!.lower) && sameCountryIn(skip, m)) || ownThing;
    // "an EU-brokered deal", "Iranian-made drones": the maker or broker is nobody's object
    // ("rebel-held territory" is still the rebels').
    const modifier =
      tokens[m.span.end]?.lower === "-" && MAKER_PARTICIPLES.has(tokens[m.span.end + 1]?.lower ?? "");
    if (
      syntax.excluded.has(m) ||
      skip.has(m) ||
      self ||
      modifier ||
      syntax.isLocative(m) ||
      !hasIdentity(m) ||
      originBeforeGoal(tokens, m) ||
      violatedParty(tokens, m)
    ) {
      i = m.span.end - 1;
      continue;
    }
    if (
      held.length === 0 &&
      m.span.end === ownEnd - 1 &&
      tokens[m.span.end]!.pos === "NOUN" &&
      ACT_OBJECTS.has(tokens[ownEnd]?.lower ?? "") &&
      (syntax.startingAt(ownEnd + 1) ?? syntax.startingAt(ownEnd + 2)) !== undefined
    ) {
      held = withFollowingCoordinated(syntax, m);
      i = m.span.end - 1;
      continue;
    }
    return withFollowingCoordinated(syntax, m);
  }
  return held;
}

const ACT_OBJECTS: ReadonlySet<string> = new Set(["on", "against"]);
const RELATIVE_OPENERS = new Set(["that", "who", "which", "whom", "whose"]);
// "those who", "anyone that": pronouns a restrictive relative clause may hang on.
const HEAD_PRONOUNS = new Set(["those", "anyone", "anybody", "everyone", "whoever", "others", "all"]);

// "any country that", "every firm which": a head that stands for whoever fits the clause.
const QUANTIFIERS = new Set(["any", "every", "all", "no", "such"]);

/**
 * True when the word before `i`, at or past `ownEnd` (the match's own noun is no head: "sanctions that
 * target Iran's oil"), is a noun or pronoun standing for whoever fits the clause that follows: a
 * quantified noun ("any country"), a bare plural ("companies", "individuals") or a pronoun ("those").
 * A definite or counted noun ("two diplomats who worked at the Russian embassy") is left to the
 * clause, which names whose they are.
 */
function unnamedHead(syntax: SentenceSyntax, i: number, ownEnd: number): boolean {
  const tokens = syntax.tokens;
  const head = tokens[i - 1]!;
  if (HEAD_PRONOUNS.has(head.lower)) return true;
  if (head.pos !== "NOUN" || i - 1 < ownEnd) return false;
  for (const m of syntax.mentions) if (m.span.end === i && hasIdentity(m)) return false;
  let j = i - 2;
  while (j >= 0 && (tokens[j]!.pos === "ADJ" || tokens[j]!.pos === "NOUN" || tokens[j]!.lower === "-")) j--;
  const before = tokens[j];
  if (before && QUANTIFIERS.has(before.lower)) return true;
  return head.lower !== head.lemma && before?.pos !== "DET" && before?.pos !== "NUM";
}

// Words that open a new subject after "that": "told reporters that the US …" is a complement clause.
const SUBJECT_START = new Set(["DET", "PROPN", "PRON", "NUM", "ADJ"]);

/** "that buys", "who had spied": a verb group right after the relative word, not a new subject. */
function relativeVerbAfter(tokens: SentenceSyntax["tokens"], i: number): boolean {
  if (tokens[i]!.lower !== "that") return true;
  // wink tags some verbs after "that" as nouns ("any country that supplies missiles").
  const next = tokens[i + 1];
  return next !== undefined && !SUBJECT_START.has(next.pos) && /\w/.test(next.lower);
}

/** True when one of `sources` has the country of `m`, or, for a body of no country (the EU), is `m`'s actor. */
function sameCountryIn(sources: ReadonlySet<ActorMention>, m: ActorMention): boolean {
  for (const s of sources) {
    if (s.actor.country !== null && s.actor.country === m.actor.country) return true;
    // "The EU extended its sanctions against Russia": an organisation's own "its" is not its target.
    if (s.actor.country === null && m.actor.country === null && s.actor.code === m.actor.code) return true;
  }
  return false;
}

const BREACHES: ReadonlySet<string> = new Set(["violation", "breach", "infringement"]);

/**
 * "called the launch a violation of UN Security Council resolutions", "a breach of Ukraine's
 * sovereignty": the party whose rules or rights were broken is no one acted on by the speaker.
 */
function violatedParty(tokens: SentenceSyntax["tokens"], m: ActorMention): boolean {
  let j = m.span.start - 1;
  // "a violation of multiple UN resolutions", "of the two countries' agreements".
  while (
    j > m.span.start - 4 &&
    (tokens[j]?.pos === "DET" || tokens[j]?.pos === "ADJ" || tokens[j]?.pos === "NUM")
  )
    j--;
  return tokens[j]?.lower === "of" && BREACHES.has(tokens[j - 1]?.lemma ?? "");
}

// Prepositions that name where an act went, after the place it came from ("to" is left out: "a
// letter from Trump to Kim" names its writer).
const GOAL_PREPOSITIONS: ReadonlySet<string> = new Set(["into", "at", "against", "toward", "towards"]);

/**
 * "fired rockets from Gaza into southern Israel": a place after "from" with a goal named right
 * after it is where the act came from, not whom it reached.
 */
function originBeforeGoal(tokens: SentenceSyntax["tokens"], m: ActorMention): boolean {
  const before = tokens[m.span.start - 1]?.lower === "the" ? m.span.start - 2 : m.span.start - 1;
  if (tokens[before]?.lower !== "from") return false;
  for (let j = m.span.end; j < tokens.length && j - m.span.end <= 2; j++) {
    if (GOAL_PREPOSITIONS.has(tokens[j]!.lower)) return true;
    if (tokens[j]!.pos !== "ADV" && tokens[j]!.pos !== "ADJ") return false;
  }
  return false;
}
