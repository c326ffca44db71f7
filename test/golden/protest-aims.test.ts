/**
 * Golden sentences of protests aimed at what they answer: the purpose or cause after the protest
 * ("to protest against Japan's trade curbs", "in protest at Brazil's beef exports"), and the city a
 * march goes through, which is its place. Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "Thousands of students marched in Seoul to protest against Japan's trade curbs.",
    expect: ["PROTEST KOR>JPN"],
    exact: true,
  },
  {
    text: "Protesters in Cairo blocked a bridge to show their disapproval of the United States' policies.",
    expect: ["PROTEST EGY>USA"],
  },
  {
    text: "Farmers in France blocked highways in protest at Brazil's beef exports.",
    expect: ["PROTEST FRA>BRA"],
  },
  {
    text: "Thousands of protesters marched in Caracas on Saturday.",
    expect: ["PROTEST VEN>VEN"],
    exact: true,
  },
];

runGoldenCases("golden sentences: what protests are aimed at", cases);
