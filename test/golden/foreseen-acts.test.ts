/**
 * Golden sentences on acts that analysts foresee: "Analysts say Russia will withdraw its troops" is
 * a forecast, not Russia's declared intent, while Russia saying so declares it. Our own sentences,
 * not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  { text: "Analysts say Russia will withdraw its troops.", expect: ["?RETREAT RUS>-"], exact: true },
  { text: "Russia says it will withdraw its troops.", expect: ["AGREE RUS>-"] },
];

runGoldenCases("golden sentences: foreseen acts", cases);
