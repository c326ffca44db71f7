/**
 * Golden sentences whose agent after "by" opens with words before its name: "by suspected
 * Islamist militants", "by pro-Russian rebels". Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "A Malaysian airliner was shot down over eastern Ukraine by pro-Russian rebels.",
    expect: ["ASSAULT UKR>MYS"],
  },
  { text: "The convoy was attacked by suspected Islamist militants in Mali.", expect: ["ASSAULT MLI>-"] },
  { text: "Two aid workers were killed by heavily armed gunmen in Darfur.", expect: ["ASSAULT SDN>-"] },
];

runGoldenCases("golden sentences: agents after by", cases);
