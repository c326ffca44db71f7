import { describe, expect, it } from "vitest";
import { createCoder } from "../../src/index.js";

const coder = createCoder();
/** The countries each "their" of the text stands for, in order. */
const theirs = (text: string) => {
  const state = coder.analyse({ text, date: "2025-06-12" });
  return state.resolvedMentions
    .flat()
    .filter((m) => m.text === "their")
    .map((m) => (m.group ?? [m.actor]).map((a) => a.code).join("+"));
};

describe("coordinatedSubject: 'their' after a pair that opens the sentence", () => {
  it("stands for the sentence's own pair, not a pair named the sentence before", () => {
    expect(
      theirs(
        "The United States reaffirmed its commitment to defend the Philippines under their mutual defence treaty. " +
          "Australia and the Philippines held their largest joint military exercise.",
      ),
    ).toEqual(["USA+PHL", "AUS+PHL"]);
  });

  it("makes 'they' opening the next sentence both of a pair sharing its head noun", () => {
    const events = coder
      .code({
        text:
          "The Japanese and South Korean foreign ministers held talks in Tokyo on Monday. " +
          "They agreed to strengthen cooperation with the United States on North Korea.",
        date: "2025-06-12",
      })
      .events.filter((e) => e.cameo === "030")
      .map((e) => `${e.source.map((a) => a.code).join()}>${e.target.map((a) => a.code).join()}`);
    expect(events).toEqual(["JPNGOV>USA", "KORGOV>USA"]);
  });

  it("codes the pair's joint act towards each other, with no third party", () => {
    const events = coder
      .code({
        text:
          "The United States reaffirmed its commitment to defend the Philippines under their mutual defence treaty. " +
          "Australia and the Philippines held their largest joint military exercise.",
        date: "2025-06-12",
      })
      .events.filter((e) => e.cameo === "062")
      .map((e) => `${e.source.map((a) => a.code).join()}>${e.target.map((a) => a.code).join()}`);
    expect(events).toEqual(["AUS>PHL", "PHL>AUS"]);
  });
});
