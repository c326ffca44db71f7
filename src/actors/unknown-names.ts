/**
 * Names the knowledge base does not know: where one runs after a title ("President Michel
 * Suleiman") or a known short name ("Abdullah Ocalan" is not King Abdullah).
 *
 * @example
 * unknownNameEnd(tokens, 1, atomAt, 1); // "President Michel Suleiman said" → 3
 */
import type { PersonEntry } from "../core/dictionary-schema.js";
import type { Token } from "../core/types.js";
import type { Atom } from "./actor-atoms.js";
import { isCapitalised } from "./actor-atoms.js";
import { CALENDAR_WORDS } from "./word-cues.js";

/** True when a capitalised name word stands at `j`. @example namePartAt(tokens, 3) // "Ocalan" → true */
export function namePartAt(tokens: readonly Token[], j: number): boolean {
  const token = tokens[j];
  return (
    token !== undefined && token.pos === "PROPN" && isCapitalised(token) && !CALENDAR_WORDS.has(token.lower)
  );
}

/**
 * Where the unknown name after a title ends: capitalised name words, even one that is a known short
 * name, with the parts of hyphenated names ("Kim Young-sam") that the tagger splits and mistags.
 * @example unknownNameEnd(tokens, 1, atomAt, 1) // "President Kim Young-sam said" → 5
 */
export function unknownNameEnd(
  tokens: readonly Token[],
  from: number,
  atomAt: ReadonlyMap<number, Atom>,
  known: number,
): number {
  let j = known;
  for (;;) {
    // "Senator Lindsey Graham": a known short name inside an unknown name is part of it.
    const atom = atomAt.get(j);
    const free = atom === undefined || (j > from && atom.entry.kind === "short-name" && atom.end === j + 1);
    if ((namePartAt(tokens, j) || surnameHe(tokens, j, from)) && free) j++;
    else if (j > from && hyphenJoinsWord(tokens, j)) j += 2;
    else return j;
  }
}

/**
 * "Vice Premier He Lifeng": right after a title, a capitalised "He" before a name is the Chinese
 * family name, not the pronoun the tagger takes it for.
 */
function surnameHe(tokens: readonly Token[], j: number, from: number): boolean {
  return j === from && tokens[j]?.text === "He" && namePartAt(tokens, j + 1);
}

/** True when a hyphen at `j` is written tight between a word and a following word ("Young-sam"). */
function hyphenJoinsWord(tokens: readonly Token[], j: number): boolean {
  const before = tokens[j - 1];
  const hyphen = tokens[j];
  const after = tokens[j + 1];
  if (!before || !hyphen || !after || hyphen.text !== "-") return false;
  return before.end === hyphen.start && hyphen.end === after.start && /^\p{L}/u.test(after.text);
}

// Words before a surname that are no given name: "Mr Putin", "Sheikh Hasina", "Gen. Haftar".
const HONORIFICS = new Set([
  "mr",
  "mr.",
  "mrs",
  "mrs.",
  "ms",
  "ms.",
  "dr",
  "dr.",
  "sir",
  "lord",
  "dame",
  "sheikh",
  "shaikh",
  "gen",
  "gen.",
  "general",
  "col",
  "col.",
  "colonel",
  "lt",
  "lt.",
  "maj",
  "maj.",
  "capt",
  "capt.",
  "adm",
  "adm.",
  "admiral",
  "marshal",
  "ayatollah",
  "mullah",
  "imam",
  "rev",
  "rev.",
  "comrade",
  "madame",
  "monsieur",
  "herr",
  "frau",
  "senor",
  "señor",
  "senora",
  "señora",
  "mister",
]);

/**
 * "Felipe Gonzalez", "Melania Trump", "Rafael Caldera": a given name the knowledge base does not
 * know before a known short name, and unlike the given name of everyone who bears that short name,
 * makes someone else of the same family name. Initials ("George W. Bush") and honorifics are no
 * given name, and a given name with the same first letter may be another spelling ("Mahmud Abbas").
 * @example otherBearer(tokens, 1, people) // "Melania Trump said" → true
 */
export function otherBearer(tokens: readonly Token[], at: number, people: readonly PersonEntry[]): boolean {
  const before = tokens[at - 1];
  if (!before || !namePartAt(tokens, at - 1) || HONORIFICS.has(before.lower)) return false;
  if (/^\p{L}\.?$/u.test(before.text)) return false;
  const initial = before.lower[0];
  for (const person of people) {
    for (const name of person.names) if (name[0]?.toLowerCase() === initial) return false;
  }
  return true;
}
