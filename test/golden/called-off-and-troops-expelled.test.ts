/**
 * Golden sentences for noun events called off in the passive ("the visit was cancelled": no visit
 * happened) and for another state's troops ordered out, which reduces relations (CAMEO 166) rather
 * than deporting people. Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "The Indian foreign minister's visit to Islamabad was cancelled at the last minute.",
    expect: [],
    exact: true,
  },
  {
    text: "A planned summit between the Japanese and South Korean leaders has been postponed.",
    expect: [],
    exact: true,
  },
  {
    text: "The German chancellor's visit to Beijing was hailed as a success by Chinese media.",
    expect: [],
    absent: ["!CONSULT DEU>CHN"],
  },
  {
    text: "The meeting between the Turkish and Greek leaders was held in Athens.",
    expect: ["CONSULT TUR>GRC"],
  },
  {
    text: "Burkina Faso's junta ordered French troops to leave the country within a month.",
    expect: ["SANCTION BFA>FRA"],
    exact: true,
  },
  {
    text: "Chad expelled US troops from an air base near N'Djamena.",
    expect: ["SANCTION TCD>USA"],
    absent: ["COERCE TCD>USA"],
  },
  {
    text: "Tunisia expelled dozens of migrants from sub-Saharan Africa.",
    expect: ["COERCE TUN>-"],
  },
];

runGoldenCases("called-off events and troops ordered out", cases);
