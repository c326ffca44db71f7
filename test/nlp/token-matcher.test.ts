import { describe, expect, it } from "vitest";
import type { Token } from "../../src/core/types.js";
import { noSlots, type SlotLookup, TokenMatcher, type TokenMatch } from "../../src/nlp/token-matcher.js";
import { parseTokenPattern } from "../../src/nlp/token-pattern.js";
import { createWinkAnalyser } from "../../src/nlp/wink-analyser.js";

const nlp = createWinkAnalyser();
const sets = {
  letter: ["letter", "correspondence", "message"],
  weapon: ["missile", "rocket", "air strike"],
  talks: ["talk", "dialogue"],
};

function tokensOf(text: string): readonly Token[] {
  const sentences = nlp.analyse(text);
  expect(sentences).toHaveLength(1);
  return sentences[0]!.tokens;
}

/** Hand-made tokens, "text/POS/lemma" each, for cases where the tagger must not decide. */
function handTokens(spec: string): Token[] {
  let offset = 0;
  return spec.split(" ").map((part, index) => {
    const [text, pos = "NOUN", lemma] = part.split("/");
    const start = offset;
    offset += text!.length + 1;
    const lower = text!.toLowerCase();
    return {
      index,
      text: text!,
      lower,
      lemma: lemma ?? lower,
      lowerId: nlp.vocabulary.id(lower),
      lemmaId: nlp.vocabulary.id(lemma ?? lower),
      pos,
      start,
      end: start + text!.length,
    };
  });
}

function matcherOf(...patterns: string[]): TokenMatcher<string> {
  const m = new TokenMatcher<string>(nlp.vocabulary);
  for (const p of patterns) m.add(parseTokenPattern(p, sets), p);
  return m;
}

/** Matched token texts, with the pattern that matched. */
function spans(tokens: readonly Token[], matches: readonly TokenMatch<string>[]): string[] {
  return matches.map(
    (m) =>
      `${m.value} => ${tokens
        .slice(m.start, m.end)
        .map((t) => t.text)
        .join(" ")}`,
  );
}

function longest(matches: readonly TokenMatch<string>[]): TokenMatch<string> | undefined {
  return [...matches].sort((a, b) => b.end - a.end)[0];
}

describe("TokenMatcher: words, lemmas and alternatives", () => {
  it("matches an inflected form through its lemma", () => {
    const tokens = tokensOf("Kim rejected the letter.");
    const found = matcherOf("reject").matchAt(tokens, 1, noSlots);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ value: "reject", start: 1, end: 2, literals: 1 });
  });

  it("matches only from the start index it is given", () => {
    const tokens = tokensOf("Kim rejected the letter.");
    expect(matcherOf("reject").matchAt(tokens, 0, noSlots)).toEqual([]);
    expect(matcherOf("reject").matchAt(tokens, 2, noSlots)).toEqual([]);
  });

  it("matches any of the alternatives", () => {
    const m = matcherOf("reject|refuse|spurn &letter");
    for (const verb of ["rejected/VERB/reject", "refused/VERB/refuse", "spurned/VERB/spurn"]) {
      expect(m.matchAt(handTokens(`Kim ${verb} message`), 1, noSlots), verb).toHaveLength(1);
    }
    expect(m.matchAt(handTokens("Kim accepted/VERB/accept message"), 1, noSlots)).toEqual([]);
    expect(m.matchAt(handTokens("Kim rejected/VERB/reject offer"), 1, noSlots)).toEqual([]);
    const refused = tokensOf("Kim refused correspondence.");
    expect(spans(refused, m.matchAt(refused, 1, noSlots))).toEqual([
      "reject|refuse|spurn &letter => refused correspondence",
    ]);
  });

  it("matches a word against the lower-cased text as well as the lemma", () => {
    const tokens = handTokens("KIM REJECTS/VERB/reject LETTERS/NOUN/letter");
    expect(matcherOf("rejects letters").matchAt(tokens, 1, noSlots)).toHaveLength(1);
    expect(matcherOf("reject letter").matchAt(tokens, 1, noSlots)).toHaveLength(1);
  });

  it("takes no pattern once compiled, and compiles on the first match if no one did", () => {
    const m = new TokenMatcher<string>(nlp.vocabulary, "lower");
    m.add(parseTokenPattern("reject", sets), "reject");
    expect(m.matchAt(tokensOf("Kim will reject it."), 2, noSlots)).toHaveLength(1);
    expect(() => m.add(parseTokenPattern("refuse", sets), "refuse")).toThrow(
      expect.objectContaining({ code: "E_PIPELINE" }),
    );
    const early = new TokenMatcher<string>(nlp.vocabulary, "lower");
    early.add(parseTokenPattern("reject", sets), "reject");
    early.compile();
    expect(early.compile()).toBe(early.compile());
    expect(early.matchAt(tokensOf("Kim will reject it."), 2, noSlots)).toHaveLength(1);
  });

  it("compares the lower-cased text only when built with the 'lower' field", () => {
    const m = new TokenMatcher<string>(nlp.vocabulary, "lower");
    m.add(parseTokenPattern("reject", sets), "reject");
    expect(m.matchAt(tokensOf("Kim rejected it."), 1, noSlots)).toEqual([]);
    expect(m.matchAt(tokensOf("Kim will reject it."), 2, noSlots)).toHaveLength(1);
  });

  it("matches exact elements case-sensitively", () => {
    const m = new TokenMatcher<string>(nlp.vocabulary, "lower", 0);
    m.add([{ kind: "exact", text: "US", optional: false }], "USA");
    const tokens = handTokens("US officials told us");
    expect(m.matchAt(tokens, 0, noSlots)).toHaveLength(1);
    expect(m.matchAt(tokens, 3, noSlots)).toEqual([]);
  });

  it("matches a multi-word set member over consecutive tokens", () => {
    const m = matcherOf("launch &weapon at");
    const tokens = tokensOf("Troops launched air strikes at Syria.");
    expect(spans(tokens, m.matchAt(tokens, 1, noSlots))).toEqual([
      "launch &weapon at => launched air strikes at",
    ]);
    expect(m.matchAt(tokensOf("Troops launched air raids at Syria."), 1, noSlots)).toEqual([]);
  });

  it("returns every pattern that matches at the same start", () => {
    const m = matcherOf("reject", "reject * &letter");
    const tokens = tokensOf("Kim rejected the letter.");
    expect(spans(tokens, m.matchAt(tokens, 1, noSlots)).sort()).toEqual(
      ["reject => rejected", "reject * &letter => rejected the letter"].sort(),
    );
  });

  it("gives several values for the same pattern", () => {
    const m = new TokenMatcher<string>(nlp.vocabulary);
    m.add(parseTokenPattern("meet", sets), "a");
    m.add(parseTokenPattern("meet", sets), "b");
    const found = m.matchAt(tokensOf("They met."), 1, noSlots);
    expect(found.map((f) => f.value).sort()).toEqual(["a", "b"]);
  });
});

