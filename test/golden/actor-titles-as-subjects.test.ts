/**
 * Golden sentences on titles and modifiers that say whose an agent is: "the general" before a verb
 * is an officer of the state last named as the subject; "European leaders in London" are not
 * Britain's. Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const date = "2025-06-12";
const cases: readonly Golden[] = [
  {
    text: "Sudanese army chief Abdel Fattah al-Burhan visited Cairo. The general thanked Egypt for its support.",
    date,
    expect: ["CONSULT SDN>EGY", "SUPPORT SDN>EGY"],
    exact: true,
  },
  {
    text: "Myanmar junta chief Min Aung Hlaing met Chinese officials. The general pledged to hold elections.",
    date,
    expect: ["CONSULT MMR>CHN", "AGREE MMR>-"],
    exact: true,
  },
  { text: "The general election was postponed.", date, expect: [], exact: true },
  {
    text: "European diplomats in Kyiv said Russia had launched a new offensive.",
    date,
    expect: ["ASSAULT RUS>-"],
  },
];

runGoldenCases("titles as subjects", cases);
