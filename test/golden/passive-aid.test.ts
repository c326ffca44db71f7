/**
 * Golden sentences of aid in the passive: what was sent or delivered to whom, with its sender after
 * "by". Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "Humanitarian aid was sent to Turkey by Greece after the earthquake.",
    expect: ["AID GRC>TUR"],
    exact: true,
  },
  {
    text: "Forty tanks were delivered to Ukraine by Germany last month.",
    expect: ["AID DEU>UKR"],
    exact: true,
  },
  {
    text: "Medical supplies have been flown to Sudan by the United Arab Emirates.",
    expect: ["AID ARE>SDN"],
    exact: true,
  },
];

runGoldenCases("golden sentences: aid in the passive", cases);
