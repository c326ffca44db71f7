/**
 * Golden sentences where a finite verb after "and"/"but" pairs with the main verb, not with a
 * verb under a modal in the reported clause between them: the speaker acts. Our own sentences,
 * not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "Putin invited Erdogan to Moscow. Erdogan replied that the two sides should prepare the visit carefully and urged Russia to resume talks with Ukraine.",
    expect: ["AGREE RUS>TUR", "REQUEST TUR>RUS"],
    exact: true,
  },
  {
    text: "Japan said it would consider the request and criticised China for its naval drills.",
    expect: ["ACCUSE JPN>CHN"],
    exact: true,
  },
  { text: "Iran said it would not negotiate and accused Washington of lying.", expect: ["ACCUSE IRN>USA"] },
  {
    text: "Chinese Foreign Minister Wang Yi said relations with Japan were not bad, but rejected any talks on the disputed islands.",
    expect: ["REJECT CHN>-"],
  },
];

runGoldenCases("golden sentences: verbs coordinated with the main verb", cases);
