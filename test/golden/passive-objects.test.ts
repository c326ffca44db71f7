/**
 * Golden sentences of verb-and-object acts in the passive: the object comes first ("the agreement
 * was signed by …"), and the agent after "by" acts. Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "A peace agreement was signed by Ethiopia and Eritrea in Riyadh on Sunday.",
    expect: ["SUPPORT ETH>ERI", "SUPPORT ERI>ETH"],
    exact: true,
  },
  {
    text: "Talks were held in Geneva by Iranian and American diplomats on Tuesday.",
    expect: ["CONSULT IRN>USA", "CONSULT USA>IRN"],
    exact: true,
  },
  {
    text: "Evidence against Syria was presented by France at the Security Council.",
    expect: ["ACCUSE FRA>SYR"],
    exact: true,
  },
  {
    text: "Iran's proposal was rejected by the United States on Monday.",
    expect: ["REJECT USA>IRN"],
    exact: true,
  },
  {
    text: "A Palestinian school was demolished by Israeli forces on Wednesday.",
    expect: ["COERCE ISR>PSE"],
    exact: true,
  },
  {
    text: "Humanitarian aid was pledged to Sudan by Japan.",
    expect: ["AGREE JPN>SDN"],
    exact: true,
  },
  // Expectations, futures and denials are no acts done.
  { text: "The deal is expected to be signed by Iran next month.", expect: [], exact: true },
  { text: "The accord was not signed by Colombia.", expect: [], exact: true },
  // Present tense with an object first is no passive.
  { text: "Sanctions are hitting Russia hard.", expect: [], exact: true },
];

runGoldenCases("golden sentences: verb-and-object acts in the passive", cases);
