/**
 * Golden sentences on the expletive "it" ("It was not immediately clear whether …"), which stands
 * for a clause and names no actor. Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "Iran rejected the report. It was not immediately clear whether the investigator would be allowed to visit the country.",
    expect: [],
    absent: ["?CONSULT IRN>-", "CONSULT IRN>-"],
  },
  {
    text: "Kenya deployed police to Haiti last year. It is believed that more officers will be sent in June.",
    expect: ["MOBILIZE KEN>HTI"],
    absent: ["MOBILIZE KEN>-"],
  },
  // A referring "it" still names the state.
  { text: "Iran said it was ready to hold talks with Washington.", expect: ["AGREE IRN>USA"] },
];

runGoldenCases("golden sentences: the expletive 'it'", cases);
