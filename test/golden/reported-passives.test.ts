/**
 * Golden sentences on a reported passive ("Israel said rockets were fired at Sderot"): the reporter
 * says it; it neither fired nor is the target of its own report. Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "Israel said rockets were fired at Sderot from Gaza on Tuesday.",
    expect: ["ASSAULT PSE>ISR"],
    absent: ["ASSAULT ISR>ISR"],
  },
  {
    text: "Kyiv said drones were launched at Odesa from occupied Crimea.",
    expect: [],
    absent: ["ASSAULT UKR>UKR"],
  },
  // An active clause keeps the reporter as its party's state, as before.
  { text: "The Nigerian army said troops had killed 12 militants.", expect: ["ASSAULT NGA>NGA"] },
  { text: "Hamas claimed responsibility for the attack.", expect: [], absent: ["ASSAULT PSE>-"] },
];

runGoldenCases("golden sentences: reported passives", cases);
