/**
 * Coordinated actors: the list an actor heads or closes ("Brazil and the United States",
 * "with Washington, Seoul and Tokyo"), so that one event gets every party the list names.
 *
 * @example
 * withFollowingCoordinated(syntax, mention).map((m) => m.text); // ["Washington", "Seoul", "Tokyo"]
 */
import type { ActorMention } from "../core/types.js";
import type { SentenceSyntax } from "./clause-syntax.js";

/**
 * "Brazil and the United States", "Washington, Seoul and Tokyo" — a list that opens a clause.
 * @example withCoordinated(syntax, mention).map((m) => m.text) // ["Brazil", "the United States"]
 */
export function withCoordinated(syntax: SentenceSyntax, m: ActorMention): ActorMention[] {
  const tokens = syntax.tokens;
  const out = [m];
  let start = m.span.start;
  let sawAnd = false;
  for (;;) {
    let j = start - 1;
    // "the government and Muslim rebels": the actor's own modifiers stand between it and "and".
    // "Putin and his Turkish counterpart Erdogan": an owner's pronoun is the actor's modifier too.
    while (
      j >= 0 &&
      start - j <= MODIFIERS_MAX &&
      (isModifier(syntax, j) || OWNER_PRONOUNS.has(tokens[j]!.lower))
    )
      j--;
    const link = tokens[j]?.lower;
    if (link !== "and" && link !== ",") break;
    // A comma only joins a list whose last link is "and": "Unless Seoul acts, Trump will …" is no list.
    if (link === "," && !sawAnd) break;
    sawAnd = sawAnd || link === "and";
    let k = j - 1;
    if (link === "and" && tokens[k]?.lower === ",") k--;
    const prev = syntax.mentions.find((x) => x.span.end === k + 1);
    if (!prev || syntax.excluded.has(prev) || prev.possessive) break;
    out.unshift(prev);
    start = prev.span.start;
  }
  // "Russia attacked Ukraine and China accused Japan": a list right after a verb or a preposition
  // is that word's object, not this clause's subject.
  if (out.length > 1) {
    let j = start - 1;
    // "fired rockets at northern Israel, and the group's leader warned": past the first's modifiers.
    while (j >= 0 && (tokens[j]!.pos === "DET" || tokens[j]!.pos === "ADJ")) j--;
    const before = tokens[j];
    // "Kenya said Egypt and Israel had agreed": a clause verb's list opens the clause it reports.
    const reports = before?.pos === "VERB" && syntax.clauseVerbs.has(before.lemma);
    // "hours after Seoul and Washington began drills": a preposition that also opens a clause.
    const opensClause = before?.pos === "ADP" && CLAUSE_OPENERS.has(before.lower);
    if (before && (before.pos === "VERB" || before.pos === "ADP") && !reports && !opensClause) return [m];
  }
  return out;
}

/**
 * "… with Washington, Seoul and Tokyo": a list that ends in "and" or "or", whose members start no clause.
 * @example withFollowingCoordinated(syntax, mention).length // 3
 */
export function withFollowingCoordinated(syntax: SentenceSyntax, m: ActorMention): ActorMention[] {
  const tokens = syntax.tokens;
  const chain = [m];
  let end = m.span.end;
  let closed = false;
  for (;;) {
    let j = end;
    if (tokens[j]?.lower === "'s") break;
    const comma = tokens[j]?.lower === ",";
    if (comma) j++;
    const and = tokens[j]?.lower === "and" || tokens[j]?.lower === "or";
    if (!and && !comma) break;
    if (and) j++;
    const from = j;
    while (
      j - from < MODIFIERS_MAX &&
      ((isModifier(syntax, j) && !syntax.startingAt(j)) ||
        (OWNER_PRONOUNS.has(tokens[j]!.lower) && syntax.startingAt(j + 1)))
    )
      j++;
    const next = syntax.startingAt(j);
    if (!next || syntax.excluded.has(next) || next.possessive) break;
    const after = tokens[next.span.end];
    // "… Ukraine and China accused Japan": the next actor is the subject of a new clause.
    if (after && (after.pos === "VERB" || after.pos === "AUX") && after.lower !== "'s") break;
    chain.push(next);
    end = next.span.end;
    if (and) {
      closed = true;
      break;
    }
  }
  return closed ? chain : [m];
}

const MODIFIERS_MAX = 3;
const OWNER_PRONOUNS: ReadonlySet<string> = new Set(["his", "her", "its", "their"]);
// Words tagged as prepositions that may open a clause whose subject is the list.
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  "after",
  "before",
  "since",
  "until",
  "till",
  "as",
  "once",
]);
const ARTICLES = new Set(["the", "a", "an"]);

/**
 * An article, adjective or number, or a capitalised word no actor covers ("Muslim", "Zapatista"),
 * that may open an actor's noun phrase.
 */
function isModifier(syntax: SentenceSyntax, j: number): boolean {
  const t = syntax.tokens[j];
  if (!t) return false;
  if (ARTICLES.has(t.lower)) return true;
  if (syntax.mentions.some((m) => m.span.start <= j && j < m.span.end)) return false;
  return t.pos === "ADJ" || t.pos === "NUM" || (t.pos === "PROPN" && /^\p{Lu}/u.test(t.text));
}

const PHRASE_WORDS: ReadonlySet<string> = new Set(["DET", "ADJ", "NOUN", "PROPN", "PART"]);

/**
 * True when the mention starting at `start` closes a "between X and Y" pair: "fighting between
 * Israel and Hezbollah has killed 300 people" has the fighting, not Hezbollah, as the subject.
 * @example closesBetweenPair(tokens, 4) // "Fighting between Israel and Hezbollah" → true
 */
export function closesBetweenPair(tokens: SentenceSyntax["tokens"], start: number): boolean {
  let j = start - 1;
  if (tokens[j]?.lower === "the") j--;
  if (tokens[j]?.lower !== "and") return false;
  for (let k = j - 1; k >= 0 && j - k <= 6; k--) {
    const t = tokens[k]!;
    if (t.lower === "between") return true;
    if (!PHRASE_WORDS.has(t.pos) && t.lower !== "-") return false;
  }
  return false;
}

/**
 * True when the token at `p` opens or modifies a noun phrase before its head: an article, an
 * adjective, or a possessor ("on a children's hospital in Kyiv").
 * @example leadsNounPhrase(tokens, p) // true for "children" and "'s" in "a children's hospital"
 */
export function leadsNounPhrase(tokens: SentenceSyntax["tokens"], p: number): boolean {
  const t = tokens[p]!;
  if (t.pos === "ADJ" || ARTICLES.has(t.lower) || t.lower === "'s") return true;
  return t.pos === "NOUN" && tokens[p + 1]?.lower === "'s";
}
