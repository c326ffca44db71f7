/**
 * Golden sentences on weapon systems sent to a state ("air defence systems", "rocket launcher
 * systems"): military aid when a state receives them, a deployment when they go to a place. Our own
 * sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "The United States will send two more Patriot missile systems to Ukraine.",
    expect: ["AID USA>UKR"],
    absent: ["MOBILIZE USA>-"],
  },
  {
    text: "Germany delivered four IRIS-T air defence systems to Ukraine last month.",
    expect: ["AID DEU>UKR"],
  },
  {
    text: "Turkey has supplied drone systems to Azerbaijan, Azerbaijani officials said.",
    expect: ["AID TUR>AZE"],
  },
  // Sent to no one: a deployment.
  {
    text: "China deployed missile systems on the disputed islands.",
    expect: ["MOBILIZE CHN>-"],
    exact: true,
  },
];

runGoldenCases("golden sentences: weapon systems as military aid", cases);
