/**
 * Golden sentences on conditions with their subject unsaid ("would close the strait if attacked":
 * no attack by the speaker) and "Earlier," opening a sentence (the same news, not a past event).
 * Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "Iran said it would close the Strait of Hormuz if attacked.",
    expect: ["THREATEN IRN>-"],
    exact: true,
  },
  { text: "North Korea said it would strike back if provoked.", expect: ["THREATEN PRK>-"], exact: true },
  { text: "Russia said it would respond if attacked by NATO.", expect: [], absent: ["ASSAULT RUS>IGO"] },
  { text: "Earlier, Russia hosted a Hamas delegation in Moscow.", expect: ["CONSULT RUS>PSE"], exact: true },
  {
    text: "Earlier this week, Iran and Oman held talks in Muscat.",
    expect: ["CONSULT IRN>OMN", "CONSULT OMN>IRN"],
    exact: true,
  },
  {
    text: "Kim and Trump recalled their earlier meeting in Singapore.",
    expect: [],
    absent: ["CONSULT PRK>USA"],
  },
];

runGoldenCases("elliptical conditions and earlier", cases);
