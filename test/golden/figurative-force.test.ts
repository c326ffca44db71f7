/**
 * Golden sentences on force used figuratively: a war on drugs or poverty, a vow to fight
 * corruption, a bill killed, an earthquake that kills, code no violence; attacking a proposal
 * criticises it. Real wars and ceasefire violations stay coded. Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  { text: "The Philippine president waged a war on drugs.", expect: [], exact: true },
  { text: "The Kenyan government declared war on poverty.", expect: [], exact: true },
  { text: "Mexico's president vowed to fight corruption.", expect: [], absent: ["THREATEN MEX>-"] },
  { text: "Senate Republicans killed the bill.", expect: [], exact: true },
  { text: "The earthquake killed 300 people in central Italy.", expect: [], exact: true },
  { text: "The virus has killed more than 6 million people in India.", expect: [], exact: true },
  {
    text: "Brazil's president attacked the proposal as unconstitutional.",
    expect: ["ACCUSE BRA>-"],
    exact: true,
  },
  {
    text: "Iran's president attacked Israel's plan to annex the Jordan Valley.",
    expect: ["ACCUSE IRN>ISR"],
    absent: ["ASSAULT IRN>ISR"],
  },
  { text: "Russia waged war on Ukraine.", expect: ["ASSAULT RUS>UKR"], exact: true },
  { text: "Hezbollah vowed to fight Israel.", expect: ["THREATEN LBN>ISR"], exact: true },
  {
    text: "The Philippine military and the rebels violated the ceasefire agreement, monitors said.",
    expect: ["ASSAULT PHL>-"],
  },
  { text: "The bombing killed 12 people in Baghdad.", expect: ["ASSAULT IRQ>IRQ"], exact: true },
];

runGoldenCases("golden sentences: figurative force", cases);
