/**
 * Golden sentences on agents a state or its official leads: "a coalition led by Saudi Arabia" is
 * Saudi Arabia's, "a delegation headed by the Russian foreign minister" Russia's. Our own
 * sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  { text: "A coalition led by Saudi Arabia bombed Sanaa.", expect: ["ASSAULT SAU>YEM"], exact: true },
  {
    text: "A delegation headed by the Russian foreign minister arrived in Minsk.",
    expect: ["CONSULT RUS>BLR"],
  },
];

runGoldenCases("golden sentences: agents led by states", cases);
