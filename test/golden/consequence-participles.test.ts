/**
 * Golden sentences on participles of consequence (", raising fears of a new war"): what the act
 * before the comma stirs is no one's comment. Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "Ethiopia and Eritrea traded accusations on Thursday over troop movements, raising fears of a new war.",
    expect: ["ACCUSE ETH>ERI", "ACCUSE ERI>ETH"],
    exact: true,
  },
  {
    text: "Serbia put its army on alert near the Kosovo border, raising the spectre of renewed fighting.",
    expect: [],
    absent: ["null SRB>-"],
  },
  {
    text: "Mali's military government expelled the French ambassador, sparking fears of a wider rupture with Paris.",
    expect: ["SANCTION MLI>FRA"],
    exact: true,
  },
  // A participle as an adjective opens the subject's phrase.
  {
    text: "Neighbouring Jordan condemned the attack on the border post.",
    expect: ["ACCUSE JOR>-"],
    exact: true,
  },
  // The actor's own comment stays.
  { text: "Ethiopia raised concerns about Eritrean troop movements.", expect: ["null ETH>ERI"] },
];

runGoldenCases("golden sentences: participles of consequence", cases);
