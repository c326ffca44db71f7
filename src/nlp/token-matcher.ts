/**
 * The one matcher behind every rule: a trie whose edges are pattern elements, indexed by the first
 * word, walked from each token. Actor names and event patterns both compile into it. Word edges are
 * keyed by vocabulary ids, which tokens carry, so a step is an integer lookup.
 *
 * @example
 * const matcher = new TokenMatcher<string>(analyser.vocabulary);
 * matcher.add(parseTokenPattern("hold talk", {}), "consult");
 * matcher.matchAt(tokens, 3, noSlots);
 */
import type { Token } from "../core/types.js";
import { ParleyError } from "../core/errors.js";
import {
  type CompiledTrie,
  childByWord,
  compileTrie,
  EXACT,
  GAP,
  newNode,
  SLOT_COUNT,
  SLOTS,
  type TrieNode,
  textBucket,
  VALUE_COUNT,
  VALUES,
  WORD_COUNT,
} from "./compiled-trie.js";
import { expandOptionals, type PatternElement } from "./token-pattern.js";
import { QUOTE_MARKS } from "./quote-marks.js";
import { inflectedVerb } from "./verb-forms.js";
import type { Vocabulary } from "./vocabulary.js";

// The answer for most tokens, rather than an array allocated afresh for each.
const NONE: readonly never[] = Object.freeze([]);

type Slots = TokenMatch<unknown>["slots"];

// The slots of every match that fills none, shared rather than allocated for each.
const NO_SLOTS: Slots = Object.freeze({});

/** The slots so far plus one more, keeping earlier roles first as a spread would. */
function withSlot(slots: Slots, role: "target" | "source", range: readonly [number, number]): Slots {
  if (role === "target") return slots.source ? { source: slots.source, target: range } : { target: range };
  return slots.target ? { target: slots.target, source: range } : { source: range };
}

/** One match of a compiled pattern. @example match.end - match.start */
export interface TokenMatch<T> {
  readonly value: T;
  readonly start: number;
  readonly end: number;
  /** How many literal word elements matched: more is more specific. */
  readonly literals: number;
  readonly slots: Readonly<Partial<Record<"target" | "source", readonly [number, number]>>>;
}

/** Where actor mentions start, for `@target` and `@source` elements. @example (i) => mentionEndsAt(i) */
export type SlotLookup = (tokenIndex: number) => readonly number[];

/** Slot lookup for matchers that use no slots. @example matcher.matchAt(tokens, 0, noSlots) */
export const noSlots: SlotLookup = () => [];

/** What stays fixed while one matchAt call walks the trie. */
interface Walk<T> {
  readonly tokens: readonly Token[];
  readonly start: number;
  readonly limit: number;
  readonly slotEnds: SlotLookup;
  readonly found: TokenMatch<T>[];
}

const POSSESSIVE_OR_HYPHEN = new Set(["-", "'s", "'"]);

/** How a word element compares with a token. @example "lower-or-lemma" */
export type WordField = "lower" | "lower-or-lemma";

/** A trie of token patterns. @example new TokenMatcher<EventRule>(analyser.vocabulary, "lower-or-lemma") */
export class TokenMatcher<T> {
  // The trie patterns are added to; dropped once compiled, as its object nodes take a hundred times
  // the memory of the flat form (the event rules' took 156 MB against 1 MB).
  private root: TrieNode<T> | null = newNode();
  private readonly vocabulary: Vocabulary;
  private readonly field: WordField;
  private readonly gapMax: number;
  // Compiled on the first match: matching walks the flat form only.
  private compiled: CompiledTrie<T> | null = null;

  constructor(vocabulary: Vocabulary, field: WordField = "lower-or-lemma", gapMax = 4) {
    this.vocabulary = vocabulary;
    this.field = field;
    this.gapMax = gapMax;
  }

