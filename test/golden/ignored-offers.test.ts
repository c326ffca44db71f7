/**
 * Golden sentences on offers left unanswered: "Pyongyang has ignored repeated offers of dialogue
 * from Washington" rejects the talks offered; the offers are Washington's, told as background, and
 * no North Korean offer. Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "Pyongyang has ignored repeated offers of dialogue from Washington.",
    expect: ["REJECT PRK>USA"],
    exact: true,
  },
  { text: "Seoul repeated its offer of talks with the North.", expect: ["AGREE KOR>PRK"], exact: true },
  // Blocking another's path is a veto of it.
  {
    text: "Hungary has blocked Ukraine's progress toward EU membership, citing the rights of the Hungarian minority.",
    expect: ["REJECT HUN>UKR"],
    exact: true,
  },
];

runGoldenCases("ignored offers", cases);
