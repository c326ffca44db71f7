/**
 * Golden sentences on letters not accepted: "Pyongyang would not accept a letter from Washington"
 * refuses it, as "refused a letter" does; a letter not received never arrived, and one not yet opened or accepted waits; neither refuses anything.
 * Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "North Korea's foreign ministry said Pyongyang would not accept a letter from Washington.",
    expect: ["REJECT PRK>USA"],
    exact: true,
  },
  { text: "Pyongyang did not take the letter from Seoul.", expect: ["REJECT PRK>KOR"], exact: true },
  { text: "Trump said he had not yet opened the letter.", expect: [], exact: true },
  { text: "Kim has not yet accepted the letter from Moon.", expect: [], absent: ["REJECT PRK>KOR"] },
  { text: "Pyongyang did not receive the letter.", expect: [], exact: true },
  { text: "Kim refused a letter from Trump.", expect: ["REJECT PRK>USA"], exact: true },
];

runGoldenCases("letters not accepted", cases);
