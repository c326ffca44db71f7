/**
 * Golden sentences on summits named as the place of a meeting, sums that price something other
 * than aid, ground retaken from someone, participles wink reads as nouns after "had", and places
 * inside a phrase of time. Our own sentences, not the gold sets.
 */
import { describe, expect, it } from "vitest";
import { createCoder } from "../../src/index.js";
import { type Golden, runGoldenCases } from "./golden-runner.js";
import { renderFullCodes } from "./render-event.js";

const cases: readonly Golden[] = [
  // The summit is where the two met, not a meeting of the bloc with its host.
  {
    text: "Modi and Xi met at the BRICS summit in Kazan.",
    expect: ["CONSULT IND>CHN", "CONSULT CHN>IND"],
    exact: true,
  },
  {
    text: "Modi and Xi held talks on the sidelines of the G20 summit in Rio.",
    expect: ["CONSULT IND>CHN", "CONSULT CHN>IND"],
    exact: true,
  },
  { text: "Putin hosted the BRICS summit in Kazan.", expect: ["CONSULT RUS>IGO"] },
  // A reward, a deal or a contract is priced, not pledged as aid.
  {
    text: "Washington offered a $10 million reward for information on the hackers.",
    expect: [],
    exact: true,
  },
  {
    text: "The World Bank approved a $300 million reconstruction aid package for Lebanon.",
    expect: ["AGREE IGO>LBN"],
  },
  {
    text: "Japan pledged $500 million in humanitarian aid to Ukraine.",
    expect: ["AGREE JPN>UKR"],
    exact: true,
  },
  // Ground is taken from someone; "had retaken" is a verb though wink reads a noun.
  {
    text: "Ukrainian forces recaptured the village from Russian troops.",
    expect: ["ASSAULT UKR>RUS"],
    exact: true,
  },
  { text: "Russia captured the town of Pokrovsk.", expect: ["ASSAULT RUS>UKR"], exact: true },
  // The place of the act a phrase of time names is not the main act's.
  {
    text: "India suspended the Indus Waters Treaty after the attack in Kashmir.",
    expect: ["REJECT IND>-"],
    absent: ["REJECT IND>IND"],
  },
];

runGoldenCases("venues, rewards and retaken ground", cases);

describe("ground retaken from a named holder", () => {
  it("aims the retaking at the force it was taken from, not the city's government", () => {
    const events = createCoder().code({
      text: "Sudan's army said it had retaken the presidential palace in Khartoum from the Rapid Support Forces.",
      date: "2025-03-21",
    }).events;
    expect(events.map(renderFullCodes)).toEqual(["ASSAULT SDNMIL>SDNREB"]);
  });
});
