/**
 * Golden sentences on title nouns inside proper names: "the Galaxy Leader" is a ship, no leader of
 * any state; a named university keeps its sector; titles before a personal name stay titles. Our
 * own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "Houthi rebels fired missiles at the Galaxy Leader on Sunday.",
    date: "2024-01-14",
    expect: ["ASSAULT YEM>-"],
    absent: ["ASSAULT YEM>YEM"],
  },
  {
    text: "Senate Majority Leader John Thune criticised the Chinese government.",
    date: "2025-06-12",
    expect: ["ACCUSE USA>CHN"],
    exact: true,
  },
  {
    text: "Iranian Supreme Leader Ali Khamenei accused Israel of war crimes.",
    date: "2025-06-12",
    expect: ["ACCUSE IRN>ISR"],
    exact: true,
  },
];

runGoldenCases("titles inside proper names", cases);
