import { describe, expect, it } from "vitest";
import { foldLetters } from "../../src/nlp/folded-letters.js";
import { createWinkAnalyser } from "../../src/nlp/wink-analyser.js";

describe("foldLetters", () => {
  it("folds Latin letters with diacritics to plain ones, one for one", () => {
    expect(foldLetters("Erdoğan met Vučić and Kılıçdaroğlu in Łódź")).toBe(
      "Erdogan met Vucic and Kilicdaroglu in Lodz",
    );
    expect(foldLetters("Nguyễn Phú Trọng")).toBe("Nguyen Phu Trong");
    expect(foldLetters("Đukanović")).toBe("Dukanovic");
  });

  it("leaves plain text, signs and letters without a plain form alone", () => {
    const plain = "Kim Jong Un met Trump.";
    expect(foldLetters(plain)).toBe(plain);
    expect(foldLetters("3×4 Straße")).toBe("3×4 Straße");
  });
});

describe("the analyser on letters beyond Latin-1", () => {
  const analyser = createWinkAnalyser();
  it("keeps a name with them as one token, with its own spelling and offsets", () => {
    const [sentence] = analyser.analyse("Erdoğan accused Israel of genocide.");
    const first = sentence!.tokens[0]!;
    expect(first.text).toBe("Erdoğan");
    expect(first.lower).toBe("erdogan");
    expect([first.start, first.end]).toEqual([0, 7]);
    expect(sentence!.text).toBe("Erdoğan accused Israel of genocide.");
    expect(sentence!.tokens[1]!.pos).toBe("VERB");
  });

  it("tokenises dictionary names the same way", () => {
    expect(analyser.tokenizeName("Recep Tayyip Erdoğan")).toEqual(["recep", "tayyip", "erdogan"]);
    expect(analyser.tokenizeNames(["Aleksandar Vučić", "Kim"])).toEqual([["aleksandar", "vucic"], ["kim"]]);
  });
});
