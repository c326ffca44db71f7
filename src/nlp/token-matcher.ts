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
import { expandOptionals, type PatternElement } from "./token-pattern.js";
import type { Vocabulary } from "./vocabulary.js";

interface TrieNode<T> {
  // Made on first use: most nodes (the ends of names) have no edges of a kind, and empty maps
  // for each would double the tries' memory.
  words: WordEdges<T> | null;
  exact: Map<string, TrieNode<T>> | null;
  gap: TrieNode<T> | null;
  /** Slot edges in the order patterns added them, which is the order matches are reported in. */
  slots: readonly SlotEdge<T>[];
  values: readonly { readonly value: T; readonly literals: number }[];
}

/**
 * Word edges by vocabulary id. Most nodes have a handful, and a short scan of an id array is
 * faster than a hash lookup there (over half of all steps are after a gap, in such small nodes);
 * past SMALL_EDGES they move into a Map.
 */
interface WordEdges<T> {
  ids: number[];
  nodes: TrieNode<T>[];
  map: Map<number, TrieNode<T>> | null;
}

const SMALL_EDGES = 8;

function wordChild<T>(edges: WordEdges<T>, id: number): TrieNode<T> | undefined {
  if (edges.map !== null) return edges.map.get(id);
  const ids = edges.ids;
  for (let k = 0; k < ids.length; k++) if (ids[k] === id) return edges.nodes[k];
  return undefined;
}

function addWordChild<T>(edges: WordEdges<T>, id: number, node: TrieNode<T>): void {
  if (edges.map !== null) {
    edges.map.set(id, node);
    return;
  }
  edges.ids.push(id);
  edges.nodes.push(node);
  if (edges.ids.length > SMALL_EDGES) edges.map = new Map(edges.ids.map((k, n) => [k, edges.nodes[n]!]));
}

interface SlotEdge<T> {
  readonly role: "target" | "source";
  readonly next: TrieNode<T>;
}

// Shared by every node without slot edges or values until it gets its own, and the answer for
// most tokens, rather than allocated afresh for each.
const NONE: readonly never[] = Object.freeze([]);

type Slots = TokenMatch<unknown>["slots"];

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

const newNode = <T>(): TrieNode<T> => ({
  words: null,
  exact: null,
  gap: null,
  slots: NONE,
  values: NONE,
});

/** How a word element compares with a token. @example "lower-or-lemma" */
export type WordField = "lower" | "lower-or-lemma";

/** A trie of token patterns. @example new TokenMatcher<EventRule>(analyser.vocabulary, "lower-or-lemma") */
export class TokenMatcher<T> {
  private readonly root: TrieNode<T> = newNode();
  // The root's word edges again, as an array indexed by word id: every token looks here first.
  private readonly firstWords: (TrieNode<T> | undefined)[] = [];
  private readonly vocabulary: Vocabulary;
  private readonly field: WordField;
  private readonly gapMax: number;

  constructor(vocabulary: Vocabulary, field: WordField = "lower-or-lemma", gapMax = 4) {
    this.vocabulary = vocabulary;
    this.field = field;
    this.gapMax = gapMax;
  }

  /** Adds a parsed pattern with the value it yields. @example matcher.add(elements, rule) */
  add(elements: readonly PatternElement[], value: T): void {
    for (const variant of expandOptionals(elements)) {
      let literals = 0;
      let nodes: TrieNode<T>[] = [this.root];
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
    const child = (map: Map<string, TrieNode<T>>, key: string): TrieNode<T> => {
      let found = map.get(key);
      if (!found) {
        found = newNode();
        map.set(key, found);
      }
      return found;
    };
    switch (element.kind) {
      case "word":
        return element.words.map((w) => {
          const id = this.vocabulary.id(w);
          node.words ??= { ids: [], nodes: [], map: null };
          let next = wordChild(node.words, id);
          if (!next) {
            next = newNode();
            addWordChild(node.words, id, next);
          }
          if (node === this.root) this.firstWords[id] = next;
          return next;
        });
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
    const root = this.root;
    if (root.gap !== null || root.slots.length > 0 || root.values.length > 0) {
      const found: TokenMatch<T>[] = [];
      this.walk(root, { tokens, start, limit, slotEnds, found }, start, {});
      return found;
    }
    // Every pattern starts with a word, so the root has only word edges. Most tokens start no
    // pattern: look their edges up once and answer before allocating anything.
    const firstWords = this.firstWords;
    const viaText = firstWords[first.lowerId];
    const viaLemma =
      this.field === "lower-or-lemma" && first.lemmaId !== first.lowerId
        ? firstWords[first.lemmaId]
        : undefined;
    const viaExact = root.exact !== null ? root.exact.get(first.text) : undefined;
    if ((!viaText && !viaLemma && !viaExact) || start >= limit) return NONE;
    const found: TokenMatch<T>[] = [];
    const walk: Walk<T> = { tokens, start, limit, slotEnds, found };
    // The same order as walk(root): text, then lemma, then exact edges.
    const slots = {};
    if (viaText) this.walk(viaText, walk, start + 1, slots);
    if (viaLemma) this.walk(viaLemma, walk, start + 1, slots);
    if (viaExact) this.walk(viaExact, walk, start + 1, slots);
    return found;
  }

  /** Collects the matches below `node` with token `i` next, depth first in edge order. */
  private walk(node: TrieNode<T>, walk: Walk<T>, i: number, slots: TokenMatch<T>["slots"]): void {
    const values = node.values;
    for (let k = 0; k < values.length; k++) {
      const { value, literals } = values[k]!;
      walk.found.push({ value, start: walk.start, end: i, literals, slots });
    }
    if (i < walk.limit) {
      const token = walk.tokens[i]!;
      const words = node.words;
      if (words !== null) {
        const viaText = wordChild(words, token.lowerId);
        if (viaText) this.walk(viaText, walk, i + 1, slots);
        if (this.field === "lower-or-lemma" && token.lemmaId !== token.lowerId) {
          const viaLemma = wordChild(words, token.lemmaId);
          if (viaLemma) this.walk(viaLemma, walk, i + 1, slots);
        }
      }
      const exact = node.exact;
      if (exact !== null) {
        const viaExact = exact.get(token.text);
        if (viaExact) this.walk(viaExact, walk, i + 1, slots);
      }
      const edges = node.slots;
      if (edges.length > 0) {
        const ends = walk.slotEnds(i);
        for (let e = 0; e < edges.length && ends.length > 0; e++) {
          const { role, next } = edges[e]!;
          for (let k = 0; k < ends.length; k++) {
            const end = ends[k]!;
            this.walk(next, walk, end, withSlot(slots, role, [i, end]));
          }
        }
      }
    }
    const gap = node.gap;
    if (gap) {
      // The gap node's own outgoing edges are tried after skipping 0..gapMax tokens.
      for (let skip = 0; skip <= this.gapMax && i + skip <= walk.limit; skip++) {
        if (skip > 0) {
          const skipped = walk.tokens[i + skip - 1]!;
          if (skipped.pos === "PUNCT" && !POSSESSIVE_OR_HYPHEN.has(skipped.lower)) break;
        }
        this.walk(gap, walk, i + skip, slots);
      }
    }
  }
}