  /** Adds a parsed pattern with the value it yields. @example matcher.add(elements, rule) */
  add(elements: readonly PatternElement[], value: T): void {
    const root = this.root;
    if (root === null)
      throw new ParleyError(
        "E_PIPELINE",
        "token matcher: patterns are added before the first match, not after",
      );
    for (const variant of expandOptionals(elements)) {
      let literals = 0;
      let nodes: TrieNode<T>[] = [root];
      for (const element of variant) {
        const next: TrieNode<T>[] = [];
        for (const node of nodes) next.push(...this.step(node, element));
        if (element.kind === "word" || element.kind === "exact") literals++;
        nodes = next;
      }
      for (const node of nodes) node.values = [...node.values, { value, literals }];
    }
  }

  private step(node: TrieNode<T>, element: PatternElement): TrieNode<T>[] {
    const child = <K>(map: Map<K, TrieNode<T>>, key: K): TrieNode<T> => {
      let found = map.get(key);
      if (!found) {
        found = newNode();
        map.set(key, found);
      }
      return found;
    };
    switch (element.kind) {
      case "word": {
        node.words ??= new Map();
        const words = node.words;
        return element.words.map((w) => child(words, this.vocabulary.id(w)));
      }
      case "exact":
        node.exact ??= new Map();
        return [child(node.exact, element.text)];
      case "gap":
        node.gap ??= newNode();
        return [node.gap];
      case "slot": {
        let edge = node.slots.find((e) => e.role === element.role);
        if (!edge) {
          edge = { role: element.role, next: newNode() };
          node.slots = [...node.slots, edge];
        }
        return [edge.next];
      }
    }
  }

  /** Every match that starts at `start`. @example matcher.matchAt(sentence.tokens, 0, noSlots) */
  matchAt(
    tokens: readonly Token[],
    start: number,
    slotEnds: SlotLookup,
    limit = tokens.length,
  ): readonly TokenMatch<T>[] {
    const first = tokens[start];
    if (first === undefined) return NONE;
    const trie = this.compiled ?? this.compile();
    const nodes = trie.nodes;
    if (nodes[GAP] !== 0 || nodes[SLOT_COUNT] !== 0 || nodes[VALUE_COUNT] !== 0) {
      const found: TokenMatch<T>[] = [];
      this.walk(trie, 0, { tokens, start, limit, slotEnds, found }, start, NO_SLOTS);
      return found;
    }
    // Every pattern starts with a word, so the root has only word edges. Most tokens start no
    // pattern: look their edges up once and answer before allocating anything.
    const viaText = firstChild(trie, first.lowerId);
    const viaLemma =
      this.field === "lower-or-lemma" && first.lemmaId !== first.lowerId
        ? firstChild(trie, first.lemmaId)
        : 0;
    const viaExact =
      nodes[EXACT]! >= 0 && trie.firstExact[textBucket(first.text)] === 1
        ? (trie.exact[nodes[EXACT]!]!.get(first.text) ?? 0)
        : 0;
    if ((viaText === 0 && viaLemma === 0 && viaExact === 0) || start >= limit) return NONE;
    const found: TokenMatch<T>[] = [];
    const walk: Walk<T> = { tokens, start, limit, slotEnds, found };
    // The same order as walk(root): text, then lemma, then exact edges.
    const slots = NO_SLOTS;
    if (viaText !== 0) this.walk(trie, viaText, walk, start + 1, slots);
    if (viaLemma !== 0) this.walk(trie, viaLemma, walk, start + 1, slots);
    if (viaExact !== 0) this.walk(trie, viaExact, walk, start + 1, slots);
    return found;
  }

  /**
   * Flattens the trie for matching and lets its object form go; the first match does it if no one
   * has. No pattern may be added after. @example matcher.compile()
   */
  compile(): CompiledTrie<T> {
    if (this.compiled) return this.compiled;
    this.compiled = compileTrie(this.root!, this.vocabulary.size);
    this.root = null;
    return this.compiled;
  }

