/**
 * Golden sentences on events a third party mediates, brokers or hosts ("indirect talks mediated by
 * Oman"): the one after "by" is not a party to the event noun. Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "Washington and Tehran held five rounds of indirect talks mediated by Oman earlier this year.",
    // Oman's own act is the mediation (CAMEO 045).
    expect: ["CONSULT USA>IRN", "CONSULT IRN>USA", "CONSULT OMN>-"],
  },
  {
    text: "Armenia and Azerbaijan held two rounds of negotiations hosted by Kazakhstan in Almaty.",
    expect: ["CONSULT ARM>AZE", "CONSULT AZE>ARM"],
  },
];

runGoldenCases("golden sentences: events a third party mediates", cases);
