/**
 * Golden sentences on salvos of several weapons: a list of drones and missiles launched at a state
 * is an attack on it, as one weapon is; missiles fired into the sea with no one aimed at are a
 * show of force. Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "Russian forces launched 120 drones and six ballistic missiles at Ukraine overnight, Ukraine's air force said.",
    expect: ["ASSAULT RUS>UKR"],
    exact: true,
  },
  {
    text: "Iran fired dozens of drones and ballistic missiles toward Israel on Saturday.",
    expect: ["ASSAULT IRN>ISR"],
    exact: true,
  },
  {
    text: "North Korea fired two short-range ballistic missiles into the sea off its east coast on Thursday.",
    expect: ["MOBILIZE PRK>-"],
    exact: true,
  },
];

runGoldenCases("golden sentences: salvos of mixed weapons", cases);
