/**
 * Golden sentences of "call": a phone call to a leader ("called Putin on Tuesday") against naming
 * someone ("called Maduro a dictator", a criticism) and a label for a thing ("what it called
 * terrorist infrastructure"). Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  { text: "Trump called Putin on Tuesday.", date: "2025-03-20", expect: ["CONSULT USA>RUS"], exact: true },
  {
    text: "Macron called Zelensky earlier this week.",
    date: "2025-03-20",
    expect: ["CONSULT FRA>UKR"],
    exact: true,
  },
  {
    text: "Starmer called Trump late on Sunday.",
    date: "2025-03-20",
    expect: ["CONSULT GBR>USA"],
    exact: true,
  },
  { text: "Modi rang Netanyahu to condole the deaths.", date: "2025-03-20", expect: ["CONSULT IND>ISR"] },
  {
    text: "Argentina's president Javier Milei called Maduro a dictator.",
    date: "2024-07-31",
    expect: ["ACCUSE ARG>VEN"],
    exact: true,
  },
  { text: "Zelensky called Putin a terrorist.", date: "2025-03-20", expect: ["ACCUSE UKR>RUS"], exact: true },
  // Naming is no call, and a label for a thing accuses no one.
  { text: "Trump called Putin a genius.", date: "2025-03-20", expect: [], exact: true },
  {
    text: "India struck what it called terrorist infrastructure in Pakistan.",
    date: "2025-05-07",
    expect: ["ASSAULT IND>PAK"],
    exact: true,
  },
];

runGoldenCases("golden sentences: phone calls and names called", cases);
