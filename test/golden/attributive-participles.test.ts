/**
 * Golden sentences where a participle or an event noun describes a place or group rather than
 * narrating an act: "the occupied West Bank" is no occupation by whoever stands before it, "its
 * nuclear test site" no test. Our own sentences.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "Israeli police detained two Palestinian teenagers in the occupied West Bank on Monday.",
    expect: ["COERCE ISR>PSE"],
    exact: true,
  },
  {
    text: "Relief convoys reached the besieged Syrian town of Madaya, the Red Cross said.",
    expect: [],
    exact: true,
  },
  { text: "Russian troops occupied the Ukrainian town of Kupiansk.", expect: ["ASSAULT RUS>UKR"] },
  {
    text: "Iranian engineers sealed the entrances to its missile test site, Tehran said.",
    expect: [],
    exact: true,
  },
  // Adverbs in -ly between the determiner and the participle.
  {
    text: "Washington remains committed to the goal of a fully denuclearised North Korea, the State Department said.",
    expect: [],
    absent: ["RETREAT USA>PRK"],
  },
  { text: "The newly deployed Indian troops patrolled the border near Ladakh.", expect: [], exact: true },
];

runGoldenCases("golden sentences: attributive participles", cases);
