/**
 * Golden sentences on missiles fired with no target named (a show of force), the place fire comes
 * from (an origin, not the attacker when one is named), and movements named in the plural that
 * "they" refers back to. Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "North Korea fired two missiles on Sunday, Seoul said on Monday.",
    expect: ["MOBILIZE PRK>-"],
    exact: true,
  },
  { text: "Iran launched missiles at Israel on Tuesday night.", expect: ["ASSAULT IRN>ISR"], exact: true },
  // Where a missile was launched from names no target: with none aimed at, it is a show of force.
  {
    text: "Two cruise missiles were fired from the Wonsan area on Friday, the South Korean military said.",
    expect: ["MOBILIZE PRK>-"],
    exact: true,
  },
  {
    text: "North Korea fired a ballistic missile from the Sunan area early on Monday.",
    expect: ["MOBILIZE PRK>-"],
    exact: true,
  },
  {
    text: "Hamas fired rockets from Gaza on Saturday.",
    expect: ["ASSAULT PSE>-"],
    absent: ["ASSAULT PSE>PSE"],
  },
  {
    text: "Rockets were fired from Lebanon at northern Israel, the army said.",
    expect: ["ASSAULT LBN>ISR"],
  },
  {
    text: "The Houthis said they fired a missile at a US destroyer in the Red Sea.",
    expect: ["ASSAULT YEM>USA"],
    exact: true,
  },
  // A state's proxies are armed groups acting for it.
  { text: "Iran's proxies attacked US bases in Iraq and Syria.", expect: ["ASSAULT IRN>USA"], exact: true },
  // A letter from someone names its sender.
  { text: "Kim received a letter from Trump.", expect: ["CONSULT USA>PRK"] },
];

runGoldenCases("golden sentences: missiles, origins of fire and plural movements", cases);
