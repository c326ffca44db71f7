/**
 * Golden sentences on dates inside a participle clause after a comma: "rejected the offer, citing
 * the collapse of talks in 2019" is news; 2019 dates the collapse. Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const date = "2025-06-12";
const cases: readonly Golden[] = [
  {
    text: "Kim rejected a letter from Trump, KCNA said, recalling the leaders' meeting at Panmunjom in 2019.",
    date,
    expect: ["REJECT PRK>USA"],
  },
  {
    text: "Iran turned down the proposal, citing the collapse of the nuclear deal in 2018.",
    date,
    expect: ["REJECT IRN>-"],
  },
  {
    // Without the comma and participle, the date is the act's own.
    text: "Iran rejected the proposal in 2018.",
    date,
    expect: ["~REJECT IRN>-"],
  },
];

runGoldenCases("golden sentences: dates in participle clauses", cases);
