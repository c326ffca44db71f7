/**
 * Shallow syntax over one sentence: which actor mention is the subject of a trigger, which are its
 * objects, whether the verb is passive, what sits inside a relative clause. Heuristics over POS tags,
 * not a parser; every choice here is a rule an analyst can read. The rules live in the finders this
 * class gathers (subject, object, agent, passive, coordination); the class holds what they share.
 *
 * @example
 * findSubject(syntax, 7); // [mention of "North Korea"]
 */
import type { ActorMention, Sentence, Token } from "../core/types.js";
import { findAgent, findNounEventAgent, findOrigin, findPossessor } from "./agent-finder.js";
import { withFollowingCoordinated } from "./coordinated-actors.js";
import { hasIdentity } from "./mention-identity.js";
import { BEHESTS, findObject } from "./object-finder.js";
import { isAppositiveParticiple, isPassive, isReducedRelative } from "./passive-clause.js";
import { relativeClauses } from "./relative-clauses.js";
import { findSubject } from "./subject-finder.js";

// Nouns of an "at the … of" phrase that name who asked, or at whose cost, not where.
const ASKED_FOR: ReadonlySet<string> = new Set([...BEHESTS, "expense"]);
const LOCATIVE = new Set(["in", "at", "near", "inside", "outside", "across", "throughout", "within"]);
// "at North Korea's UN mission", "outside China's embassy": a state's premises abroad are not the state.
const PREMISES = new Set(["mission", "embassy", "consulate", "legation", "delegation", "office"]);
// "in protest at Paris's support", "anger at Washington": after a word of feeling or objecting,
// "at" names what it answers, not where anything happened.
const FELT_AT = new Set([
  "protest",
  "anger",
  "angry",
  "angered",
  "outrage",
  "outraged",
  "fury",
  "furious",
  "dismay",
  "dismayed",
  "alarm",
  "alarmed",
  "displeasure",
  "frustration",
  "frustrated",
  "indignation",
  "disappointment",
  "disappointed",
  "surprise",
  "surprised",
  "shock",
  "shocked",
  "irritation",
  "annoyance",
  "incensed",
  "upset",
]);

/** A sentence with its mentions, indexed for the syntax rules. @example new SentenceSyntax(sentence, mentions, excluded) */
export class SentenceSyntax {
  readonly tokens: readonly Token[];
  readonly mentions: readonly ActorMention[];
  /** Mentions that may be no role of this trigger: its reporters and actors outside its frame. */
  readonly excluded: ReadonlySet<ActorMention>;
  /** Lemmas of verbs that take a clause, after which an actor is a subject, not an object. */
  readonly clauseVerbs: ReadonlySet<string>;
  private readonly relative: readonly (readonly [number, number])[];

  constructor(
    sentence: Sentence,
    mentions: readonly ActorMention[],
    excluded: ReadonlySet<ActorMention>,
    clauseVerbs: ReadonlySet<string> = new Set(),
  ) {
    this.tokens = sentence.tokens;
    this.mentions = mentions;
    this.excluded = excluded;
    this.relative = relativeClauses(sentence.tokens);
    this.clauseVerbs = clauseVerbs;
  }

  /** The eligible mention that ends right before token `i`. @example syntax.endingAt(5) */
  endingAt(i: number): ActorMention | undefined {
    return this.mentions.find((m) => m.span.end === i && !this.excluded.has(m) && hasIdentity(m));
  }

  /** The mention that starts at token i, if any. @example syntax.startingAt(5)?.text */
  startingAt(i: number): ActorMention | undefined {
    return this.mentions.find((m) => m.span.start === i);
  }

  /** The ", who/which … ," relative clause holding token `i`, if any. @example syntax.insideRelative(6) // [4, 9] */
  insideRelative(i: number): readonly [number, number] | undefined {
    return this.relative.find(([a, b]) => i >= a && i < b);
  }

