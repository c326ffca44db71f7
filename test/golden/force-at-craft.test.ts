/**
 * Golden sentences on force used or threatened at ships and aircraft: water cannon fired at boats,
 * or a threat to attack ships, is aimed at someone abroad, not at the actor's own state, while
 * police dispersing a crowd act at home. Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "Chinese vessels blocked and fired water cannon on Saturday at boats carrying supplies to troops.",
    expect: ["ASSAULT CHN>-"],
    absent: ["ASSAULT CHN>CHN"],
  },
  {
    text: "The Houthis threatened to attack ships in the Red Sea.",
    expect: ["THREATEN YEM>-"],
    absent: ["THREATEN YEM>YEM"],
  },
  {
    text: "Police fired water cannon at protesters outside parliament in Tbilisi.",
    expect: ["ASSAULT GEO>GEO"],
  },
];

runGoldenCases("golden sentences: force used at craft", cases);
