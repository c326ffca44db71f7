/**
 * Golden sentences on what an accusation's clause holds: what "militants who carry out attacks"
 * do as a rule is background, a participle after "ordered X to leave" hangs on "ordered", and the
 * venue before a reduced relative ("talks in Doha mediated by Qatar") is no party. Our own
 * sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "Pakistan accuses the Taliban of sheltering militants who carry out attacks inside Pakistan.",
    expect: ["ACCUSE PAK>AFG", "~ASSAULT PAK>PAK"],
    exact: true,
  },
  {
    text: "Israeli jets struck Hezbollah positions on Monday, saying the group, which fires rockets at northern towns, had violated the truce.",
    expect: ["ASSAULT ISR>LBN"],
    absent: ["ASSAULT LBN>ISR"],
  },
  {
    text: "Venezuela ordered three Colombian diplomats to leave the country, accusing them of plotting with opposition groups.",
    expect: ["SANCTION VEN>COL", "ACCUSE VEN>COL"],
    exact: true,
  },
  {
    text: "Pakistan and Afghanistan agreed to extend the ceasefire after talks in Doha mediated by Qatar and Turkey.",
    expect: ["AGREE PAK>AFG", "AGREE AFG>PAK", "CONSULT QAT>-", "CONSULT TUR>-"],
    absent: ["CONSULT TUR>QAT"],
  },
];

runGoldenCases("charges, venues and habits", cases);
