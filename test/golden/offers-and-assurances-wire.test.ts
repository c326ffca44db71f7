/**
 * Golden sentences on offers and assurances in wire prose: an offer of aid made, assurances given,
 * safe passage guaranteed, a prisoner exchange offered; flowers laid at a memorial. Our own
 * sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "Japan made an offer of 100 million dollars in aid to Myanmar.",
    expect: ["AGREE JPN>MMR"],
    exact: true,
  },
  {
    text: "The United States gave assurances to Taiwan about arms sales.",
    expect: ["AGREE USA>TWN"],
    exact: true,
  },
  {
    text: "Moscow guaranteed the safe passage of UN convoys to Mariupol.",
    expect: ["AGREE RUS>IGO"],
    exact: true,
  },
  { text: "Ukraine offered Russia a prisoner exchange.", expect: ["AGREE UKR>RUS"], exact: true },
  { text: "The teacher gave assurances to parents about safety.", expect: [], exact: true },
  { text: "The bank made an offer of 2 billion dollars for the company.", expect: [], exact: true },
  {
    text: "Mexico's president laid flowers at the memorial to the victims of the shooting.",
    expect: ["null MEX>-"],
    exact: true,
  },
  { text: "The gardener placed flowers in the vase.", expect: [], exact: true },
];

runGoldenCases("golden sentences: offers and assurances in wire prose", cases);
