import { describe, expect, it } from "vitest";
import { createCoder } from "../../src/index.js";

const coder = createCoder();
const codes = (text: string) =>
  coder
    .code({ text, date: "2025-05-10" })
    .events.map(
      (e) =>
        `${e.cameo} ${e.source.map((a) => a.country)}>${e.target.map((a) => a.country)} [${e.mentions.map((m) => m.sentence)}]`,
    );

describe("splitByKind: one type and dyad on one day, two kinds of act", () => {
  it("keeps two specific kinds of agreement apart", () => {
    expect(
      codes(
        "India and Pakistan agreed on Saturday to halt all military action. Rubio said the two sides had also agreed to start talks at a neutral site.",
      ),
    ).toEqual(["0356 IND>PAK [0]", "0356 PAK>IND [0]", "036 IND>PAK [1]", "036 PAK>IND [1]"]);
  });

  it("still joins a source-less mention of the same kind (the seed's 120 with 125: seed-article.test.ts)", () => {
    const events = coder.code({
      text: "Kim refused to accept Trump's letter on Monday. The rejection of the letter was reported by KCNA.",
      date: "2025-05-10",
    }).events;
    expect(events.filter((e) => e.event === "REJECT").map((e) => e.mentions.length)).toEqual([2]);
  });
});
