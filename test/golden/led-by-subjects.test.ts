/**
 * Golden sentences on subjects a participle and its agent follow: "A Russian delegation led by
 * Sergei Lavrov arrived in Minsk" is the delegation's arrival, not a passive of "arrived". Our own
 * sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "A Russian delegation led by Sergei Lavrov arrived in Minsk for talks.",
    expect: ["CONSULT RUS>BLR"],
  },
  {
    text: "A Chinese delegation headed by Vice Premier Liu He held talks with US officials.",
    expect: ["CONSULT CHN>USA"],
  },
];

runGoldenCases("golden sentences: subjects led by someone", cases);
