/**
 * The token matcher's trie in two forms: the object nodes that patterns are added to, and the flat
 * form that matching walks. Compiling merges identical subtrees (the many alternatives of a set
 * lead to copies of one tail) and lays the nodes out in typed arrays, so that a step reads a few
 * adjacent integers rather than four or five scattered objects: the tries are large, and between
 * two sentences the rest of the pipeline evicts them from the processor's caches.
 *
 * @example
 * const trie = compileTrie(root, vocabulary.size);
 * childByWord(trie, trie.first[wordId]!, nextWordId);
 */

/** A node of the trie as patterns are added to it. @example newNode<string>() */
export interface TrieNode<T> {
  // Made on first use: most nodes (the ends of names) have no edges of a kind, and empty maps
  // for each would double the tries' memory.
  words: Map<number, TrieNode<T>> | null;
  exact: Map<string, TrieNode<T>> | null;
  gap: TrieNode<T> | null;
  /** Slot edges in the order patterns added them, which is the order matches are reported in. */
  slots: readonly SlotEdge<T>[];
  values: readonly TrieValue<T>[];
}

/** A value a pattern yields, with how many literal words it matched. @example { value, literals: 2 } */
export interface TrieValue<T> {
  readonly value: T;
  readonly literals: number;
}

/** An `@target` or `@source` edge. @example { role: "target", next } */
export interface SlotEdge<T> {
  readonly role: "target" | "source";
  readonly next: TrieNode<T>;
}

// Shared by every node without slot edges or values until it gets its own.
const NONE: readonly never[] = Object.freeze([]);

/** A node with no edges and no values. @example node.gap ??= newNode() */
export const newNode = <T>(): TrieNode<T> => ({
  words: null,
  exact: null,
  gap: null,
  slots: NONE,
  values: NONE,
});

/** Integers per node in `CompiledTrie.nodes`. @example trie.nodes.length / NODE_SIZE */
export const NODE_SIZE = 8;
// A node's fields, as offsets from the node in `CompiledTrie.nodes`.
/** Where the node's word edges start in `edges`. @example trie.nodes[node + WORDS] */
export const WORDS = 0;
/** How many word edges, or minus the size of their hash table. @example trie.nodes[node + WORD_COUNT] */
export const WORD_COUNT = 1;
/** The node after a gap, or 0. @example trie.nodes[node + GAP] */
export const GAP = 2;
/** The node's exact-text edges in `exact`, or -1. @example trie.nodes[node + EXACT] */
export const EXACT = 3;
/** Where the node's slot edges start in `slotRoles` and `slotNext`. @example trie.nodes[node + SLOTS] */
export const SLOTS = 4;
/** How many slot edges. @example trie.nodes[node + SLOT_COUNT] */
export const SLOT_COUNT = 5;
/** Where the node's values start in `values`. @example trie.nodes[node + VALUES] */
export const VALUES = 6;
/** How many values end at the node. @example trie.nodes[node + VALUE_COUNT] */
export const VALUE_COUNT = 7;

// Past this many word edges a node's edges are a hash table rather than a list to scan.
const SMALL_EDGES = 8;

/**
 * The flat trie. A node is an offset into `nodes` (the root is 0, which no edge leads to, so 0
 * also means "none"); word edges are [word id, node] pairs in `edges`, a plain list for a few
 * and an open-addressing table (its size as a negative count) for many.
 */
export interface CompiledTrie<T> {
  readonly nodes: Int32Array;
  readonly edges: Int32Array;
  /** The root's word edges by word id, which every token looks up first. */
  readonly first: Int32Array;
  /** Which `textBucket`s hold the text of a root exact edge: most tokens need no lookup there. */
  readonly firstExact: Uint8Array;
  readonly exact: readonly ReadonlyMap<string, number>[];
  readonly slotRoles: readonly ("target" | "source")[];
  readonly slotNext: Int32Array;
  readonly values: readonly TrieValue<T>[];
}

/**
 * The child of `node` along the word `id`, or 0.
 * @example childByWord(trie, node, token.lowerId)
 */
export function childByWord<T>(trie: CompiledTrie<T>, node: number, id: number): number {
  const count = trie.nodes[node + WORD_COUNT]!;
  const edges = trie.edges;
  let at = trie.nodes[node + WORDS]!;
  if (count >= 0) {
    for (const end = at + 2 * count; at < end; at += 2) if (edges[at] === id) return edges[at + 1]!;
    return 0;
  }
  const mask = -count - 1;
  for (let slot = hashOf(id) & mask; ; slot = (slot + 1) & mask) {
    const key = edges[at + 2 * slot]!;
    if (key === id) return edges[at + 2 * slot + 1]!;
    if (key === -1) return 0;
  }
}

const hashOf = (id: number): number => Math.imul(id, 0x9e3779b1) >>> 7;

/**
 * A bucket of `firstExact` from a text's length and end characters: equal texts share one.
 * @example trie.firstExact[textBucket(token.text)] === 1
 */
export const textBucket = (text: string): number =>
  (text.length * 61 + text.charCodeAt(0) * 7 + text.charCodeAt(text.length - 1)) & 1023;

/**
 * Flattens the trie below `root`, one node for each distinct subtree. `vocabularySize` bounds the
 * word ids that patterns used.
 * @example compileTrie(root, vocabulary.size).nodes.length / NODE_SIZE
 */
