/**
 * Golden sentences on force used at ships and aircraft: water cannon fired at boats is used against
 * someone abroad, not on the firing state's own people, while police dispersing a crowd act at home.
 * Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "Chinese vessels blocked and fired water cannon on Saturday at boats carrying supplies to troops.",
    expect: ["ASSAULT CHN>-"],
    absent: ["ASSAULT CHN>CHN"],
  },
  {
    text: "Police fired water cannon at protesters outside parliament in Tbilisi.",
    expect: ["ASSAULT GEO>GEO"],
  },
];

runGoldenCases("golden sentences: force used at craft", cases);
