/** Content hashes and MinHash fingerprints. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contentHash, estimateSimilarity, textFingerprint } from "../../src/analytics/text-fingerprint.js";

const story =
  "North Korean diplomats in New York refused to accept a letter from President Donald Trump to leader Kim Jong Un, a specialist news site reported on Wednesday. Citing a high-level source, the site said the letter was intended to reopen dialogue between the two leaders. Officials at the mission repeatedly declined to take delivery of the letter, the report said.";

describe("text fingerprints", () => {
  it("hashes content regardless of spacing and line ends", () => {
    expect(contentHash("Kim  refused\r\nthe letter. ")).toBe(contentHash("Kim refused the letter."));
    expect(contentHash("Kim refused the letter.")).not.toBe(contentHash("Kim accepted the letter."));
  });

  it("finds a lightly edited republication similar and a different report dissimilar", () => {
    const edited = story
      .replace("on Wednesday", "on Wednesday evening")
      .replace("the report said", "according to the report");
    const other =
      "South Korea's foreign ministry said on Thursday it was checking details with Washington after a report that Pyongyang had snubbed a message from the US president.";
    const a = textFingerprint(story);
    expect(estimateSimilarity(a.signature, textFingerprint(edited).signature)).toBeGreaterThan(0.6);
    expect(estimateSimilarity(a.signature, textFingerprint(other).signature)).toBeLessThan(0.2);
    expect(a.bands.filter((band) => textFingerprint(edited).bands.includes(band)).length).toBeGreaterThan(0);
  });

  it("is deterministic and scores any text as identical to itself", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 300 }), (text) => {
        const a = textFingerprint(text);
        expect(textFingerprint(text)).toEqual(a);
        expect(estimateSimilarity(a.signature, a.signature)).toBe(1);
      }),
      { numRuns: 50 },
    );
  });
});
