/**
 * Golden sentences on timetables and inverted conditions: "is scheduled to visit" and "is due to
 * meet" are a narrated future, as "is set to" is; "Should Moscow withdraw its troops, …" opens a
 * condition as "if" does. Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  { text: "Putin is scheduled to visit Beijing next week.", expect: ["CONSULT RUS>CHN"] },
  { text: "Putin is due to meet Xi in Beijing.", expect: ["CONSULT RUS>CHN"] },
  {
    text: "Should Moscow withdraw its troops, Kyiv would resume talks.",
    expect: [],
    absent: ["RETREAT RUS>-"],
    exact: true,
  },
  { text: "Should the talks fail, Israel will strike Iran.", expect: ["THREATEN ISR>IRN"] },
];

runGoldenCases("golden sentences: timetables and inverted conditions", cases);
