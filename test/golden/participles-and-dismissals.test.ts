/**
 * Golden sentences on a participle before the actor ("the exiled leader", "a jailed activist"),
 * which governs no object, and on dismissals: dismissing an offer rejects it, dismissing a claim
 * does not. Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "A jailed Bahraini activist went on hunger strike, his family said.",
    expect: ["PROTEST BHR>-"],
    exact: true,
  },
  {
    text: "Detained Russian opposition leader Alexei Navalny went on hunger strike.",
    expect: ["PROTEST RUS>-"],
    exact: true,
  },
  {
    text: "The exiled Iranian opposition leader urged France to expel Iranian diplomats.",
    expect: ["REQUEST IRN>FRA"],
  },
  {
    text: "North Korea dismissed the South Korean proposal as a ploy.",
    expect: ["REJECT PRK>KOR"],
    exact: true,
  },
  {
    text: "Washington dismissed the Iranian offer, a State Department spokesman said.",
    expect: ["REJECT USA>IRN"],
  },
  {
    text: "Moscow dismissed suggestions that it was behind the cyberattack.",
    expect: [],
    absent: ["REJECT RUS>-"],
  },
];

runGoldenCases("golden sentences: participles before actors, dismissals", cases);
