/**
 * Golden sentences where the act named is not the act done: a vow not to give way is a refusal,
 * what a mediator offers to bring about is the offer, the forces a state moves are its
 * instrument, and a state's retreat is not aimed at itself. Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "Armenia's prime minister pledged not to cede the disputed villages to Azerbaijan.",
    expect: ["REJECT ARM>AZE"],
    exact: true,
  },
  {
    // A pledge not to do harm stays a pledge.
    text: "North Korea promised not to resume nuclear tests.",
    expect: ["AGREE PRK>-"],
    exact: true,
  },
  {
    text: "Algeria offered to broker a ceasefire between Mali and the Tuareg rebels.",
    expect: ["AGREE DZA>MLI"],
    exact: true,
  },
  {
    text: "Turkey said it would send troops to Libya.",
    expect: ["MOBILIZE TUR>LBY"],
  },
  {
    // The troops sent are India's own: no target but where they went.
    text: "India sent troops to fight Maoist rebels in Chhattisgarh.",
    expect: ["MOBILIZE IND>IND"],
    exact: true,
  },
  {
    text: "Russia had not withdrawn its forces, the Ukrainian foreign minister said.",
    expect: ["!RETREAT RUS>-"],
    exact: true,
  },
  {
    // What a refusal waits for ("until …") has not happened.
    text: "Pakistan refused to hold talks with India until it lifted restrictions in Kashmir.",
    expect: ["REJECT PAK>IND", "?CONCEDE IND>IND"],
    exact: true,
  },
];

runGoldenCases("golden sentences: purposes and refusals", cases);
