/**
 * Golden sentences on named bodies with a description after them ("the Shin Bet security agency")
 * and on a state organ named after a body ("a spokesman for the Taliban government"). Our own
 * sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const date = "2025-06-12";
const cases: readonly Golden[] = [
  {
    text: "Israel's Shin Bet security agency arrested two Palestinians.",
    date,
    expect: ["COERCE ISR>PSE"],
    exact: true,
  },
  {
    text: "Ukraine's SBU security service detained a Russian agent.",
    date,
    expect: ["COERCE UKR>RUS"],
    exact: true,
  },
  {
    text: "A spokesman for the Taliban government accused Pakistan of air strikes.",
    date,
    expect: ["ACCUSE AFG>PAK"],
    exact: true,
  },
];

runGoldenCases("named bodies and organs", cases);