describe("TokenMatcher: optional elements and specificity", () => {
  it("matches with and without an optional element, counting literals", () => {
    const m = matcherOf("hold talk with?");
    const tokens = tokensOf("They held talks with Seoul.");
    const found = m.matchAt(tokens, 1, noSlots);
    expect(found.map((f) => [f.end, f.literals]).sort()).toEqual(
      [
        [3, 2],
        [4, 3],
      ].sort(),
    );
  });

  it("matches an optional set that is absent", () => {
    const m = matcherOf("open to &talks?");
    const tokens = tokensOf("Seoul is open to new ideas.");
    expect(m.matchAt(tokens, 2, noSlots).map((f) => f.end)).toEqual([4]);
  });

  it("counts a multi-word set member as one literal per word", () => {
    const m = matcherOf("fire &weapon");
    const air = tokensOf("They fired an air strike.");
    const missile = tokensOf("They fired a missile.");
    expect(m.matchAt(air, 1, noSlots)).toEqual([]);
    expect(matcherOf("fire * &weapon").matchAt(air, 1, noSlots)[0]!.literals).toBe(3);
    expect(matcherOf("fire * &weapon").matchAt(missile, 1, noSlots)[0]!.literals).toBe(2);
  });

  it("does not count gaps or slots as literals", () => {
    const tokens = tokensOf("Washington imposed new sanctions on Pyongyang.");
    const slots: SlotLookup = (i) => (i === 5 ? [6] : []);
    const found = longest(matcherOf("impose * sanction on @target").matchAt(tokens, 1, slots))!;
    expect(found.literals).toBe(3);
    expect(found.end).toBe(6);
  });
});

