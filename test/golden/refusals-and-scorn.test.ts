/**
 * Golden sentences on talks refused as a lack of interest, offers scorned as a ploy, and what a
 * breach of a ceasefire is accused of. Our own sentences, not the gold sets.
 */
import { cameoCodes, type Golden, runGoldenCases } from "./golden-runner.js";
import { describe, expect, it } from "vitest";

const cases: readonly Golden[] = [
  {
    text: "North Korea's state media on Monday quoted Kim Yo Jong as saying Pyongyang had no interest in talks with Seoul and calling the offer a hypocritical ploy.",
    expect: ["REJECT PRK>KOR", "ACCUSE PRK>-"],
  },
  {
    text: "Iran said it had little interest in a meeting with Trump.",
    expect: ["REJECT IRN>USA"],
    exact: true,
  },
  { text: "Venezuela's foreign minister called the sanctions a cheap stunt.", expect: ["ACCUSE VEN>-"] },
];

runGoldenCases("golden sentences: refusals and scorn", cases);

describe("accusations of breaches", () => {
  const codes = cameoCodes();
  it("codes a ceasefire breach as no rights abuse, a rights violation as one", () => {
    const rightsAbuse = (text: string) => codes(text).some((c) => c.startsWith("1122 "));
    expect(rightsAbuse("India accused Pakistan of violating the ceasefire.")).toBe(false);
    expect(rightsAbuse("Moscow accused Kyiv of violating the Black Sea grain deal.")).toBe(false);
    expect(rightsAbuse("The UN accused Myanmar of violating human rights.")).toBe(true);
    expect(rightsAbuse("Amnesty accused Egypt of torturing detainees.")).toBe(true);
  });
});
