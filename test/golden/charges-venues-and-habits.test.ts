/**
 * Golden sentences on what an accusation's clause holds: what "militants who carry out attacks"
 * do as a rule is background, a participle after "ordered X to leave" hangs on "ordered", and the
 * venue before a reduced relative ("talks in Doha mediated by Qatar") is no party. A name before
 * the act's own noun ("United Nations sanctions on Iran") is whose act it is, and ", a move Tehran
 * condemned" is Tehran's reaction to the act told before it. Our own
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
  {
    text: "European powers reimposed United Nations sanctions on Iran in September, a move Tehran condemned as illegal.",
    expect: ["SANCTION EUR>IRN", "ACCUSE IRN>EUR"],
    exact: true,
  },
  {
    text: "Washington approved arms sales to Taiwan on Friday, a decision Beijing strongly criticised.",
    expect: ["COOPERATE USA>TWN", "ACCUSE CHN>USA"],
    exact: true,
  },
  {
    text: "Washington imposed new Iran sanctions.",
    expect: ["SANCTION USA>IRN"],
    exact: true,
  },
];

runGoldenCases("charges, venues and habits", cases);
