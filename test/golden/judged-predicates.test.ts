/**
 * Golden sentences on judgements told as predicates: "said the decision was regrettable",
 * "called the visit unacceptable" criticise the act named, and are aimed at whoever did it when
 * it was told before. Our own sentences, not the gold sets.
 */
import { describe, expect, it } from "vitest";
import { createCoder } from "../../src/index.js";
import { type Golden, runGoldenCases } from "./golden-runner.js";
import { renderEvent } from "./render-event.js";

const cases: readonly Golden[] = [
  { text: "Moscow said the sanctions were illegal.", expect: ["ACCUSE RUS>-"], exact: true },
  { text: "China called the visit unacceptable.", expect: ["ACCUSE CHN>-"], exact: true },
  { text: "The minister said the talks were productive.", expect: [], exact: true },
];

runGoldenCases("judged predicates", cases);

describe("judged predicates aimed at the act told before", () => {
  it("aims 'said the decision was regrettable' at whoever made the decision", () => {
    const events = createCoder()
      .code({
        text: "Britain suspended trade talks with Israel. Israel's foreign ministry said the decision was regrettable.",
        date: "2025-05-20",
      })
      .events.map(renderEvent);
    expect(events).toEqual(["SANCTION GBR>ISR", "ACCUSE ISR>GBR"]);
  });
});
