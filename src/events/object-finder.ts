/**
 * The object of a trigger: the first actor after it in the same clause, skipping places, makers,
 * the source's own "its" and anyone the reporting frame excludes, with its coordinated partners.
 *
 * @example
 * findObject(syntax, trigger + 1); // "imposed sanctions on North Korea" → [mention of "North Korea"]
 */
import type { ActorMention } from "../core/types.js";
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
const SUBJECT_PRONOUNS = new Set(["i", "he", "she", "we", "they"]);
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
): ActorMention[] {
  const tokens = syntax.tokens;
  const ownRelative = syntax.insideRelative(from);
  for (let i = from; i < tokens.length && i - from <= limit; i++) {
    const t = tokens[i]!;
    if (BOUNDARY.has(t.lower) || TARGET_STOP.has(t.lower)) return [];
    if (t.lower === "," && tokens[i + 1] && RELATIVE.has(tokens[i + 1]!.lower)) return [];
    const rel = syntax.insideRelative(i);
    if (rel && rel !== ownRelative) return [];
    // ", she indicated …", ", the first meeting between …", ", killing …": past a comma, before any
    // object, comes a new clause or an apposition, not the object ("artillery, mortar and rocket
    // fire against …" is a list and goes on).
    if (t.lower === "," && CLAUSE_AFTER_COMMA.has(tokens[i + 1]?.pos ?? "")) return [];
    // "executed a man convicted of spying for Israel": a participle after a plain noun opens a
    // phrase about that noun; the object was the noun, and it names no actor.
    if (
      t.pos === "VERB" &&
      // "demolished a house belonging to a militant", "seized a tanker owned by Iran": the owner
      // of the thing acted on is whom the act hits.
      !OWNER_PARTICIPLES.has(t.lower) &&
      i > from &&
      ["NOUN", "PROPN"].includes(tokens[i - 1]!.pos) &&
      !syntax.mentions.some((m) => m.span.end === i)
    )
      return [];
    // "wanted to meet, and last week he criticised Japan": a subject pronoun with its own verb
    // opens a new clause.
    if (SUBJECT_PRONOUNS.has(t.lower) && ["VERB", "AUX"].includes(tokens[i + 1]?.pos ?? "")) return [];
    // "condemned the launch and said …": a second verb of the same subject ends the object.
    if ((t.lower === "and" || t.lower === "or") && ["VERB", "AUX"].includes(tokens[i + 1]?.pos ?? ""))
      return [];
    const m = syntax.startingAt(i);
    if (!m) continue;
    // "Syria … withdraw its troops from Lebanon": the source's own "its" is not the target.
    const self = m.coreferent && sameCountryIn(skip, m);
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
      !hasIdentity(m)
    ) {
      i = m.span.end - 1;
      continue;
    }
    const after = tokens[m.span.end];
    // ", Seoul said …", "urged restraint, and Israel vowed …": an actor with a verb of its own
    // after a comma or a conjunction is the subject of a new clause.
    let before = m.span.start - 1;
    if (tokens[before]?.pos === "DET") before--;
    if (
      after &&
      (after.pos === "VERB" || after.pos === "AUX") &&
      after.lower !== "'s" &&
      CLAUSE_LINKS.has(tokens[before]?.lower ?? "")
    )
      return [];
    return withFollowingCoordinated(syntax, m);
  }
  return [];
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
