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
const BOUNDARY = new Set([";", ":", "--", "—", "(", ")"]);
const RELATIVE = new Set(["who", "which", "whom", "whose", "where", "when"]);
const BE = new Set(["be", "is", "was", "were", "are", "been", "being", "'s", "'re", "get", "got"]);
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

  constructor(sentence: Sentence, mentions: readonly ActorMention[], excluded: ReadonlySet<ActorMention>) {
    this.tokens = sentence.tokens;
    this.mentions = mentions;
    this.excluded = excluded;
    this.relative = relativeClauses(sentence.tokens);
  }

  /** The mention that starts at token i, if any. */
  startingAt(i: number): ActorMention | undefined {
    return this.mentions.find((m) => m.span.start === i);
  }

  private insideRelative(i: number): readonly [number, number] | undefined {
    return this.relative.find(([a, b]) => i >= a && i < b);
  }

  /** True when the mention is a place: "in Singapore", "at the border". */
  isLocative(m: ActorMention): boolean {
    const before = this.tokens[m.span.start - 1]?.lower;
    const beforeThe = this.tokens[m.span.start - 2]?.lower;
    const place = m.kind === "country" || m.kind === "place";
    return place && (LOCATIVE.has(before ?? "") || (before === "the" && LOCATIVE.has(beforeThe ?? "")));
  }

  /**
   * The subject of the verb at `trigger`: the nearest actor mention to its left that is not a
   * prepositional object, a possessor, a noun modifier or a reporter, with its coordinated partners.
   */
  findSubject(trigger: number): ActorMention[] {
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
      if (this.eligibleSubject(m, trigger)) return this.withCoordinated(m);
      i = m.span.start;
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

  private eligibleSubject(m: ActorMention, trigger: number): boolean {
    if (this.excluded.has(m) || m.possessive) return false;
    if (!m.actor.country && !m.group && !m.actor.code) return false;
    const before = this.tokens[m.span.start - 1]?.lower ?? "";
    const before2 = this.tokens[m.span.start - 2]?.lower ?? "";
    if (
      PREPOSITION_BLOCKS_SUBJECT.has(before) ||
      (["the", "a", "an"].includes(before) && PREPOSITION_BLOCKS_SUBJECT.has(before2))
    )
      return false;
    const next = this.tokens[m.span.end];
    // "North Korea relations", "U.S. intelligence": a mention that modifies a noun is not a subject.
    if (
      next &&
      m.span.end < trigger &&
      (next.pos === "NOUN" || next.pos === "PROPN") &&
      next.lower !== "itself"
    ) {
      const mentionNext = this.startingAt(m.span.end);
      if (!mentionNext) return false;
    }
    return true;
  }

  /** "Brazil and the United States", "Washington, Seoul and Tokyo". */
  withCoordinated(m: ActorMention): ActorMention[] {
    const out = [m];
    let start = m.span.start;
    for (;;) {
      let j = start - 1;
      while (j >= 0 && ["the", "a"].includes(this.tokens[j]!.lower)) j--;
      const link = this.tokens[j]?.lower;
      if (link !== "and" && link !== ",") break;
      let k = j - 1;
      if (link === "and" && this.tokens[k]?.lower === ",") k--;
      const prev = this.mentions.find((x) => x.span.end === k + 1);
      if (!prev || this.excluded.has(prev) || prev.possessive) break;
      out.unshift(prev);
      start = prev.span.start;
    }
    // Also coordinated to the right when the trigger comes later: handled by the caller's scan.
    return out;
  }

  /** True for "was rejected", "were killed", "has been attacked". */
  isPassive(trigger: number): boolean {
    const t = this.tokens[trigger]!;
    if (t.pos !== "VERB" || !/(ed|en|wn|ne|t)$/.test(t.lower)) return false;
    for (let j = trigger - 1; j >= 0 && trigger - j <= 3; j--) {
      const p = this.tokens[j]!;
      if (BE.has(p.lower) || BE.has(p.lemma)) return true;
      if (p.pos !== "ADV" && p.pos !== "PART" && p.pos !== "AUX") return false;
    }
    return false;
  }

  /** The agent of a passive or of a noun event: "by Kim Jong Un" after `from`. */
  findAgent(from: number, limit = 6): ActorMention[] {
    for (let i = from; i < this.tokens.length && i - from <= limit; i++) {
      const t = this.tokens[i]!;
      if (BOUNDARY.has(t.lower) || t.lower === ",") return [];
      if (t.lower === "by") {
        const m =
          this.startingAt(i + 1) ??
          (["the", "a"].includes(this.tokens[i + 1]?.lower ?? "") ? this.startingAt(i + 2) : undefined);
        return m && !this.excluded.has(m) ? this.withFollowingCoordinated(m) : [];
      }
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
      if (t.lower === "by" && i > from) return [];
      // ", she indicated …": a new clause with its own subject ends the search.
      if (t.lower === "," && this.tokens[i + 1]?.pos === "PRON") return [];
      const m = this.startingAt(i);
      if (!m) continue;
      if (
        this.excluded.has(m) ||
        skip.has(m) ||
        this.isLocative(m) ||
        (!m.actor.country && !m.group && !m.actor.code)
      ) {
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

  withFollowingCoordinated(m: ActorMention): ActorMention[] {
    const out = [m];
    let end = m.span.end;
    for (;;) {
      let j = end;
      if (this.tokens[j]?.lower === "'s") break;
      if (this.tokens[j]?.lower === ",") j++;
      if (this.tokens[j]?.lower !== "and" && this.tokens[j - 1]?.lower !== ",") break;
      if (this.tokens[j]?.lower === "and") j++;
      while (["the", "a"].includes(this.tokens[j]?.lower ?? "")) j++;
      const next = this.startingAt(j);
      if (!next || this.excluded.has(next)) break;
      out.push(next);
      end = next.span.end;
    }
    return out;
  }

  /** The possessor right before a noun trigger: "Trump's letter", "their past summit". */
  findPossessor(trigger: number): ActorMention[] {
    for (let j = trigger - 1; j >= 0 && trigger - j <= 4; j--) {
      const m = this.mentions.find(
        (x) => x.span.end === j + 1 || (x.span.end === j && this.tokens[j]?.lower === "'s"),
      );
      if (m?.possessive && !this.excluded.has(m)) return [m];
      const t = this.tokens[j]!;
      if (!["ADJ", "NUM", "NOUN", "PROPN", "PART"].includes(t.pos) && t.lower !== "-") return [];
    }
    return [];
  }
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
