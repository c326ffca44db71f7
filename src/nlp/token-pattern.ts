/**
 * The pattern language of `dictionaries/README.md`, parsed into elements. Patterns are data; this
 * module only reads them.
 *
 * @example
 * parseTokenPattern("reject|refuse &proposal? @target", sets).length; // 3
 */
import { ParleyError } from "../core/errors.js";

/** One element of a token pattern. @example { kind: "word", words: ["reject"], optional: false } */
export type PatternElement =
  | { readonly kind: "word"; readonly words: readonly string[]; readonly optional: boolean }
  | { readonly kind: "exact"; readonly text: string; readonly optional: boolean }
  | { readonly kind: "gap"; readonly max: number; readonly optional: false }
  | { readonly kind: "slot"; readonly role: "target" | "source"; readonly optional: boolean };

/** Most words a gap `*` may skip (hyphens are not counted). @example GAP_MAX === 4 */
export const GAP_MAX = 4;

/**
 * Parses a pattern string. Throws a ParleyError naming the pattern when it is malformed.
 * @example parseTokenPattern("open to &talks", { talks: ["talk", "dialogue"] })
 */
export function parseTokenPattern(
  pattern: string,
  sets: Readonly<Record<string, readonly string[]>>,
): readonly PatternElement[] {
  const parts = patternParts(pattern);
  const elements = parts.map((part, i): PatternElement => {
    if (part === "*") return { kind: "gap", max: GAP_MAX, optional: false };
    const optional = part.length > 1 && part.endsWith("?");
    const bare = optional ? part.slice(0, -1) : part;
    const grouped = bare.startsWith("(");
    const body = grouped
      ? bare
          .slice(1, -1)
          .trim()
          .replace(/\s*\|\s*/g, "|")
      : bare;
    if (!grouped && (body === "@target" || body === "@source")) {
      return { kind: "slot", role: body === "@target" ? "target" : "source", optional };
    }
    if (body === "*" || body.startsWith("@") || body.includes("_")) {
      const why =
        body === "*"
          ? "a gap cannot be optional"
          : body.includes("_")
            ? "write multi-word phrases as separate elements"
            : "unknown slot (use @target or @source)";
      throw new ParleyError("E_DICTIONARY", `pattern "${pattern}": "${part}": ${why}`);
    }
    if (!grouped && body.includes("|") && plainWord(parts[i - 1]) && plainWord(parts[i + 1])) {
      // "fend off|beat back" reads as "fend", "off|beat", "back": almost never what was meant.
      const [a, b] = [parts[i - 1]!, parts[i + 1]!];
      throw new ParleyError(
        "E_DICTIONARY",
        `pattern "${pattern}": "${part}" stands between the words "${a}" and "${b}"; write ` +
          `"(${a.replace(/\?$/, "")} ${body} ${b.replace(/\?$/, "")})" for a choice of phrases, or "${a} (${body}) ${b}" for a choice of one word`,
      );
    }
    const words: string[] = [];
    for (const alternative of body.split("|")) {
      if (alternative.startsWith("&")) {
        const set = sets[alternative.slice(1)];
        if (!set) throw new ParleyError("E_DICTIONARY", `pattern "${pattern}": unknown set ${alternative}`);
        for (const word of set) words.push(...asTokens(word));
      } else if (/[@*?()&]/.test(alternative)) {
        throw new ParleyError(
          "E_DICTIONARY",
          `pattern "${pattern}": "${alternative}" in "${part}": an alternative is a set or plain words`,
        );
      } else if (alternative.length > 0) {
        words.push(...asTokens(alternative));
      } else {
        throw new ParleyError("E_DICTIONARY", `pattern "${pattern}": empty alternative in "${part}"`);
      }
    }
    return { kind: "word", words: [...new Set(words)], optional };
  });
  if (elements[elements.length - 1]?.kind === "gap") {
    throw new ParleyError("E_DICTIONARY", `pattern "${pattern}": must not end with a gap`);
  }
  const first = elements[0];
  if (first?.kind !== "word" || first.optional) {
    throw new ParleyError(
      "E_DICTIONARY",
      `pattern "${pattern}": must start with a word, alternatives or a set`,
    );
  }
  return elements;
}

/**
 * The pattern's elements as written: split at spaces, except inside parentheses, which group
 * alternatives that may be phrases ("(fend off|beat back)").
 * @example patternParts("(fend off|beat back) * &attack") // ["(fend off|beat back)", "*", "&attack"]
 */
export function patternParts(pattern: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of pattern.trim()) {
    if (ch === "(") {
      if (depth > 0 || current.length > 0) {
        throw new ParleyError("E_DICTIONARY", `pattern "${pattern}": a group must stand alone and not nest`);
      }
      depth = 1;
    } else if (ch === ")") {
      if (depth === 0) throw new ParleyError("E_DICTIONARY", `pattern "${pattern}": ")" without "("`);
      depth = 0;
    }
    if (depth === 0 && /\s/.test(ch)) {
      if (current.length > 0) parts.push(current);
      current = "";
    } else current += ch;
  }
  if (depth > 0) throw new ParleyError("E_DICTIONARY", `pattern "${pattern}": "(" without ")"`);
  if (current.length > 0) parts.push(current);
  for (const part of parts) {
    if (part.startsWith("(") && !/^\([^()]*\)\??$/.test(part)) {
      throw new ParleyError(
        "E_DICTIONARY",
        `pattern "${pattern}": "${part}": nothing may follow a group but "?"`,
      );
    }
  }
  return parts;
}

/** A single plain word element, optional or not: no alternatives, set, gap, slot or group. */
function plainWord(part: string | undefined): boolean {
  return part !== undefined && /^[^|&@*()]+\??$/.test(part);
}

/**
 * A word as text may tokenise it: "test-fire" is three tokens ("test", "-", "fire") while
 * "re-examine" stays one, so a hyphenated word stands for both forms.
 */
function asTokens(word: string): string[] {
  const whole = word.toLowerCase().trim().replace(/\s+/g, " ");
  const split = whole.replace(/(\p{L})-(?=\p{L})/gu, "$1 - ");
  return split === whole ? [whole] : [whole, split];
}

/**
 * Expands optional elements and multi-word alternatives ("air strike") into every concrete sequence
 * of single-token elements (a pattern with k optionals gives 2^k).
 * @example expandOptionals(parseTokenPattern("hold talk? with", {})).length; // 2
 */
export function expandOptionals(elements: readonly PatternElement[]): readonly (readonly PatternElement[])[] {
  let variants: PatternElement[][] = [[]];
  for (const element of elements) {
    const choices: PatternElement[][] = [];
    if (element.kind === "word") {
      const single = element.words.filter((w) => !w.includes(" "));
      if (single.length > 0) choices.push([{ kind: "word", words: single, optional: false }]);
      for (const multi of element.words.filter((w) => w.includes(" "))) {
        choices.push(multi.split(" ").map((w) => ({ kind: "word", words: [w], optional: false })));
      }
    } else {
      choices.push([{ ...element, optional: false } as PatternElement]);
    }
    const next: PatternElement[][] = [];
    for (const v of variants) for (const choice of choices) next.push([...v, ...choice]);
    if (element.optional) next.push(...variants.map((v) => [...v]));
    variants = next;
  }
  return variants.filter((v) => v.length > 0 && v[v.length - 1]!.kind !== "gap");
}
