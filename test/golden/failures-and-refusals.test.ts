/**
 * Golden sentences on acts that did not happen: one who refuses or declines an act rejects it, but
 * one who fails at it ("failed to broker a truce") made the attempt and refused nothing; the act
 * is only denied. Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "Talks ended without agreement after Turkey and Qatar failed to broker a lasting truce.",
    expect: ["!CONSULT TUR>-", "!CONSULT QAT>-"],
    exact: true,
    absent: ["REJECT TUR>TUR", "REJECT QAT>TUR"],
  },
  { text: "Iran failed to grant inspectors access to the sites.", expect: ["!CONCEDE IRN>-"], exact: true },
  { text: "Iran refused to grant inspectors access to the sites.", expect: ["REJECT IRN>-"] },
];

runGoldenCases("golden sentences: failures and refusals", cases);
