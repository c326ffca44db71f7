/**
 * Sentences, tokens, POS tags and lemmas from wink-nlp, with character offsets
 * into the original text. Each analyser owns its own wink instance, so two coders never share state.
 *
 * @example
 * const nlp = createWinkAnalyser();
 * nlp.analyse("Kim refused the letter.")[0].tokens[1].lemma; // "refuse"
 */
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import type { Sentence, Token } from "../core/types.js";
import { retagBareVerbs, retagParticipleAdjectives, retagPastVerbs, retagPluralNouns } from "./verb-retag.js";
import { Vocabulary } from "./vocabulary.js";
import { foldLetters } from "./folded-letters.js";

/** Turns raw text into sentences of tokens. @example analyser.analyse(text).length */
export interface TextAnalyser {
  analyse(text: string): readonly Sentence[];
  /** Lower-cased tokens of a dictionary name, tokenised exactly as text is. @example tokenizeName("U.S. Navy") */
  tokenizeName(name: string): readonly string[];
  /** tokenizeName for many names, in order, at a fraction of the cost. @example tokenizeNames(["U.S. Navy", "Kim"])[1] // ["kim"] */
  tokenizeNames(names: readonly string[]): readonly (readonly string[])[];
  /** The vocabulary whose ids tokens carry; matchers for these tokens must be built on it. */
  readonly vocabulary: Vocabulary;
}

