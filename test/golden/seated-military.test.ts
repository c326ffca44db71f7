/**
 * Golden sentences on the army's seat at home: a defence ministry or minister placed in a capital
 * is that state's, even when the sentence names another state, while unnamed troops near a foreign
 * state's name stay unplaced. Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "The defence ministry in Kabul accused Pakistan of shelling border villages.",
    expect: ["ACCUSE AFG>PAK"],
    exact: true,
  },
  {
    text: "The defence minister accused Pakistan of shelling border villages.",
    expect: [],
    absent: ["ACCUSE PAK>PAK"],
  },
];

runGoldenCases("golden sentences: the army's seat at home", cases);
