/**
 * Golden sentences on claims judged by others: an act experts doubt has not happened, a report
 * whose predicate calls it false is denied, and an intent verb parted from its infinitive by an
 * adverb ("offered repeatedly to host") still declares intent. Our own sentences, not the gold sets.
 */
import { describe, expect, it } from "vitest";
import { createCoder } from "../../src/index.js";
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "Experts doubt that Iran will agree to new inspections.",
    expect: ["?AGREE IRN>-"],
    exact: true,
  },
  {
    text: "Erdogan has offered repeatedly to host a summit between Putin and Zelensky.",
    expect: ["AGREE TUR>RUS", "AGREE TUR>UKR"],
    exact: true,
  },
];

runGoldenCases("golden sentences: doubted acts and reports called false", cases);

describe("golden sentences: reports called false are denied", () => {
  const coder = createCoder();
  const denied = [
    "Reports that Saudi Arabia had agreed to normalise ties with Israel were false, a Saudi official said.",
    'Reports that Iran had sent drones to Russia were "completely untrue", Tehran said.',
    "Moscow said claims that Putin would meet Zelensky in Istanbul were baseless.",
  ];
  for (const text of denied)
    it(text, () => {
      const events = coder.code({ text, date: "2024-05-15" }).events;
      expect(events.length).toBeGreaterThan(0);
      for (const e of events) expect(e.attribution.status).toBe("denied");
    });
});
