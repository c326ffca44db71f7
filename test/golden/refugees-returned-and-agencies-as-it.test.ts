/**
 * Golden sentences on refugees sent back and an intelligence agency referred to as "it":
 * "Thailand repatriated hundreds of Myanmar refugees" deports them, where prisoners repatriated are
 * released; "Ukraine's military intelligence said it had struck an oil refinery inside Russia" is the
 * agency's strike. Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  { text: "Thailand repatriated hundreds of Myanmar refugees.", expect: ["COERCE THA>MMR"], exact: true },
  {
    text: "Thailand sent hundreds of Myanmar refugees back across the border.",
    expect: ["COERCE THA>MMR"],
    exact: true,
  },
  { text: "Russia repatriated 50 Ukrainian prisoners of war.", expect: ["RETREAT RUS>UKR"], exact: true },
  {
    text: "Ukraine's military intelligence said it had struck an oil refinery deep inside Russia.",
    expect: ["ASSAULT UKR>RUS"],
    exact: true,
  },
];

runGoldenCases("refugees returned and agencies as 'it'", cases);
