/**
 * Golden sentences on relative clauses that name part of the noun they hang on ("protesters, some
 * of whom threw stones"): their acts are that noun's, not the main clause subject's. Our own
 * sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "Israeli troops fired on Palestinian protesters, some of whom threw stones.",
    expect: ["ASSAULT ISR>PSE", "PROTEST PSE>-"],
    absent: ["PROTEST ISR>ISR", "PROTEST ISR>PSE"],
  },
  {
    text: "Kenyan police dispersed Ethiopian migrants, dozens of whom had thrown stones at officers.",
    expect: ["PROTEST ETH>-"],
    absent: ["PROTEST KEN>KEN", "PROTEST KEN>ETH"],
  },
  { text: "Kim, who rejected the letter, met Trump in Hanoi.", expect: ["REJECT PRK>-", "CONSULT PRK>USA"] },
];

runGoldenCases("golden sentences: partitive relative clauses", cases);
