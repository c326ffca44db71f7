/**
 * Golden sentences on blame: the one blamed is the target ("blamed Pakistan for the attack on
 * tourists"), and the act blamed is the accusation's content, not an act with a guessed author.
 * Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "India blamed Pakistan for the attack on tourists in Kashmir.",
    expect: ["ACCUSE IND>PAK"],
    exact: true,
  },
  {
    text: "Ukraine holds Russia responsible for the attack on the dam in Kherson.",
    expect: ["ACCUSE UKR>RUS"],
    exact: true,
  },
  { text: "Kenya blamed the bombing on Al-Shabaab.", expect: ["ACCUSE KEN>SOM"], exact: true },
  {
    text: "Israel blamed Hezbollah for the rocket attack on Majdal Shams.",
    expect: ["ACCUSE ISR>LBN"],
    exact: true,
  },
];

runGoldenCases("golden sentences: blame", cases);
