/**
 * Golden sentences on crowds placed by "through": demonstrators who march through a capital are
 * that state's, as those who march in it are. Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "Thousands of demonstrators marched through Bangkok demanding the prime minister's resignation.",
    expect: ["PROTEST THA>THA"],
  },
];

runGoldenCases("golden sentences: marches through cities", cases);