  /** Collects the matches below `node` with token `i` next, depth first in edge order. */
  private walk(trie: CompiledTrie<T>, node: number, walk: Walk<T>, i: number, slots: Slots): void {
    const nodes = trie.nodes;
    const valueEnd = nodes[node + VALUES]! + nodes[node + VALUE_COUNT]!;
    for (let k = nodes[node + VALUES]!; k < valueEnd; k++) {
      const { value, literals } = trie.values[k]!;
      walk.found.push({ value, start: walk.start, end: i, literals, slots });
    }
    if (i < walk.limit) {
      const token = walk.tokens[i]!;
      if (nodes[node + WORD_COUNT] !== 0) this.followWords(trie, node, walk, i, slots);
      const exact = nodes[node + EXACT]!;
      if (exact >= 0) {
        const viaExact = trie.exact[exact]!.get(token.text);
        if (viaExact !== undefined) this.walk(trie, viaExact, walk, i + 1, slots);
      }
      const slotEnd = nodes[node + SLOTS]! + nodes[node + SLOT_COUNT]!;
      if (slotEnd > nodes[node + SLOTS]!) {
        const ends = walk.slotEnds(i);
        for (let e = nodes[node + SLOTS]!; e < slotEnd && ends.length > 0; e++) {
          const role = trie.slotRoles[e]!;
          const next = trie.slotNext[e]!;
          for (let k = 0; k < ends.length; k++) {
            const end = ends[k]!;
            this.walk(trie, next, walk, end, withSlot(slots, role, [i, end]));
          }
        }
      }
    }
    const gap = nodes[node + GAP]!;
    if (gap !== 0) {
      // Most gaps lead to word edges alone, which most of the skipped-to tokens do not continue:
      // look those up here rather than walk the gap node at every position.
      const wordsOnly =
        nodes[gap + VALUE_COUNT] === 0 &&
        nodes[gap + EXACT] === -1 &&
        nodes[gap + SLOT_COUNT] === 0 &&
        nodes[gap + GAP] === 0;
      // The gap node's own outgoing edges are tried after skipping 0..gapMax words. A hyphen is no
      // word of its own: "a new long-range missile" is four words, as "a new longer missile" is.
      let words = 0;
      // "said that Moscow remained open to talks but that Kyiv must …": an actor slot's own verb
      // makes it that verb's subject, so a gap right after the slot crosses no verb.
      const afterSlot = slots.target?.[1] === i || slots.source?.[1] === i;
      for (let skip = 0; i + skip <= walk.limit; skip++) {
        if (skip > 0) {
          const skipped = walk.tokens[i + skip - 1]!;
          // Quote marks are no words either: "had \"deliberately rammed\" one of its ships".
          const quote = QUOTE_MARKS.has(skipped.lower);
          if (skipped.pos === "PUNCT" && !quote && !POSSESSIVE_OR_HYPHEN.has(skipped.lower)) break;
          if (afterSlot && (skipped.pos === "VERB" || skipped.pos === "AUX")) break;
          if (skipped.lower !== "-" && !quote && ++words > this.gapMax) break;
          // "called for restraint and offered to help" holds no call for help: a verb form that
          // heads a clause after "and" starts the subject's next act. Verbs paired around "and"
          // share what follows ("rammed and boarded the boats", "a signed and sealed letter").
          if (
            skipped.pos === "CCONJ" &&
            inflectedVerb(walk.tokens[i + skip]) &&
            walk.tokens[i + skip - 2]?.pos !== "VERB"
          )
            break;
        }
        if (!wordsOnly) this.walk(trie, gap, walk, i + skip, slots);
        else if (i + skip < walk.limit) this.followWords(trie, gap, walk, i + skip, slots);
      }
    }
  }

  /** Walks on from `node` along the word edges that token `i` takes: its text, then its lemma. */
  private followWords(trie: CompiledTrie<T>, node: number, walk: Walk<T>, i: number, slots: Slots): void {
    const token = walk.tokens[i]!;
    const viaText = childByWord(trie, node, token.lowerId);
    if (viaText !== 0) this.walk(trie, viaText, walk, i + 1, slots);
    if (this.field === "lower-or-lemma" && token.lemmaId !== token.lowerId) {
      const viaLemma = childByWord(trie, node, token.lemmaId);
      if (viaLemma !== 0) this.walk(trie, viaLemma, walk, i + 1, slots);
    }
  }
}

/** The root's child along word `id`, or 0; words first seen after compiling start no pattern. */
function firstChild<T>(trie: CompiledTrie<T>, id: number): number {
  return id < trie.first.length ? trie.first[id]! : 0;
}
