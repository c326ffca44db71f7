/**
 * Golden sentences on an organisation's staff, agencies and missions: "UN staff in Gaza" are the
 * UN's, not Gaza's; "a rescue mission" alone is no one. Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const date = "2025-06-12";
const cases: readonly Golden[] = [
  { text: "UN agencies demanded a ceasefire.", date, expect: ["REQUEST IGO>-"], exact: true },
  {
    text: "The UN mission in Libya demanded the release of detainees.",
    date,
    expect: ["REQUEST IGO>-"],
    absent: ["REQUEST IGO>LBY"],
  },
  {
    text: "Israel accused UN staff of taking part in the October 7 attack.",
    date,
    expect: ["ACCUSE ISR>IGO"],
  },
  { text: "UN staff in Gaza protested on Monday.", date, expect: [], absent: ["PROTEST PSE>PSE"] },
  { text: "A rescue mission freed the hostages.", date, expect: [], exact: true },
];

runGoldenCases("organisation staff and missions", cases);
