import { describe, expect, it } from "vitest";
import { createCoder } from "../../src/index.js";
import { slotEndsByStart } from "../../src/events/slot-ends.js";

const coder = createCoder();
const endsOf = (text: string) => {
  const state = coder.analyse({ id: "t", text, date: "2025-11-24" });
  const sentence = state.document.sentences[0]!;
  return slotEndsByStart(sentence.tokens, state.resolvedMentions[0] ?? []);
};

describe("slotEndsByStart", () => {
  it("ends a slot at its mention and at the end of the list the mention opens", () => {
    // Egypt(0) pressed(1) Israel(2) and(3) Hamas(4) to(5) move(6)
    expect(endsOf("Egypt pressed Israel and Hamas to move.").get(2)).toEqual([3, 5]);
    // "Israel , Hamas and Hezbollah"
    expect(endsOf("Egypt urged Israel, Hamas and Hezbollah to accept.").get(2)).toEqual([3, 7]);
  });

  it("opens no list whose last name has a verb of its own", () => {
    expect(endsOf("Talks ended after Israel and Hamas agreed.").get(3)).toEqual([4]);
  });
});
