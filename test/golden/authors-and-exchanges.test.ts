/**
 * Golden sentences where the target is the author of the object ("a proposal put forward by Egypt"),
 * two states trade accusations, and inspectors, not weapons, are let in. Our own sentences, not the
 * gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "Israel rejected a ceasefire proposal put forward by Egypt and Qatar.",
    expect: ["REJECT ISR>EGY", "REJECT ISR>QAT"],
    exact: true,
  },
  {
    text: "Russia vetoed a resolution drafted by the United States.",
    expect: ["REJECT RUS>USA"],
    exact: true,
  },
  {
    text: "Japan condemned the attack carried out by North Korean hackers.",
    expect: ["ACCUSE JPN>PRK"],
  },
  {
    text: "Pakistan and Afghanistan traded accusations over the border clashes.",
    expect: ["ACCUSE PAK>AFG", "ACCUSE AFG>PAK"],
    exact: true,
  },
  {
    text: "The Iraqi government agreed to let UN weapons inspectors return.",
    expect: ["AGREE IRQ>IGO"],
    exact: true,
  },
  {
    // A threat is aimed at every actor its condition names.
    text: "North Korea threatened to retaliate if the United States and South Korea went ahead with the drills.",
    expect: ["THREATEN PRK>USA", "THREATEN PRK>KOR"],
    exact: true,
  },
];

runGoldenCases("golden sentences: authors and exchanges", cases);
