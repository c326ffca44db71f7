/**
 * Golden sentences where a phrase set off by commas, or a place after a subject, is not the
 * subject: "X, backed by Y," has Y back X and X act; "Turkish troops in northern Syria" are
 * Turkey's. Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "Houthi rebels, supported by Iran, fired missiles at Saudi Arabia.",
    expect: ["SUPPORT IRN>YEM", "ASSAULT YEM>SAU"],
    exact: true,
  },
  {
    text: "Hezbollah, based in Lebanon, fired rockets into Israel.",
    expect: ["ASSAULT LBN>ISR"],
    exact: true,
  },
  {
    text: "The Houthis, Yemen's rebels, fired missiles at Saudi Arabia.",
    expect: ["ASSAULT YEM>SAU"],
    exact: true,
  },
  {
    text: "Turkish troops in northern Iraq attacked PKK positions.",
    // The PKK are Turkey's rebels: a state against its own insurgents is a domestic event.
    expect: ["ASSAULT TUR>TUR"],
    exact: true,
  },
  {
    text: "Russian forces in eastern Ukraine launched a new offensive.",
    expect: ["ASSAULT RUS>UKR"],
    exact: true,
  },
  {
    // "delivered food to besieged areas": a participle before a noun still describes it.
    text: "The Red Cross delivered food to besieged areas of Aleppo.",
    expect: ["AID IGO>SYR"],
    exact: true,
  },
];

runGoldenCases("golden sentences: appositives and places", cases);
