/**
 * Golden sentences of acts that would have been done and were not: "a resolution that would have
 * demanded a ceasefire" is hypothetical, while "said he would meet" announces an intent; and of
 * cooperative acts striven for ("efforts to broker a truce"), not yet done. Our own sentences, not
 * the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "Russia vetoed a UN Security Council resolution that would have demanded an immediate ceasefire in Sudan.",
    date: "2024-11-15",
    expect: ["REJECT RUS>-", "?REQUEST IGO>SDN"],
    exact: true,
  },
  {
    text: "Trump said he would have met Kim Jong Un again.",
    date: "2019-03-01",
    expect: ["?CONSULT USA>PRK"],
    exact: true,
  },
  {
    text: "Trump said he would meet Kim Jong Un again.",
    date: "2019-03-01",
    expect: ["AGREE USA>PRK"],
    exact: true,
  },
  {
    text: "Britain accused Moscow of blocking efforts to protect civilians.",
    expect: ["ACCUSE GBR>RUS"],
    exact: true,
  },
  { text: "Egypt stepped up efforts to broker a truce between Israel and Hamas.", expect: [], exact: true },
];

runGoldenCases("golden sentences: what would have been done", cases);
