/**
 * Golden sentences of passives: an agent after "by" that opens with words before its name ("by
 * suspected Islamist militants", "by pro-Russian rebels"), and the subject a passive acts on. Our
 * own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "A Malaysian airliner was shot down over eastern Ukraine by pro-Russian rebels.",
    expect: ["ASSAULT UKR>MYS"],
  },
  { text: "The convoy was attacked by suspected Islamist militants in Mali.", expect: ["ASSAULT MLI>-"] },
  { text: "Two aid workers were killed by heavily armed gunmen in Darfur.", expect: ["ASSAULT SDN>-"] },
  // A state inside a participle's phrase is not the passive subject: the journalists were not Iran.
  {
    text: "The journalists held for working for Iran were freed on Monday by Israel.",
    expect: ["RETREAT ISR>-"],
    absent: ["RETREAT ISR>IRN"],
  },
  { text: "A camp for Congolese refugees was attacked by rebels.", expect: ["ASSAULT COD>COD"] },
];

runGoldenCases("golden sentences: agents after by", cases);