describe("TokenMatcher: gaps", () => {
  const m = matcherOf("reject * &letter");

  it("skips zero tokens", () => {
    const tokens = tokensOf("Kim rejected correspondence.");
    expect(m.matchAt(tokens, 1, noSlots).map((f) => f.end)).toEqual([3]);
  });

  it("skips up to four tokens", () => {
    const tokens = handTokens("Kim rejected/VERB/reject a/DET b c d letter");
    expect(m.matchAt(tokens, 1, noSlots).map((f) => f.end)).toEqual([7]);
  });

  it("never skips five tokens", () => {
    const tokens = handTokens("Kim rejected/VERB/reject a/DET b c d e letter");
    expect(m.matchAt(tokens, 1, noSlots)).toEqual([]);
  });

  it("counts a hyphenated word as one word", () => {
    const tokens = handTokens("Kim rejected/VERB/reject a/DET new long -/PUNCT range letter");
    expect(m.matchAt(tokens, 1, noSlots).map((f) => f.end)).toEqual([8]);
  });

  it("never skips five words, hyphens aside", () => {
    const tokens = handTokens("Kim rejected/VERB/reject a/DET new old long -/PUNCT range letter");
    expect(m.matchAt(tokens, 1, noSlots)).toEqual([]);
  });

  it("honours a smaller maximum given to the matcher", () => {
    const narrow = new TokenMatcher<string>(nlp.vocabulary, "lower-or-lemma", 1);
    narrow.add(parseTokenPattern("reject * &letter", sets), "r");
    expect(narrow.matchAt(tokensOf("Kim rejected the letter."), 1, noSlots)).toHaveLength(1);
    expect(narrow.matchAt(tokensOf("Kim rejected Trump's letter."), 1, noSlots)).toEqual([]);
  });

  it("crosses possessive 's and hyphens", () => {
    expect(m.matchAt(tokensOf("Kim rejected Trump's letter."), 1, noSlots)).toHaveLength(1);
    expect(m.matchAt(tokensOf("Kim rejected Trump’s letter."), 1, noSlots)).toHaveLength(1);
    expect(m.matchAt(tokensOf("Kim rejected the U.S.-drafted letter."), 1, noSlots)).toHaveLength(1);
  });

  it("never crosses a comma or other punctuation", () => {
    expect(m.matchAt(tokensOf("Kim rejected, again, the letter."), 1, noSlots)).toEqual([]);
    expect(m.matchAt(tokensOf("Kim rejected (once) the letter."), 1, noSlots)).toEqual([]);
    expect(m.matchAt(tokensOf("Kim rejected; the letter stayed."), 1, noSlots)).toEqual([]);
  });

  it("never crosses 'and' before a verb that heads a clause, but crosses it elsewhere", () => {
    expect(m.matchAt(tokensOf("Kim rejected talks and sent a letter."), 1, noSlots)).toEqual([]);
    expect(m.matchAt(tokensOf("Kim rejected talks and sends a letter."), 1, noSlots)).toEqual([]);
    expect(m.matchAt(tokensOf("Kim rejected gifts and letters."), 1, noSlots)).toHaveLength(1);
    expect(m.matchAt(tokensOf("Kim rejected a signed and sealed letter."), 1, noSlots)).toHaveLength(1);
  });

  // BUG: the README says a gap crosses possessives, but the plural possessive apostrophe
  // ("the envoys' letter", wink tags "'" as PUNCT) stops it: no match at all.
  it("crosses a plural possessive apostrophe", () => {
    expect(m.matchAt(tokensOf("Kim rejected the envoys' letter."), 1, noSlots)).toHaveLength(1);
    expect(m.matchAt(tokensOf("Kim rejected the envoys’ letter."), 1, noSlots)).toHaveLength(1);
  });

  it("stops at the limit it is given", () => {
    const tokens = tokensOf("Kim rejected the letter.");
    expect(m.matchAt(tokens, 1, noSlots, 3)).toEqual([]);
    expect(m.matchAt(tokens, 1, noSlots, 4)).toHaveLength(1);
  });
});

describe("TokenMatcher: slots", () => {
  const tokens = tokensOf("Washington imposed sanctions on North Korea.");
  // "North Korea" is an actor mention over tokens 4..6.
  const slots: SlotLookup = (i) => (i === 4 ? [6] : []);

  it("fills @target through the slot lookup", () => {
    const found = matcherOf("impose sanction on @target").matchAt(tokens, 1, slots);
    expect(found).toHaveLength(1);
    expect(found[0]!.slots).toEqual({ target: [4, 6] });
    expect(found[0]!.end).toBe(6);
  });

  it("does not match a slot where no mention starts", () => {
    expect(matcherOf("impose sanction on @target").matchAt(tokens, 1, noSlots)).toEqual([]);
    expect(matcherOf("impose @target").matchAt(tokens, 1, slots)).toEqual([]);
  });

  it("fills an optional slot only when a mention is there", () => {
    const m = matcherOf("impose sanction on @target?");
    const withSlot = longest(m.matchAt(tokens, 1, slots))!;
    expect(withSlot.slots.target).toEqual([4, 6]);
    const without = m.matchAt(tokens, 1, noSlots);
    expect(without).toHaveLength(1);
    expect(without[0]!.slots).toEqual({});
  });

  it("fills @source", () => {
    const aid = tokensOf("Seoul received aid from Japan.");
    const found = matcherOf("receive aid from @source").matchAt(aid, 1, (i) => (i === 4 ? [5] : []));
    expect(found).toHaveLength(1);
    expect(found[0]!.slots).toEqual({ source: [4, 5] });
  });

  it("tries every mention end the lookup gives", () => {
    const found = matcherOf("impose sanction on @target").matchAt(tokens, 1, (i) => (i === 4 ? [5, 6] : []));
    expect(found.map((f) => f.slots.target).sort()).toEqual([
      [4, 5],
      [4, 6],
    ]);
  });
});
