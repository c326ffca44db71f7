/**
 * Golden sentences on a participle clause of speech or reference after a comma: "rejected the offer,
 * citing the collapse of talks in Hanoi in 2019" is news with no target; 2019 dates the collapse and
 * Hanoi is where the talks were. A clause of harm ("…, killing three people in Jenin") still shares
 * the act's place. Our own sentences, not the gold sets.
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
    text: "Iran rejected the proposal, saying talks in Vienna had failed.",
    date,
    expect: ["REJECT IRN>-"],
    absent: ["REJECT IRN>AUT"],
  },
  {
    text: "Israeli troops raided a village, killing three Palestinians in Jenin on Tuesday.",
    date,
    expect: ["ASSAULT ISR>PSE"],
  },
  {
    // Without the comma and participle, the date is the act's own.
    text: "Iran rejected the proposal in 2018.",
    date,
    expect: ["~REJECT IRN>-"],
  },
];

runGoldenCases("golden sentences: dates and places in participle clauses", cases);
