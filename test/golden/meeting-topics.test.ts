/**
 * Golden sentences on what a meeting is about: "hosted a conference on Sudan" meets no Sudanese
 * party, nor "a summit on Gaza's reconstruction" Palestine; a pair's talks "on Ukraine" stay the
 * pair's. Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  { text: "Saudi Arabia hosted a conference on Sudan.", expect: ["CONSULT SAU>-"], exact: true },
  {
    text: "Egypt hosted a summit on Gaza's reconstruction attended by Arab leaders.",
    expect: ["CONSULT EGY>-"],
    exact: true,
  },
  {
    text: "Russia and the US held talks on Ukraine.",
    expect: ["CONSULT RUS>USA", "CONSULT USA>RUS"],
    exact: true,
  },
  {
    text: "France held talks with Lebanon on the border dispute.",
    expect: ["CONSULT FRA>LBN", "CONSULT LBN>FRA"],
    exact: true,
  },
];

runGoldenCases("meeting topics", cases);
