/**
 * Clause boundaries inside one sentence: the punctuation that ends a clause and the ", who/which …"
 * relative clauses whose actors belong to the noun they hang on, not to the main clause.
 *
 * @example
 * relativeClauses(tokens); // [[4, 9]] for "Kim, who rejected the letter, met Trump"
 */
import type { Token } from "../core/types.js";

/**
 * Punctuation that ends a clause; parentheses are not boundaries: they mostly hold an acronym,
 * "the Agency (IAEA) condemned".
 * @example BOUNDARY.has(";") // true
 */
export const BOUNDARY: ReadonlySet<string> = new Set([";", ":", "--", "—"]);

/** Words that open a relative clause after a comma. @example RELATIVE.has("who") // true */
export const RELATIVE: ReadonlySet<string> = new Set(["who", "which", "whom", "whose", "where", "when"]);

// "demonstrators, some of whom threw stones": a part of the noun's referents opens the clause.
const PARTS: ReadonlySet<string> = new Set([
  "some",
  "many",
  "most",
  "several",
  "all",
  "both",
  "few",
  "none",
  "one",
  "two",
  "three",
  "dozens",
  "hundreds",
  "thousands",
]);

function partitiveRelative(tokens: readonly Token[], at: number): boolean {
  return (
    PARTS.has(tokens[at]!.lower) &&
    tokens[at + 1]?.lower === "of" &&
    (tokens[at + 2]?.lower === "whom" || tokens[at + 2]?.lower === "which")
  );
}

/** Token ranges of ", who/which … ," relative clauses and parentheticals. @example relativeClauses(tokens)[0] // [4, 9] */
export function relativeClauses(tokens: readonly Token[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < tokens.length - 1; i++) {
    if (tokens[i]!.lower !== "," || !(RELATIVE.has(tokens[i + 1]!.lower) || partitiveRelative(tokens, i + 1)))
      continue;
    let j = i + 2;
    while (j < tokens.length && tokens[j]!.lower !== "," && !BOUNDARY.has(tokens[j]!.lower)) j++;
    out.push([i + 1, j]);
  }
  return out;
}
