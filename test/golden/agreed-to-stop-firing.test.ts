/**
 * Golden sentences on agreeing to stop attacks: "agreed to stop targeting each other" is an intent
 * to de-escalate both ways (0356), not an attack each way, and "Oman announced that …" reports
 * no accusation. Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "Oman announced that the United States and the Houthis had agreed to stop targeting each other.",
    expect: ["AGREE USA>YEM", "AGREE YEM>USA"],
    exact: true,
  },
  {
    text: "Israel and Hezbollah agreed to stop firing at each other.",
    expect: ["AGREE ISR>LBN", "AGREE LBN>ISR"],
    exact: true,
  },
  { text: "The Houthis agreed to halt attacks on shipping.", expect: ["AGREE YEM>-"], exact: true },
];

runGoldenCases("agreed to stop firing", cases);
