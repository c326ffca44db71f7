/**
 * Golden sentences on a person's full name that runs past one of its shorter forms ("Sheikh Mishal
 * al-Ahmad al-Sabah") and on "the group" as an object when its own sentence names the group. Our
 * own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const date = "2025-06-12";
const cases: readonly Golden[] = [
  {
    text: "Kuwait's Emir Sheikh Mishal al-Ahmad al-Sabah received the Iranian foreign minister.",
    date,
    expect: ["CONSULT KWT>IRN"],
    exact: true,
  },
  {
    // The group is Hezbollah itself, no Lebanese opposition party.
    text: "Hezbollah chief Naim Qassem rejected calls to disarm the group.",
    date,
    expect: ["REJECT LBN>-"],
    absent: ["REJECT LBN>LBN"],
  },
];

runGoldenCases("full names and described groups", cases);
