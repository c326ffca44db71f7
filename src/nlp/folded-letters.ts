/**
 * Latin letters with diacritics folded to their plain letter, one character for one, so that text
 * keeps its offsets: wink splits words at letters beyond Latin-1 ("Erdoğan" became "Erdo ğ an"), and
 * "Erdoğan", "Vučić" and "Sánchez" should match their plain spellings as wire copy writes them.
 *
 * @example
 * foldLetters("Erdoğan met Vučić"); // "Erdogan met Vucic"
 */

// Letters whose decomposition holds no plain letter: the stroke and dotless forms.
const STROKES: Readonly<Record<string, string>> = {
  ı: "i",
  ł: "l",
  Ł: "L",
  đ: "d",
  Đ: "D",
  ø: "o",
  Ø: "O",
  ħ: "h",
  Ħ: "H",
  ŧ: "t",
  Ŧ: "T",
};

const FOLDS: ReadonlyMap<string, string> = buildFolds();
const FOLDABLE = /[\u00C0-\u024F\u1E00-\u1EFF]/;
const FOLDABLE_ALL = /[\u00C0-\u024F\u1E00-\u1EFF]/g;

function buildFolds(): Map<string, string> {
  const out = new Map<string, string>();
  const ranges: readonly (readonly [number, number])[] = [
    [0xc0, 0x24f],
    [0x1e00, 0x1eff],
  ];
  for (const [from, to] of ranges) {
    for (let code = from; code <= to; code++) {
      const letter = String.fromCharCode(code);
      const plain = STROKES[letter] ?? letter.normalize("NFD").replace(/\p{M}/gu, "");
      if (plain !== letter && /^[A-Za-z]$/.test(plain)) out.set(letter, plain);
    }
  }
  return out;
}

/**
 * `text` with every Latin letter that carries a diacritic replaced by its plain letter, the same
 * length; `text` itself when it has none. @example foldLetters("Kılıçdaroğlu") // "Kilicdaroglu"
 */
export function foldLetters(text: string): string {
  if (!FOLDABLE.test(text)) return text;
  return text.replace(FOLDABLE_ALL, (c) => FOLDS.get(c) ?? c);
}