/** Creates a wink-nlp backed analyser. @example const nlp = createWinkAnalyser(); */
export function createWinkAnalyser(vocabulary: Vocabulary = new Vocabulary()): TextAnalyser {
  // No "negation" pipe: modality reads negation from the verb group itself (attribution/modality),
  // and wink's scope flag cost a tenth of the analysis without being used.
  const nlp = winkNLP(model, ["sbd", "pos"]);
  const its = nlp.its;
  const tokenizer = winkNLP(model, []);
  // wink hands back the same string objects from its lexicon for every occurrence of a word, so a
  // per-analyser map from token text to its normal form and vocabulary id costs one cached-hash
  // lookup and allocates nothing after the first sight of a word. Capped so an endless stream of
  // new words cannot grow it; ids live on in the vocabulary.
  const normals = new Map<string, NormalForm>();
  const normal = (value: string): NormalForm => {
    let found = normals.get(value);
    if (found === undefined) {
      if (normals.size >= NORMAL_CACHE_MAX) normals.clear();
      const text = normaliseToken(value);
      found = { text, id: vocabulary.id(text), blank: text.trim() === "", lemmas: null };
      normals.set(value, found);
    }
    return found;
  };

  // A word's lemma depends only on the word and its tag, so each pair asks wink once (an item
  // lookup costs far more than a whole-document read per token, but only on first sight).
  const learnLemma = (word: NormalForm, tag: string, value: string, lemma: string): NormalForm => {
    // Most lemmas are the word itself: share its normalised form.
    const form = lemma === value ? word : normal(lemma);
    word.lemmas ??= new Map();
    word.lemmas.set(tag, form);
    return form;
  };

  // A word wink tagged a noun and we read as a verb: its lemma as a verb, asked of a sentence that
  // makes it one (once per word, as lemmas are cached by word and tag).
  const lemmaAsVerb = (value: string): { lemma: string; verb: boolean } => {
    const token = nlp.readDoc(`They ${value} them.`).tokens().itemAt(1);
    return {
      lemma: token.out(its.lemma as never) as unknown as string,
      verb: (token.out(its.pos as never) as unknown as string) === "VERB",
    };
  };
  const verbLemma = (value: string): string => {
    const asked = lemmaAsVerb(value).lemma;
    if (asked !== value.toLowerCase()) return asked;
    // "had retaken": wink knows some participles in -en only as nouns; the verb they end is the lemma.
    if (/[a-z]{3}en$/i.test(value)) {
      for (const candidate of [asked.slice(0, -1), asked.slice(0, -2)]) {
        const read = lemmaAsVerb(candidate);
        if (read.verb && read.lemma === candidate) return candidate;
      }
      return asked;
    }
    if (!/[a-z]{3}ing$/i.test(value)) return asked;
    // wink knows some gerunds only as nouns ("bombing"), whatever the sentence: the stem it reads
    // as a verb of its own ("bomb", "shell", "ship" from "shipping", "raze" from "razing") is the lemma.
    const stem = value.toLowerCase().slice(0, -3);
    const doubled =
      stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2] ? [stem.slice(0, -1)] : [];
    for (const candidate of [stem, ...doubled, `${stem}e`]) {
      const read = lemmaAsVerb(candidate);
      if (read.verb && read.lemma === candidate) return candidate;
    }
    return asked;
  };

  return {
    vocabulary,
    analyse(text: string): readonly Sentence[] {
      const sentences: Sentence[] = [];
      // Paragraphs are analysed apart so that a headline without a full stop never swallows the next line.
      const paragraph = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
      for (let match = paragraph.exec(text); match !== null; match = paragraph.exec(text)) {
        if (match[0].trim()) analyseParagraph(match[0], match.index, sentences);
      }
      return sentences;
    },
    tokenizeName,
    tokenizeNames(names: readonly string[]): readonly (readonly string[])[] {
      // wink splits text at whitespace before it tokenises each piece, so names a line apart split
      // as each does alone, and one document costs far less than one per name (a coder's 13,583
      // dictionary names took 0.3 s one by one). Names that hold line breaks or unusual spaces, or
      // that are blank or padded, are tokenised alone.
      const out: (readonly string[])[] = names.map(() => []);
      const lined: number[] = [];
      names.forEach((name, i) => {
        if (name !== "" && name.trim() === name && !AWKWARD_SPACE.test(name)) lined.push(i);
        else out[i] = tokenizeName(name);
      });
      if (lined.length === 0) return out;
      const values = tokenizer
        .readDoc(foldLetters(lined.map((i) => names[i]!).join("\n")))
        .tokens()
        .out() as string[];
      const groups: string[][] = [[]];
      for (const value of values) {
        if (value === "\n") groups.push([]);
        else groups[groups.length - 1]!.push(normaliseToken(value));
      }
      // Should wink ever join or drop a line, every name is tokenised alone rather than misaligned.
      if (groups.length !== lined.length) return names.map((name) => tokenizeName(name));
      lined.forEach((i, k) => {
        out[i] = groups[k]!;
      });
      return out;
    },
  };

  function tokenizeName(name: string): readonly string[] {
    return tokenizer
      .readDoc(foldLetters(name))
      .tokens()
      .out()
      .map((t: string) => normaliseToken(t));
  }

  function analyseParagraph(paragraph: string, offset: number, sentences: Sentence[]): void {
    // wink reads the folded text (same length, so offsets hold); tokens and sentences keep the original.
    const text = foldLetters(paragraph);
    const folded = text !== paragraph;
    const doc = nlp.readDoc(text);
    // Whole-document arrays: reading each token through its own item object costs far more.
    const all = doc.tokens();
    const values = all.out() as string[];
    const tags = all.out(its.pos) as string[];
    const retagged = [...retagPastVerbs(values, tags), ...retagBareVerbs(values, tags)];
    retagParticipleAdjectives(values, tags);
    retagPluralNouns(values, tags);
    // Spacing is read only if some token is not found where expected (almost never).
    let spaces: string[] | null = null;
    const spans = doc.sentences().out(its.span) as unknown as [number, number][];
    let cursor = 0;
    for (const [first, last] of spans) {
      const tokens: Token[] = [];
      for (let k = first; k <= last; k++) {
        const value = values[k]!;
        const lower = normal(value);
        if (lower.blank) continue;
        const found = text.indexOf(value, cursor);
        const gap = found < 0 ? -1 : found - cursor;
        // wink may normalise a token's text; fall back to its spacing when the value is not found nearby.
        let start = found;
        if (gap < 0 || gap > 64) {
          spaces ??= all.out(its.precedingSpaces) as string[];
          start = cursor + (spaces[k]?.length ?? 0);
        }
        const end = start + value.length;
        cursor = end;
        const tag = tags[k]!;
        const lemma =
          lower.lemmas?.get(tag) ??
          learnLemma(
            lower,
            tag,
            value,
            (retagged.length > 0 && retagged.includes(k)) || (tag === "VERB" && value.endsWith("ing"))
              ? verbLemma(value)
              : (all.itemAt(k).out(its.lemma as never) as unknown as string),
          );
        tokens.push({
          index: tokens.length,
          text: folded ? paragraph.slice(start, end) : value,
          lower: lower.text,
          lemma: lemma.text,
          lowerId: lower.id,
          lemmaId: lemma.id,
          pos: tag,
          start: start + offset,
          end: end + offset,
        });
      }
      if (tokens.length === 0) continue;
      const start = tokens[0]!.start;
      const end = tokens[tokens.length - 1]!.end;
      sentences.push({
        index: sentences.length,
        text: paragraph.slice(start - offset, end - offset),
        start,
        end,
        tokens,
      });
    }
  }
}

interface NormalForm {
  readonly text: string;
  readonly id: number;
  readonly blank: boolean;
  lemmas: Map<string, NormalForm> | null;
}

/** Line breaks, tabs and the spaces wink treats as non-breaking. */
const AWKWARD_SPACE = /[\n\r\t\u00a0\u2002-\u2005\u2009\u200a\u202f\u205f]/;

/** Distinct words an analyser keeps normal forms for before starting afresh. */
const NORMAL_CACHE_MAX = 200_000;

/** Lower-cases a token and folds typographic apostrophes, so "Trump’s" and "Trump's" match alike. @example normaliseToken("’S") */
export function normaliseToken(value: string): string {
  const lower = value.toLowerCase();
  return lower.includes("’") || lower.includes("‘") ? lower.replace(/[’‘]/g, "'") : lower;
}
