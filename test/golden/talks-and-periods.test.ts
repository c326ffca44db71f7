/**
 * Golden sentences on talks that fail and on periods counted "since" a date: failing to resolve a
 * dispute is a rejection both ways, as failing to agree is; the date after "since" belongs to an
 * earlier event, so the act it measures is news. Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "Japan and South Korea failed to resolve a row over wartime labour.",
    expect: ["REJECT JPN>KOR", "REJECT KOR>JPN"],
    exact: true,
  },
  {
    text: "Turkey hosted the first direct talks between Russian and Ukrainian officials since 2022.",
    expect: ["CONSULT TUR>RUS", "CONSULT TUR>UKR"],
  },
  {
    text: "It was the heaviest Russian shelling of Kharkiv since the start of the war in 2022.",
    expect: ["ASSAULT RUS>UKR"],
    exact: true,
  },
];

runGoldenCases("golden sentences: failed talks and periods since", cases);
