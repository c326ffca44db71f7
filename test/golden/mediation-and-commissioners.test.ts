/**
 * Golden sentences on rejected mediation and summoned commissioners: "rejected Qatari mediation" is
 * a rejection of mediation (126), and a Commonwealth high commissioner is a diplomat whose summoning
 * is a protest (114). Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  { text: "Ethiopia rejected Qatari mediation.", expect: ["REJECT ETH>QAT"] },
  { text: "India summoned Pakistan's deputy high commissioner.", expect: ["ACCUSE IND>PAK"] },
];

runGoldenCases("golden sentences: mediation and commissioners", cases);
