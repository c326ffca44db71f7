/**
 * Golden sentences on salvos of several weapons: a list of drones and missiles launched at a state
 * is an attack on it, as one weapon is; missiles fired into the sea with no one aimed at are a
 * show of force; a bombing in a clause after "days after" is placed by its own words. Our own
 * sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "Russian forces launched 120 drones and six ballistic missiles at Ukraine overnight, Ukraine's air force said.",
    expect: ["ASSAULT RUS>UKR"],
    exact: true,
  },
  {
    text: "Iran fired dozens of drones and ballistic missiles toward Israel on Saturday.",
    expect: ["ASSAULT IRN>ISR"],
    exact: true,
  },
  {
    text: "North Korea fired two short-range ballistic missiles into the sea off its east coast on Thursday.",
    expect: ["MOBILIZE PRK>-"],
    exact: true,
  },
  // A bombing told in a clause after "days after" has its own place and no one's forces as author.
  {
    text: "Pakistan's military said its forces killed 23 militants near the Afghan border, days after a suicide bombing at a court in Islamabad killed 12 people.",
    expect: ["ASSAULT PAK>PAK"],
    absent: ["ASSAULT AFG>PAK"],
  },
];

runGoldenCases("golden sentences: salvos of mixed weapons", cases);
