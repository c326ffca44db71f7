/**
 * Golden sentences for force posture told as done ("moved troops to the border" is no intent, as
 * "moved to impose" is) and in the passive with no agent ("troops were massed along the border":
 * their own state acts). Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "Pakistan moved two army divisions to its border with Afghanistan.",
    expect: ["MOBILIZE PAK>AFG"],
    exact: true,
  },
  {
    text: "Venezuelan troops were massed along the border with Guyana.",
    expect: ["MOBILIZE VEN>GUY"],
    exact: true,
  },
  {
    text: "Turkish tanks were deployed near the Syrian border on Monday.",
    expect: ["MOBILIZE TUR>SYR"],
    exact: true,
  },
  {
    text: "Britain moved to impose fresh sanctions on Iran.",
    expect: [],
    absent: ["SANCTION GBR>IRN"],
  },
];

runGoldenCases("force posture moved and massed", cases);
