/**
 * Golden sentences for trips called off: one's own trip cancelled or postponed is a visit that did
 * not take place (a denied visit), not a cut in relations; a host calling off another's visit, or a
 * trip cancelled in protest or amid a row, reduces relations. Our own sentences, not the gold sets.
 */
import { runGoldenCases } from "./golden-runner.js";

runGoldenCases("golden sentences: cancelled trips", [
  { text: "Lula cancelled a trip to China.", expect: ["!CONSULT BRA>CHN"], exact: true },
  { text: "Macron postponed his visit to Algeria.", expect: ["!CONSULT FRA>DZA"], exact: true },
  {
    text: "The Dutch king called off a planned visit to Indonesia.",
    expect: ["!CONSULT NLD>IDN"],
    exact: true,
  },
  {
    text: "Lula cancelled a trip to China in protest over its stance on Taiwan.",
    expect: ["SANCTION BRA>CHN"],
    exact: true,
  },
  {
    text: "Erdogan called off his visit to Israel in protest at the Gaza offensive.",
    expect: ["SANCTION TUR>ISR"],
    exact: true,
  },
  {
    text: "Pakistan cancelled a visit by the Indian foreign minister.",
    expect: ["SANCTION PAK>IND"],
    exact: true,
  },
]);
