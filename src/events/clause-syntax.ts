/**
 * Shallow syntax over one sentence: which actor mention is the subject of a trigger, which are its
 * objects, whether the verb is passive, what sits inside a relative clause. Heuristics over POS tags,
 * not a parser; every choice here is a rule an analyst can read.
 *
 * @example
 * findSubject(syntax, 7); // [mention of "North Korea"]
 */
import type { ActorMention, Sentence, Token } from "../core/types.js";

const PREPOSITION_BLOCKS_SUBJECT = new Set([
  "of",
  "with",
  "to",
  "from",
  "in",
  "at",
  "by",
  "for",
  "against",
  "on",
  "into",
  "over",
  "about",
  "toward",
  "towards",
  "between",
  "among",
  "despite",
  "after",
  "before",
  "under",
  "than",
  "like",
  "per",
  "as",
]);
// Parentheses are not boundaries: they mostly hold an acronym, "the Agency (IAEA) condemned".
const BOUNDARY = new Set([";", ":", "--", "—"]);
const RELATIVE = new Set(["who", "which", "whom", "whose", "where", "when"]);
const BE = new Set(["be", "is", "was", "were", "are", "been", "being", "'s", "'re", "get", "got"]);
const TIME_WORDS = new Set([
  "today",
  "yesterday",
  "tomorrow",
  "tonight",
  "overnight",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "earlier",
  "later",
  "now",
  "again",
  "also",
  "last",
  "this",
  "next",
]);
const QUANTITY_NOUNS = new Set([
  "hundred",
  "hundreds",
  "thousand",
  "thousands",
  "dozen",
  "dozens",
  "score",
  "scores",
  "million",
  "millions",
  "ten",
  "tens",
  "some",
  "many",
  "most",
  "several",
  "all",
  "group",
  "member",
  "delegation",
  "team",
  "supporter",
  "band",
  "number",
  "contingent",
  "unit",
  "convoy",
  "wave",
  "crowd",
]);
const CONJUNCTION_PREPOSITIONS = new Set(["after", "before", "as", "since", "until", "than", "like"]);
const AUXILIARY_LEMMAS = new Set(["be", "have", "will", "would", "can", "could", "may", "might", "must", "should"]);
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
const CLAUSE_AFTER_COMMA = new Set(["DET", "PRON", "VERB", "AUX", "SCONJ"]);
const PLACE_NOUNS = new Set([
  "province",
  "region",
  "state",
  "district",
  "county",
  "governorate",
  "oblast",
  "prefecture",
  "municipality",
]);
const SUBORDINATORS = new Set(["when", "while", "because", "although", "though", "whereas", "once"]);
const ADJECTIVAL_KINDS = new Set(["country", "igo", "group"]);
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
]);
const LOCATIVE = new Set(["in", "at", "near", "inside", "outside", "across", "throughout", "within"]);
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
]);

/** A sentence with its mentions, indexed for the syntax rules. @example new SentenceSyntax(sentence, mentions, excluded) */
export class SentenceSyntax {
  readonly tokens: readonly Token[];
  readonly mentions: readonly ActorMention[];
  private readonly excluded: ReadonlySet<ActorMention>;
  private readonly relative: readonly (readonly [number, number])[];

  private readonly clauseVerbs: ReadonlySet<string>;

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

  /** The mention that starts at token i, if any. */
  /** The eligible mention that ends right before token `i`. @example syntax.endingAt(5) */
  endingAt(i: number): ActorMention | undefined {
    return this.mentions.find((m) => m.span.end === i && !this.excluded.has(m) && hasIdentity(m));
  }

  startingAt(i: number): ActorMention | undefined {
    return this.mentions.find((m) => m.span.start === i);
  }

  private insideRelative(i: number): readonly [number, number] | undefined {
    return this.relative.find(([a, b]) => i >= a && i < b);
  }

