import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Sentence } from "../../src/core/types.js";
import { loadDictionaries } from "../../src/ingest/dictionary-loader.js";
import { defaultDictionaryDir } from "../../src/index.js";
import { createWinkAnalyser, normaliseToken } from "../../src/nlp/wink-analyser.js";

const nlp = createWinkAnalyser();

/** Every token's and sentence's offsets must point back at its own text. */
function expectOffsetsHold(text: string, sentences: readonly Sentence[]): void {
  for (const s of sentences) {
    expect(text.slice(s.start, s.end)).toBe(s.text);
    for (const t of s.tokens) {
      expect(text.slice(t.start, t.end), `token "${t.text}" at ${t.start}`).toBe(t.text);
      expect(t.start).toBeGreaterThanOrEqual(s.start);
      expect(t.end).toBeLessThanOrEqual(s.end);
    }
  }
}

function texts(sentences: readonly Sentence[]): string[][] {
  return sentences.map((s) => s.tokens.map((t) => t.text));
}

describe("createWinkAnalyser: sentences", () => {
  it("splits sentences and numbers them in order", () => {
    const sentences = nlp.analyse("Kim refused the letter. Trump did not reply. Seoul said nothing.");
    expect(sentences.map((s) => s.text)).toEqual([
      "Kim refused the letter.",
      "Trump did not reply.",
      "Seoul said nothing.",
    ]);
    expect(sentences.map((s) => s.index)).toEqual([0, 1, 2]);
    for (const s of sentences) expect(s.tokens.map((t) => t.index)).toEqual(s.tokens.map((_, i) => i));
  });

  it("never lets a headline without a full stop swallow the next paragraph", () => {
    const text = "Kim rejects Trump letter\n\nPyongyang said on Wednesday it had refused the letter.";
    const sentences = nlp.analyse(text);
    expect(sentences).toHaveLength(2);
    expect(sentences[0]!.text).toBe("Kim rejects Trump letter");
    expect(sentences[1]!.text).toBe("Pyongyang said on Wednesday it had refused the letter.");
  });

  it("returns no sentence for blank input", () => {
    expect(nlp.analyse("")).toEqual([]);
    expect(nlp.analyse("  \n\n \t\n")).toEqual([]);
  });

  it("does not emit whitespace tokens", () => {
    const sentences = nlp.analyse("Seoul   said\t nothing .");
    expect(texts(sentences)).toEqual([["Seoul", "said", "nothing", "."]]);
  });
});

describe("createWinkAnalyser: character offsets", () => {
  it("maps every token back to the text of a plain article", () => {
    const text =
      "The U.S.-led coalition spent $1.5 billion on 3,000 troops in 2018. Moscow said it cannot agree.";
    expectOffsetsHold(text, nlp.analyse(text));
  });

  it("keeps offsets with curly apostrophes and quotes", () => {
    const text =
      "Kim Jong Un’s sister said Pyongyang won’t talk. “We can’t,” she said… Seoul’s reply — curt — came later.";
    const sentences = nlp.analyse(text);
    expectOffsetsHold(text, sentences);
    const possessive = sentences[0]!.tokens.find((t) => t.text === "’s")!;
    expect(possessive).toBeDefined();
    expect(text.slice(possessive.start, possessive.end)).toBe("’s");
  });

  it("keeps article offsets across blank-line paragraphs, CRLF and extra spaces", () => {
    const text =
      "Trump’s envoy arrived.\n\n\nSeoul wasn't told.  Kyiv didn't reply.\r\n\r\nThey’ll meet again, officials’ sources said.";
    const sentences = nlp.analyse(text);
    expectOffsetsHold(text, sentences);
    expect(sentences.map((s) => s.text)).toEqual([
      "Trump’s envoy arrived.",
      "Seoul wasn't told.",
      "Kyiv didn't reply.",
      "They’ll meet again, officials’ sources said.",
    ]);
    const seoul = sentences[1]!;
    expect(seoul.start).toBe(text.indexOf("Seoul"));
    expect(seoul.tokens[0]!.start).toBe(text.indexOf("Seoul"));
  });

  it("keeps offsets for contractions that wink splits", () => {
    const text = "I'd've gone. She's gonna leave. Pyongyang can't and won't agree.";
    const sentences = nlp.analyse(text);
    expectOffsetsHold(text, sentences);
    expect(texts(sentences)[2]).toEqual(["Pyongyang", "ca", "n't", "and", "wo", "n't", "agree", "."]);
  });

  it("keeps offsets with non-Latin-1 characters, emoji and URLs", () => {
    const text =
      "Les Misérables—naïve café. 😀 Emoji here. See https://example.com/x?y=1 for über-cool news.";
    expectOffsetsHold(text, nlp.analyse(text));
  });
});