  /** True when the mention is a place: "in Singapore", "at the border". @example syntax.isLocative(mention) */
  isLocative(m: ActorMention): boolean {
    const place = m.kind === "country" || m.kind === "place";
    if (!place) return false;
    if (m.possessive && this.tokens.slice(m.span.end, m.span.end + 3).some((t) => PREMISES.has(t.lemma)))
      return false;
    // "in Singapore", "in the Gaza Strip", "in central Iran", "in southeastern Turkey".
    let j = m.span.start - 1;
    while (
      j >= 0 &&
      (this.tokens[j]!.lower === "the" || this.tokens[j]!.pos === "ADJ") &&
      m.span.start - j <= 3
    )
      j--;
    // "in the east of the Gaza Strip", "on the outskirts of Kyiv".
    if (this.tokens[j]?.lower === "of") {
      let k = j - 1;
      while (k >= 0 && ["NOUN", "ADJ", "DET"].includes(this.tokens[k]!.pos) && j - k <= 3) k--;
      const at = this.tokens[k]?.lower ?? "";
      // "at the request of the United States", "at the invitation of Egypt": who asked is no place.
      if (this.tokens.slice(k + 1, j).some((t) => ASKED_FOR.has(t.lemma))) return false;
      // "off the coast of Somalia": at sea near a country.
      if (k < j - 1 && (LOCATIVE.has(at) || at === "on" || at === "off")) return true;
    }
    if (this.tokens[j]?.lower === "at" && FELT_AT.has(this.tokens[j - 1]?.lower ?? "")) return false;
    return LOCATIVE.has(this.tokens[j]?.lower ?? "") || this.atSeaOff(j);
  }

  /** "a tanker off Somalia": "off" after a noun places at sea; after a verb it is a particle ("cut off Qatar"). */
  private atSeaOff(j: number): boolean {
    return (
      this.tokens[j]?.lower === "off" && ["NOUN", "PROPN", "NUM"].includes(this.tokens[j - 1]?.pos ?? "")
    );
  }

  /** The subject of the verb at `trigger`, with its coordinated partners. @example syntax.findSubject(7) */
  findSubject(trigger: number, allowPossessor = false): ActorMention[] {
    return findSubject(this, trigger, allowPossessor);
  }

  /** "… with Washington, Seoul and Tokyo": the list `m` opens. @example syntax.withFollowingCoordinated(m) */
  withFollowingCoordinated(m: ActorMention): ActorMention[] {
    return withFollowingCoordinated(this, m);
  }

  /** True for "was rejected", "were killed", "has been attacked". @example syntax.isPassive(7) */
  isPassive(trigger: number): boolean {
    return isPassive(this, trigger);
  }

  /** Public view of the reduced-relative test. @example syntax.isReducedRelativeAt(7) */
  isReducedRelativeAt(trigger: number): boolean {
    return isReducedRelative(this, trigger);
  }

  /** Public view of the appositive-participle test ("the militia, backed by Iran,"). @example syntax.isAppositiveAt(4) */
  isAppositiveAt(trigger: number): boolean {
    return isAppositiveParticiple(this, trigger);
  }

  /** The agent of a passive or of a noun event: "by Kim Jong Un" after `from`. @example syntax.findAgent(8) */
  findAgent(from: number, limit = 6): ActorMention[] {
    return findAgent(this, from, limit);
  }

  /** The agent of an event noun after "by", unless it belongs to a deverbal noun between. @example syntax.findNounEventAgent(4, 6) */
  findNounEventAgent(trigger: number, from: number): ActorMention[] {
    return findNounEventAgent(this, trigger, from);
  }

  /** "fired at it from the Gaza Strip": the place an act came from. @example syntax.findOrigin(8) */
  findOrigin(from: number, limit = 8): ActorMention[] {
    return findOrigin(this, from, limit);
  }

  /** The first actor after `from` in the same clause, with its partners; nouns before `ownEnd` are the trigger's own. @example syntax.findObject(8) */
  findObject(
    from: number,
    limit = 14,
    skip: ReadonlySet<ActorMention> = new Set(),
    ownEnd = from,
  ): ActorMention[] {
    return findObject(this, from, limit, skip, ownEnd);
  }

  /** The owner or national modifier of a noun trigger: "Trump's letter". @example syntax.findPossessor(7) */
  findPossessor(trigger: number): ActorMention[] {
    return findPossessor(this, trigger);
  }
}