  /** True when the mention is a place: "in Singapore", "at the border". */
  isLocative(m: ActorMention): boolean {
    const place = m.kind === "country" || m.kind === "place";
    if (!place) return false;
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
      if (k < j - 1 && (LOCATIVE.has(this.tokens[k]?.lower ?? "") || this.tokens[k]?.lower === "on"))
        return true;
    }
    return LOCATIVE.has(this.tokens[j]?.lower ?? "");
  }

  /**
   * The subject of the verb at `trigger`: the nearest actor mention to its left that is not a
   * prepositional object, a possessor, a noun modifier or a reporter, with its coordinated partners.
   */
  findSubject(trigger: number, allowPossessor = false): ActorMention[] {
    const ownRelative = this.insideRelative(trigger);
    for (let i = trigger - 1; i >= 0; i--) {
      const t = this.tokens[i]!;
      if (BOUNDARY.has(t.lower)) break;
      const rel = this.insideRelative(i);
      if (rel && rel !== ownRelative) {
        i = rel[0];
        continue;
      }
      const m = this.mentions.find((x) => x.span.end === i + 1);
      if (!m) continue;
      if (this.eligibleSubject(m, trigger, allowPossessor)) return this.withCoordinated(m);
      i = m.span.start;
      // "two weeks after Al-Qaeda-linked rebels kidnapped …": a subordinate clause with its own
      // subject, one with no country; an actor further left belongs to another clause.
      const opener = this.tokens[i - 1]?.lower ?? "";
      if ((CONJUNCTION_PREPOSITIONS.has(opener) || SUBORDINATORS.has(opener)) && this.adjacentToVerb(m, trigger))
        return [];
    }
    // A relative clause's subject is the noun it hangs on: "Kim, who rejected the letter".
    if (ownRelative) {
      const head = this.mentions.find(
        (x) => x.span.end === ownRelative[0] || x.span.end === ownRelative[0] - 1,
      );
      if (head && !this.excluded.has(head)) return [head];
    }
    return [];
  }

  /**
   * True when one noun phrase runs from the mention to the trigger ("Al-Qaeda-linked rebels"),
   * followed at most by auxiliaries and adverbs.
   */
  private adjacentToVerb(m: ActorMention, trigger: number): boolean {
    for (let j = m.span.end; j < trigger; j++) {
      const t = this.tokens[j]!;
      if (["AUX", "ADV", "PART", "NOUN", "PROPN", "ADJ", "NUM"].includes(t.pos) || t.lower === "-") continue;
      if (t.pos === "VERB" && this.tokens[j - 1]?.lower === "-") continue;
      return false;
    }
    return true;
  }

  private eligibleSubject(m: ActorMention, trigger: number, allowPossessor: boolean): boolean {
    if (this.excluded.has(m) || (m.possessive && !allowPossessor)) return false;
    // "… killed one U.S. soldier and wounded two": an actor right after a verb is that verb's object,
    // unless the verb takes a clause ("said Kim had refused").
    let v = m.span.start - 1;
    while (v >= 0 && ["DET", "NUM", "ADJ"].includes(this.tokens[v]!.pos)) v--;
    const governing = this.tokens[v];
    // "wants Putin to attack": the object of "want" is the subject of the infinitive.
    const infinitiveSubject = this.tokens[m.span.end]?.lower === "to" && m.span.end + 1 >= trigger - 1;
    // "the Syrian-backed Amal militia": a hyphenated participle governs nothing.
    const hyphenated = v > 0 && this.tokens[v - 1]?.lower === "-";
    if (
      governing &&
      governing.pos === "VERB" &&
      !this.clauseVerbs.has(governing.lemma) &&
      !infinitiveSubject &&
      !hyphenated
    )
      return false;
    if (!hasIdentity(m)) return false;
    const before = this.tokens[m.span.start - 1]?.lower ?? "";
    const before2 = this.tokens[m.span.start - 2]?.lower ?? "";
    // "A camp for Congolese refugees was attacked": in a passive, the subject's complement names the target.
    const complement = allowPossessor && (before === "for" || before === "of");
    // "Hundreds of UN troops", "a group of Moroccan diplomats": the actor after "of" is the head.
    const ofAt =
      before === "of"
        ? m.span.start - 1
        : before2 === "of" && ["the", "a", "an"].includes(before)
          ? m.span.start - 2
          : -1;
    const ofHead = ofAt > 0 ? this.tokens[ofAt - 1] : undefined;
    const quantified = ofHead !== undefined && (ofHead.pos === "NUM" || QUANTITY_NOUNS.has(ofHead.lemma));
    const blocked =
      !quantified &&
      (PREPOSITION_BLOCKS_SUBJECT.has(before) ||
        (["the", "a", "an"].includes(before) && PREPOSITION_BLOCKS_SUBJECT.has(before2)));
    // "after its coast guard fired": before a finite verb, "after", "before", "as" open a clause.
    const opensClause =
      CONJUNCTION_PREPOSITIONS.has(before) && ["VERB", "AUX"].includes(this.tokens[m.span.end]?.pos ?? "");
    if (blocked && !complement && !opensClause) return false;
    const next = this.tokens[m.span.end];
    // "North Korea relations", "U.S. intelligence": a mention that modifies a noun is not a subject.
    if (
      next &&
      m.span.end < trigger &&
      (next.pos === "NOUN" || next.pos === "PROPN") &&
      next.lower !== "itself" &&
      // "Iran today threatened", "Arafat Wednesday rejected": a time word is not a noun being modified.
      !TIME_WORDS.has(next.lower) &&
      // "the government of Sindh province": a word for a kind of place belongs to the name.
      !PLACE_NOUNS.has(next.lemma) &&
      // wink tags some verbs as nouns ("Trump plans to meet"): a noun followed by "to" is a verb here.
      this.tokens[m.span.end + 1]?.lower !== "to"
    ) {
      const mentionNext = this.startingAt(m.span.end);
      if (!mentionNext) return false;
    }
    return true;
  }

  /** "Brazil and the United States", "Washington, Seoul and Tokyo" — a list that opens a clause. */
  withCoordinated(m: ActorMention): ActorMention[] {
    const out = [m];
    let start = m.span.start;
    let sawAnd = false;
    for (;;) {
      let j = start - 1;
      while (j >= 0 && ["the", "a"].includes(this.tokens[j]!.lower)) j--;
      const link = this.tokens[j]?.lower;
      if (link !== "and" && link !== ",") break;
      // A comma only joins a list whose last link is "and": "Unless Seoul acts, Trump will …" is no list.
      if (link === "," && !sawAnd) break;
      sawAnd = sawAnd || link === "and";
      let k = j - 1;
      if (link === "and" && this.tokens[k]?.lower === ",") k--;
      const prev = this.mentions.find((x) => x.span.end === k + 1);
      if (!prev || this.excluded.has(prev) || prev.possessive) break;
      out.unshift(prev);
      start = prev.span.start;
    }
    // "Russia attacked Ukraine and China accused Japan": a list right after a verb or a preposition
    // is that word's object, not this clause's subject.
    if (out.length > 1) {
      let j = start - 1;
      while (j >= 0 && this.tokens[j]!.pos === "DET") j--;
      const before = this.tokens[j];
      if (before && (before.pos === "VERB" || before.pos === "ADP")) return [m];
    }
    return out;
  }
  /** True for "was rejected", "were killed", "has been attacked". */
  isPassive(trigger: number): boolean {
    const t = this.tokens[trigger]!;
    if (t.pos !== "VERB" || !/(ed|en|wn|ne|t)$/.test(t.lower)) return false;
    if (this.isReducedRelative(trigger)) return true;
    for (let j = trigger - 1; j >= 0 && trigger - j <= 3; j--) {
      const p = this.tokens[j]!;
      if (BE.has(p.lower) || BE.has(p.lemma)) return true;
      if (p.pos !== "ADV" && p.pos !== "PART" && p.pos !== "AUX") return false;
    }
    return false;
  }

  /**
   * "a member of the Hamas movement jailed over a year ago": a participle right after a noun, in a
   * clause whose main verb came earlier, is a passive that modifies the noun.
   */
  /** Public view of the reduced-relative test. @example syntax.isReducedRelativeAt(7) */
  isReducedRelativeAt(trigger: number): boolean {
    return this.isReducedRelative(trigger);
  }

  private isReducedRelative(trigger: number): boolean {
    const before = this.tokens[trigger - 1];
    if (!before || (before.pos !== "NOUN" && before.pos !== "PROPN")) return false;
    // A participle that takes a direct object ("Kim rejected the letter") is a finite verb.
    const after = this.tokens[trigger + 1];
    if (!after || ["DET", "NOUN", "PROPN", "PRON", "NUM", "ADJ"].includes(after.pos)) return false;
    // "ten foreign nationals captured by Russian forces": a noun, a participle and its agent.
    if (after.lower === "by" && this.startingAt(trigger + 2) !== undefined) return true;
    for (let j = trigger - 2; j >= 0; j--) {
      const t = this.tokens[j]!;
      if (CLAUSE_OPENERS.has(t.lower) || BOUNDARY.has(t.lower)) return false;
      if (t.pos === "VERB") return true;
      // "There were ten soldiers killed": the existential clause has no other verb.
      if (t.lemma === "be" && this.tokens[j - 1]?.lower === "there") return true;
    }
    return this.mainVerbFollows(trigger);
  }

  /**
   * "The civilians imprisoned for acting against Moscow were released": at the start of a sentence,
   * a participle whose phrase runs into a finite auxiliary modifies the noun before it.
   */
  private mainVerbFollows(trigger: number): boolean {
    for (let j = trigger + 1; j < this.tokens.length && j - trigger <= 12; j++) {
      const t = this.tokens[j]!;
      if (BOUNDARY.has(t.lower) || CLAUSE_OPENERS.has(t.lower) || [",", "and", "or"].includes(t.lower))
        return false;
      if (t.pos === "AUX") return AUXILIARY_LEMMAS.has(t.lemma) && this.tokens[j + 1]?.pos !== "ADP";
      // A gerund after a preposition ("for acting") stays inside the participle's phrase.
      if (t.pos === "VERB" && !(t.lower.endsWith("ing") && ["ADP", "SCONJ"].includes(this.tokens[j - 1]?.pos ?? ""))) return false;
    }
    return false;
  }

  /** The agent of a passive or of a noun event: "by Kim Jong Un" after `from`. */
  findAgent(from: number, limit = 6): ActorMention[] {
    for (let i = from; i < this.tokens.length && i - from <= limit; i++) {
      const t = this.tokens[i]!;
      if (BOUNDARY.has(t.lower) || t.lower === ",") return [];
      // "The rejection … was confirmed by Seoul": "by" after another verb names that verb's agent.
      if (t.pos === "VERB" && i > from) return [];
      if (t.lower === "by") {
        const m =
          this.startingAt(i + 1) ??
          (["the", "a"].includes(this.tokens[i + 1]?.lower ?? "") ? this.startingAt(i + 2) : undefined);
        // "killed by the Malaysia Airlines flight": an actor that modifies a noun is not the agent.
        const modifier = m && ["NOUN", "PROPN"].includes(this.tokens[m.span.end]?.pos ?? "");
        return m && !modifier && !this.excluded.has(m) ? this.withFollowingCoordinated(m) : [];
      }
    }
    return [];
  }

  /** "fired at it from the Gaza Strip": the place an act came from. */
  findOrigin(from: number, limit = 8): ActorMention[] {
    for (let i = from; i < this.tokens.length && i - from <= limit; i++) {
      const t = this.tokens[i]!;
      if (BOUNDARY.has(t.lower) || t.lower === ",") return [];
      if (t.lower !== "from") continue;
      const m =
        this.startingAt(i + 1) ?? (this.tokens[i + 1]?.lower === "the" ? this.startingAt(i + 2) : undefined);
      return m && hasIdentity(m) && !this.excluded.has(m) ? [m] : [];
    }
    return [];
  }

  /** The first actor after `from` in the same clause, with its coordinated partners. */
  findObject(from: number, limit = 14, skip: ReadonlySet<ActorMention> = new Set()): ActorMention[] {
    const ownRelative = this.insideRelative(from);
    for (let i = from; i < this.tokens.length && i - from <= limit; i++) {
      const t = this.tokens[i]!;
      if (BOUNDARY.has(t.lower) || TARGET_STOP.has(t.lower)) return [];
      if (t.lower === "," && this.tokens[i + 1] && RELATIVE.has(this.tokens[i + 1]!.lower)) return [];
      const rel = this.insideRelative(i);
      if (rel && rel !== ownRelative) return [];
      // ", she indicated …", ", the first meeting between …", ", killing …": past a comma, before any
      // object, comes a new clause or an apposition, not the object ("artillery, mortar and rocket
      // fire against …" is a list and goes on).
      if (t.lower === "," && CLAUSE_AFTER_COMMA.has(this.tokens[i + 1]?.pos ?? "")) return [];
      // "executed a man convicted of spying for Israel": a participle after a plain noun opens a
      // phrase about that noun; the object was the noun, and it names no actor.
      if (
        t.pos === "VERB" &&
        i > from &&
        ["NOUN", "PROPN"].includes(this.tokens[i - 1]!.pos) &&
        !this.mentions.some((m) => m.span.end === i)
      )
        return [];
      // "condemned the launch and said …": a second verb of the same subject ends the object.
      if ((t.lower === "and" || t.lower === "or") && ["VERB", "AUX"].includes(this.tokens[i + 1]?.pos ?? ""))
        return [];
      const m = this.startingAt(i);
      if (!m) continue;
      // "Syria … withdraw its troops from Lebanon": the source's own "its" is not the target.
      const self = [...skip].some(
        (s) => s.actor.country !== null && s.actor.country === m.actor.country && m.coreferent,
      );
      // "an EU-brokered deal", "Iranian-made drones": the maker or broker is nobody's object
      // ("rebel-held territory" is still the rebels').
      const modifier =
        this.tokens[m.span.end]?.lower === "-" && MAKER_PARTICIPLES.has(this.tokens[m.span.end + 1]?.lower ?? "");
      if (this.excluded.has(m) || skip.has(m) || self || modifier || this.isLocative(m) || !hasIdentity(m)) {
        i = m.span.end - 1;
        continue;
      }
      const after = this.tokens[m.span.end];
      if (
        after &&
        (after.pos === "VERB" || after.pos === "AUX") &&
        after.lower !== "'s" &&
        this.tokens[m.span.start - 1]?.lower === ","
      )
        return [];
      return this.withFollowingCoordinated(m);
    }
    return [];
  }

  /** "… with Washington, Seoul and Tokyo": a list that ends in "and" or "or", whose members start no clause. */
  withFollowingCoordinated(m: ActorMention): ActorMention[] {
    const chain = [m];
    let end = m.span.end;
    let closed = false;
    for (;;) {
      let j = end;
      if (this.tokens[j]?.lower === "'s") break;
      const comma = this.tokens[j]?.lower === ",";
      if (comma) j++;
      const and = this.tokens[j]?.lower === "and" || this.tokens[j]?.lower === "or";
      if (!and && !comma) break;
      if (and) j++;
      while (["the", "a"].includes(this.tokens[j]?.lower ?? "")) j++;
      const next = this.startingAt(j);
      if (!next || this.excluded.has(next) || next.possessive) break;
      const after = this.tokens[next.span.end];
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
  /** The possessor right before a noun trigger: "Trump's letter", "their past summit". */
  private possessiveBefore(from: number): ActorMention[] | null {
    for (let j = from - 1; j >= 0 && from - j <= 3; j--) {
      const m = this.mentions.find((x) => x.span.end === j + 1 || (x.span.end === j && this.tokens[j]?.lower === "'s"));
      if (m?.possessive && !this.excluded.has(m)) return [m];
      if (!["ADJ", "NUM", "DET"].includes(this.tokens[j]!.pos) && this.tokens[j]!.lower !== "'s") return null;
    }
    return null;
  }

  findPossessor(trigger: number): ActorMention[] {
    for (let j = trigger - 1; j >= 0 && trigger - j <= 4; j--) {
      const m = this.mentions.find(
        (x) => x.span.end === j + 1 || (x.span.end === j && this.tokens[j]?.lower === "'s"),
      );
      if (m?.possessive && !this.excluded.has(m)) return [m];
      // "Israeli tank shelling", "US air strikes": a national modifier of an event noun is its agent.
      if (
        m &&
        !this.excluded.has(m) &&
        m.span.end === j + 1 &&
        (ADJECTIVAL_KINDS.has(m.kind) || (m.kind === "agent" && j === trigger - 1)) &&
        hasIdentity(m)
      )
        // "their 2018 Singapore summit": an owner further left outranks a place-like modifier.
        return this.possessiveBefore(m.span.start) ?? [m];
      const t = this.tokens[j]!;
      if (!["ADJ", "NUM", "NOUN", "PROPN", "PART"].includes(t.pos) && t.lower !== "-") return [];
    }
    return [];
  }
}

/** An actor an event can name: a country, an organisation or a group — not a bare "officials". @example hasIdentity(mention) */
export function hasIdentity(m: ActorMention): boolean {
  return m.actor.country !== null || m.group !== undefined || (m.actor.code !== "" && m.kind !== "agent");
}

/** Token ranges of ", who/which … ," relative clauses and parentheticals. */
function relativeClauses(tokens: readonly Token[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < tokens.length - 1; i++) {
    if (tokens[i]!.lower !== "," || !RELATIVE.has(tokens[i + 1]!.lower)) continue;
    let j = i + 2;
    while (j < tokens.length && tokens[j]!.lower !== "," && !BOUNDARY.has(tokens[j]!.lower)) j++;
    out.push([i + 1, j]);
  }
  return out;
}
