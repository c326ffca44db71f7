/**
 * Golden sentences on demands lodged as formal notes, criticism that labels an act ("described the
 * sanctions as economic terrorism", not "described the talks as constructive"), crowds setting
 * fire to tyres, and the author of what is condemned or rejected ("the allegations made by
 * Rwanda"). Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "Japan lodged a formal demand with China for the release of a detained Japanese businessman.",
    expect: ["REQUEST JPN>CHN"],
    exact: true,
  },
  {
    text: "Iran's foreign ministry spokesman described the US sanctions as economic terrorism.",
    expect: ["ACCUSE IRN>USA"],
    exact: true,
  },
  {
    text: "Pakistan described India's decision as illegal and unilateral.",
    expect: ["ACCUSE PAK>IND"],
    exact: true,
  },
  {
    text: "Kenya described the talks as constructive.",
    expect: [],
    exact: true,
  },
  {
    text: "Lebanese demonstrators set fire to tyres in Beirut.",
    expect: ["PROTEST LBN>-"],
    exact: true,
  },
  {
    text: "France condemned the allegations made by Rwanda.",
    expect: ["ACCUSE FRA>RWA"],
    exact: true,
  },
  {
    text: "Israel rejected the proposal made by Egypt.",
    expect: ["REJECT ISR>EGY"],
    exact: true,
  },
];

runGoldenCases("golden sentences: lodged demands, labelling criticism, burning tyres", cases);
