/**
 * Golden sentences on "May" as a name or a month: "Theresa May accused Russia" is an accusation
 * made, not a possible one, while a lower-case "may" stays a modal. Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  { text: "Theresa May accused Russia of the nerve agent attack.", expect: ["ACCUSE GBR>RUS"] },
  { text: "Britain may expel Russian diplomats.", expect: ["?SANCTION GBR>RUS"], exact: true },
];

runGoldenCases("golden sentences: May the name, may the modal", cases);
