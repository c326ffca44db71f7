/**
 * Golden sentences on what an accusation or a charge names: every act down the accused list is
 * alleged, not done; a state charged with an act is accused, a person charged faces legal action.
 * Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "Ukraine accused Russia of shelling the plant, ignoring safety rules and blocking aid convoys.",
    expect: ["ACCUSE UKR>RUS"],
    exact: true,
  },
  {
    text: "Iran charged a French tourist with spying for Israel.",
    expect: ["COERCE IRN>FRA"],
    exact: true,
  },
  {
    text: "Serbia lodged an official protest, charging Albania with supporting dissidents.",
    expect: ["ACCUSE SRB>ALB"],
    exact: true,
  },
  // Responsibility one state lays on another is blame, not the other's admission.
  {
    text: "Turkey's defence ministry said Greece bore responsibility for the collision.",
    expect: ["ACCUSE TUR>GRC"],
    exact: true,
  },
  {
    text: "The Islamic State group said it bore responsibility for the bombing.",
    expect: [],
    absent: ["ACCUSE IMG>IMG"],
  },
  // The one charged stands before "of"; those the charged act names are not accused.
  {
    text: "Sudanese rebels accused the army of using villagers as human shields.",
    expect: ["ACCUSE SDN>SDN"],
    absent: ["ACCUSE SDN>-"],
  },
  {
    text: "Hezbollah accused the army of starving civilians in the south.",
    expect: [],
    absent: ["ACCUSE LBN>LBN"],
  },
];

runGoldenCases("golden sentences: charges and accusations", cases);
