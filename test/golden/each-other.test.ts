/**
 * Golden sentences where two states act on "each other", and persons handed back by the word
 * "returned". Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "Canada and India expelled each other's diplomats.",
    expect: ["SANCTION CAN>IND", "SANCTION IND>CAN"],
    exact: true,
  },
  {
    text: "Armenia and Azerbaijan accused each other of shelling border villages.",
    expect: ["ACCUSE ARM>AZE", "ACCUSE AZE>ARM"],
    exact: true,
  },
  {
    // "The two countries" stands for both states named before: "each other" aims the act both ways.
    text: "India and Pakistan traded fire across the border on Monday. The two countries blamed each other for the violation.",
    expect: ["ACCUSE IND>PAK", "ACCUSE PAK>IND"],
  },
  {
    text: "Armenia and Azerbaijan signed a peace deal in Washington. Both sides agreed to open their border crossings.",
    expect: ["AGREE ARM>AZE", "AGREE AZE>ARM"],
  },
  {
    text: "Pakistan returned 50 Indian fishermen who had strayed into its waters.",
    expect: ["RETREAT PAK>IND"],
    exact: true,
  },
];

runGoldenCases("golden sentences: each other", cases);
