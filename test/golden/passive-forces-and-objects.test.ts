/**
 * Golden sentences on forces moved in the passive ("Iraqi troops were deployed along the border
 * with Kuwait" is Iraq's deployment) and on a verb's nearest object ("seized a tanker near the
 * port" takes the tanker, not the port). Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "Iraqi troops were deployed along the border with Kuwait, Western diplomats said.",
    expect: ["MOBILIZE IRQ>KWT"],
    exact: true,
  },
  {
    text: "Thousands of Russian troops have been deployed near the Ukrainian border.",
    expect: ["MOBILIZE RUS>UKR"],
    exact: true,
  },
  {
    text: "More Indian troops were rushed to the Line of Control on Tuesday.",
    expect: ["MOBILIZE IND>-"],
    exact: true,
  },
  {
    text: "No Russian troops were deployed near the border, the ministry said.",
    expect: ["!MOBILIZE RUS>-"],
    exact: true,
  },
  {
    text: "Iran seized a tanker near the port of Bandar Abbas.",
    expect: ["COERCE IRN>-"],
    exact: true,
  },
  {
    text: "Canada suspended talks on a trade agreement with India.",
    expect: ["SANCTION CAN>IND"],
    exact: true,
  },
  {
    text: "Rebels captured the strategic town of Kidal, a Malian army officer said.",
    expect: ["ASSAULT MLI>MLI"],
  },
];

runGoldenCases("golden sentences: forces moved in the passive, a verb's nearest object", cases);
