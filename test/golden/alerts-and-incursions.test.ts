/**
 * Golden sentences on raised alerts with the forces named ("placed its troops along the Chinese
 * border on high alert", "the highest level of combat readiness") and on warplanes or warships
 * sent into another's zone or strait, as a show of force. Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "India placed its troops along the Chinese border on high alert.",
    expect: ["MOBILIZE IND>-"],
    exact: true,
  },
  {
    text: "Serbia put its army on the highest level of combat readiness.",
    expect: ["MOBILIZE SRB>-"],
    exact: true,
  },
  {
    text: "Chinese warplanes flew into Taiwan's air defence zone on Sunday.",
    expect: ["MOBILIZE CHN>TWN"],
    exact: true,
  },
  {
    text: "The delegation flew into Beijing on Sunday.",
    expect: [],
    exact: true,
  },
];

runGoldenCases("golden sentences: alerts and incursions of warplanes", cases);