describe("createWinkAnalyser: lemma and apostrophes", () => {
  it("lemmatises a participle in -en that wink reads as a noun after 'had'", () => {
    const tokens = createWinkAnalyser().analyse("The army said it had retaken the palace.")[0]!.tokens;
    const retaken = tokens.find((t) => t.text === "retaken")!;
    expect(retaken.pos).toBe("VERB");
    expect(retaken.lemma).toBe("retake");
  });

  it("gives lemmas for inflected verbs and plural nouns", () => {
    const [s] = nlp.analyse("Kim refused the letters and rejected talks.");
    const byText = new Map(s!.tokens.map((t) => [t.text, t]));
    expect(byText.get("refused")!.lemma).toBe("refuse");
    expect(byText.get("rejected")!.lemma).toBe("reject");
    expect(byText.get("letters")!.lemma).toBe("letter");
    expect(byText.get("talks")!.lemma).toBe("talk");
    expect(byText.get("refused")!.pos).toBe("VERB");
    expect(byText.get("Kim")!.lower).toBe("kim");
  });

  it("folds typographic apostrophes in lower and lemma, keeping the original text", () => {
    const [s] = nlp.analyse("Trump’s envoy didn’t come.");
    const possessive = s!.tokens[1]!;
    expect(possessive.text).toBe("’s");
    expect(possessive.lower).toBe("'s");
    const negator = s!.tokens.find((t) => t.text === "n’t")!;
    expect(negator.lower).toBe("n't");
    expect(negator.lemma).toBe("not");
  });

  it("gives a word its lemma by tag, the same on first sight and after", () => {
    const text = "They saw the saw. He’s left; it’s Kim’s letter.";
    const lemmas = () =>
      nlp.analyse(text).flatMap((s) => s.tokens.map((t) => `${t.text}/${t.pos}/${t.lemma}`));
    const first = lemmas();
    expect(first).toContain("saw/VERB/see");
    expect(first).toContain("saw/NOUN/saw");
    expect(first).toContain("’s/AUX/be");
    expect(first).toContain("’s/PART/'s");
    expect(lemmas()).toEqual(first);
  });

  it("reads curly and straight apostrophes alike", () => {
    const curly = nlp.analyse("Seoul wasn’t told.")[0]!.tokens;
    const straight = nlp.analyse("Seoul wasn't told.")[0]!.tokens;
    expect(curly.map((t) => [t.lower, t.lemma, t.pos])).toEqual(
      straight.map((t) => [t.lower, t.lemma, t.pos]),
    );
  });
});

describe("createWinkAnalyser: tokenizeName", () => {
  it("tokenises names as text is tokenised, lower-cased", () => {
    expect(nlp.tokenizeName("U.S. Navy")).toEqual(["u.s.", "navy"]);
    expect(nlp.tokenizeName("air strike")).toEqual(["air", "strike"]);
  });

  it("folds typographic apostrophes", () => {
    expect(nlp.tokenizeName("Trump’s")).toEqual(["trump", "'s"]);
  });
});

describe("createWinkAnalyser: tokenizeNames", () => {
  /** Each name tokenised alone, on an analyser of its own (wink's word cache grows as it reads). */
  const alone = (names: readonly string[]) => {
    const single = createWinkAnalyser();
    return names.map((n) => single.tokenizeName(n));
  };

  it("gives each name the tokens it has alone, in order, awkward names included", () => {
    const names = [
      "U.S. Navy",
      "Kim Jong-un",
      "cannot",
      "Trump’s",
      "",
      "  padded  ",
      "two\nlines",
      "tab\there",
      "no\u00a0break",
      "A.",
      "U.N. Security Council",
      "al-Qaeda in the Arabian Peninsula",
    ];
    expect(createWinkAnalyser().tokenizeNames(names)).toEqual(alone(names));
  });

  it("tokenises every bundled dictionary name as tokenizeName does", () => {
    const d = loadDictionaries(defaultDictionaryDir());
    const names = [
      ...d.organizations.flatMap((o) => [...o.names, ...(o.caseSensitive ?? [])]),
      ...d.agents.flatMap((a) => a.names),
      ...d.people.flatMap((p) => [...p.names, ...(p.shortNames ?? [])]),
    ].map((n) => n.trim());
    expect(names.length).toBeGreaterThan(1000);
    expect(createWinkAnalyser().tokenizeNames(names)).toEqual(alone(names));
  });

  it("agrees with tokenizeName on generated names (property)", () => {
    const piece = fc.constantFrom(
      "Kim",
      "u.s.",
      "U.N.",
      "al-",
      "Jong-un",
      "’s",
      "'s",
      "can't",
      "cannot",
      "St.",
      "Dr",
      "(",
      ")",
      ",",
      ".",
      "-",
      "&",
      "1990s",
      "Co.",
      "e.g.",
      "x",
      "Ü",
      "—",
      "…",
      "#",
      "@",
    );
    const name = fc
      .array(fc.tuple(piece, fc.constantFrom("", " ", "  ", "\t", "\n", "\u00a0")), { maxLength: 6 })
      .map((parts) => parts.map(([p, gap]) => p + gap).join(""));
    // Two analysers reused across runs (each holds a wink model), reading the same names in order.
    const batched = createWinkAnalyser();
    const single = createWinkAnalyser();
    fc.assert(
      fc.property(fc.array(name, { maxLength: 12 }), (names) => {
        expect(batched.tokenizeNames(names)).toEqual(names.map((n) => single.tokenizeName(n)));
      }),
      { numRuns: 200 },
    );
  });
});

describe("normaliseToken", () => {
  it("lower-cases and folds both typographic single quotes", () => {
    expect(normaliseToken("’S")).toBe("'s");
    expect(normaliseToken("‘Tis")).toBe("'tis");
    expect(normaliseToken("KCNA")).toBe("kcna");
  });
});

describe("createWinkAnalyser: independence", () => {
  it("gives the same analysis from two analysers", () => {
    const other = createWinkAnalyser();
    const text = "Kim refused the letter. Trump did not reply.";
    expect(other.analyse(text)).toEqual(nlp.analyse(text));
  });
});

describe("createWinkAnalyser: lemmas of gerunds wink knows only as nouns", () => {
  it("gives a gerund read as a verb its verb's lemma", () => {
    const lemmaOf = (text: string, word: string) =>
      nlp.analyse(text)[0]!.tokens.find((t) => t.lower === word)?.lemma;
    expect(lemmaOf("The army kept bombing the town.", "bombing")).toBe("bomb");
    expect(lemmaOf("The army denied shelling the town.", "shelling")).toBe("shell");
    // A noun keeps its own lemma.
    expect(lemmaOf("The bombing killed ten people.", "bombing")).toBe("bombing");
  });
});
