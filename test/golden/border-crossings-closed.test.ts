/**
 * Golden sentences on border crossings closed: "closed all crossing points on its border with
 * Russia" restricts movement into Russia as "closed its border with Belarus" does. Our own
 * sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "Finland closed all crossing points on its border with Russia, accusing Moscow of funnelling migrants.",
    expect: ["ASSAULT FIN>RUS", "ACCUSE FIN>RUS"],
    exact: true,
  },
  { text: "Poland closed its border with Belarus.", expect: ["ASSAULT POL>BLR"], exact: true },
];

runGoldenCases("border crossings closed", cases);