export function compileTrie<T>(root: TrieNode<T>, vocabularySize: number): CompiledTrie<T> {
  const builder = new TrieBuilder<T>();
  builder.write(root, true);
  const first = new Int32Array(vocabularySize);
  const edges = builder.edges;
  const count = builder.nodes[WORD_COUNT]!;
  const at = builder.nodes[WORDS]!;
  const size = count >= 0 ? count : -count;
  for (let k = at; k < at + 2 * size; k += 2) if (edges[k]! >= 0) first[edges[k]!] = edges[k + 1]!;
  const firstExact = new Uint8Array(1024);
  for (const text of root.exact?.keys() ?? []) firstExact[textBucket(text)] = 1;
  return {
    nodes: Int32Array.from(builder.nodes),
    edges: Int32Array.from(edges),
    first,
    firstExact,
    exact: builder.exact,
    slotRoles: builder.slotRoles,
    slotNext: Int32Array.from(builder.slotNext),
    values: builder.values,
  };
}

/** Writes out distinct subtrees bottom-up; the root goes first, at 0. */
class TrieBuilder<T> {
  readonly nodes: number[] = new Array<number>(NODE_SIZE).fill(0);
  readonly edges: number[] = [];
  readonly exact: Map<string, number>[] = [];
  readonly slotRoles: ("target" | "source")[] = [];
  readonly slotNext: number[] = [];
  readonly values: TrieValue<T>[] = [];
  private readonly valueIds = new Map<T, number>();
  private readonly bySignature = new Map<string, number>();
  private readonly leaves = new Map<number, number>();

  /** The offset of the first node written with the same subtree as `node`. */
  write(node: TrieNode<T>, root = false): number {
    // Most nodes end one pattern and lead nowhere: those are keyed by their value alone.
    const only = node.values.length === 1 ? node.values[0]! : null;
    const leaf = only !== null && only.literals < 256 && node.words === null && node.exact === null;
    const leafKey =
      leaf && node.gap === null && node.slots.length === 0
        ? this.valueId(only.value) * 256 + only.literals
        : -1;
    if (leafKey >= 0 && !root) {
      const known = this.leaves.get(leafKey);
      if (known !== undefined) return known;
    }
    let signature = "";
    for (const v of node.values) signature += `${this.valueId(v.value)}:${v.literals},`;
    const words: number[] = [];
    if (node.words !== null) {
      // Sorted by word id, so that copies of one subtree read alike whatever order they grew in.
      const ids = [...node.words.keys()];
      if (ids.length > 1) ids.sort((a, b) => a - b);
      for (const id of ids) {
        const child = this.write(node.words.get(id)!);
        words.push(id, child);
        signature += `w${id}:${child}`;
      }
    }
    let exact: Map<string, number> | null = null;
    if (node.exact !== null) {
      exact = new Map();
      for (const [text, next] of node.exact) {
        const child = this.write(next);
        exact.set(text, child);
        signature += `x${JSON.stringify(text)}:${child}`;
      }
    }
    const gap = node.gap ? this.write(node.gap) : 0;
    if (gap !== 0) signature += `g${gap}`;
    const slots: number[] = [];
    for (const edge of node.slots) {
      const child = this.write(edge.next);
      slots.push(child);
      signature += `s${edge.role}:${child}`;
    }
    const known = this.bySignature.get(signature);
    if (known !== undefined && !root) return known;
    const base = root ? 0 : this.nodes.length;
    const nodes = this.nodes;
    nodes[base + WORDS] = this.edges.length;
    nodes[base + WORD_COUNT] = writeWordEdges(this.edges, words);
    nodes[base + GAP] = gap;
    nodes[base + EXACT] = exact !== null ? this.exact.push(exact) - 1 : -1;
    nodes[base + SLOTS] = this.slotRoles.length;
    nodes[base + SLOT_COUNT] = slots.length;
    for (let k = 0; k < slots.length; k++) {
      this.slotRoles.push(node.slots[k]!.role);
      this.slotNext.push(slots[k]!);
    }
    nodes[base + VALUES] = this.values.length;
    nodes[base + VALUE_COUNT] = node.values.length;
    for (const v of node.values) this.values.push(v);
    if (!root) this.bySignature.set(signature, base);
    if (leafKey >= 0 && !root) this.leaves.set(leafKey, base);
    return base;
  }

  private valueId(value: T): number {
    let id = this.valueIds.get(value);
    if (id === undefined) {
      id = this.valueIds.size;
      this.valueIds.set(value, id);
    }
    return id;
  }
}

/** Appends a node's word edges, given as [id, node] pairs; returns their count, or minus the table size. */
function writeWordEdges(edges: number[], words: readonly number[]): number {
  const count = words.length / 2;
  if (count <= SMALL_EDGES) {
    for (const w of words) edges.push(w);
    return count;
  }
  let size = 2;
  while (size < count * 2) size *= 2;
  const start = edges.length;
  for (let k = 0; k < size; k++) edges.push(-1, 0);
  for (let w = 0; w < words.length; w += 2) {
    let slot = hashOf(words[w]!) & (size - 1);
    while (edges[start + 2 * slot] !== -1) slot = (slot + 1) & (size - 1);
    edges[start + 2 * slot] = words[w]!;
    edges[start + 2 * slot + 1] = words[w + 1]!;
  }
  return -size;
}
