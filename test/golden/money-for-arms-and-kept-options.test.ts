/**
 * Golden sentences on dictionary gaps: money given or pledged for arms or military aid is
 * military aid, not economic ("a $1 billion arms package", "$2 billion in military assistance");
 * a state that has never renounced the use of force keeps it open, a threat; tax revenues
 * withheld from a government are economic aid cut off; people handed back and envoys sent back;
 * suspensions and controls eased, envoys exchanged and deals announced. Our own sentences.
 */
import { describe, expect, it } from "vitest";
import { cameoCodes, type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "The Pentagon announced a new $1 billion arms package for Ukraine.",
    expect: ["AGREE USA>UKR"],
    exact: true,
  },
  {
    text: "Washington will send another $2 billion in military assistance to Kyiv.",
    expect: ["AID USA>UKR"],
    exact: true,
  },
  {
    text: "Japan pledged $500 million in economic aid to Ukraine.",
    expect: ["AGREE JPN>UKR"],
    exact: true,
  },
  {
    text: "China has never renounced the use of force against Taiwan.",
    expect: ["THREATEN CHN>TWN"],
    exact: true,
  },
  {
    text: "Israel froze the transfer of tax revenues to the Palestinian Authority.",
    expect: ["SANCTION ISR>PSE"],
    exact: true,
  },
];

runGoldenCases("money for arms, force kept open and revenues withheld", cases);

// The CAMEO codes the kinds of aid must carry.

describe("kinds of aid by code", () => {
  const codes = cameoCodes("2025-06-12");
  it("codes money for arms as military aid and money for the economy as economic aid", () => {
    expect(codes("The Pentagon announced a new $1 billion arms package for Ukraine.")).toEqual([
      "0332 USA>UKR",
    ]);
    expect(codes("Washington will send another $2 billion in military assistance to Kyiv.")).toEqual([
      "072 USA>UKR",
    ]);
    expect(codes("Japan pledged $500 million in economic aid to Ukraine.")).toEqual(["0331 JPN>UKR"]);
  });
});

// People handed back and envoys sent back.
const handedBack: readonly Golden[] = [
  { text: "Russia returned 20 Ukrainian children.", expect: ["RETREAT RUS>UKR"], exact: true },
  {
    text: "Russia returned the bodies of 500 soldiers on Friday.",
    expect: ["RETREAT RUS>-"],
    absent: ["RETREAT RUS>RUS"],
  },
  { text: "Canada restored its ambassador to India.", expect: ["SUPPORT CAN>IND"], exact: true },
];

runGoldenCases("people handed back and envoys sent back", handedBack);

// Suspensions and controls eased, envoys exchanged, deals announced.
const eased: readonly Golden[] = [
  { text: "The African Union lifted Gabon's suspension.", expect: ["CONCEDE IGO>GAB"], exact: true },
  { text: "Japan eased export controls on South Korea.", expect: ["RETREAT JPN>KOR"], exact: true },
  {
    text: "Iran and Saudi Arabia exchanged ambassadors.",
    expect: ["SUPPORT IRN>SAU", "SUPPORT SAU>IRN"],
    exact: true,
  },
  { text: "The UK announced a new trade deal with India.", expect: ["SUPPORT GBR>IND"], exact: true },
];

runGoldenCases("suspensions and controls eased, envoys exchanged, deals announced", eased);
