/**
 * Golden sentences on a participle of targeting, which tells what the main act aims at ("imposed
 * sanctions on Russia, targeting its shadow fleet" is no attack), and a state yielding with no one
 * named ("dropped its objections" is yielded to someone else, not to itself). Our own sentences,
 * not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "The European Union imposed its 18th package of sanctions on Russia, targeting its shadow fleet of oil tankers.",
    expect: ["SANCTION IGO>RUS"],
    exact: true,
  },
  {
    text: "Russia launched 400 drones at Ukraine overnight, targeting energy facilities.",
    expect: ["ASSAULT RUS>UKR"],
    exact: true,
  },
  {
    text: "Slovakia had blocked the package for weeks before dropping its objections.",
    expect: ["REJECT SVK>-", "CONCEDE SVK>-"],
    exact: true,
  },
];

runGoldenCases("targeting participles and concessions", cases);
