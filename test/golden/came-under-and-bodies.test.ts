/**
 * Golden sentences for acts received ("came under rocket fire from", "faced criticism from"), whose
 * giver is the source and whose receiver, or its national modifier, the target; agents named by a
 * body of theirs ("by the IAEA board"); and passives read object first, which declare no intent.
 * Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "The Georgian government came under sharp criticism from Brussels over the new law.",
    expect: ["ACCUSE IGO>GEO"],
    exact: true,
  },
  {
    text: "Pakistan faced condemnation from India after the attack.",
    expect: ["ACCUSE IND>PAK"],
  },
  {
    text: "A British tanker came under drone attack from Houthi rebels in the Gulf of Aden.",
    expect: ["ASSAULT YEM>GBR"],
    exact: true,
  },
  {
    text: "Israeli border towns came under rocket fire from southern Lebanon on Sunday.",
    expect: ["ASSAULT LBN>ISR"],
    exact: true,
  },
  {
    text: "A UN patrol came under mortar fire from Sudanese paramilitaries near El Fasher.",
    expect: ["ASSAULT SDN>IGO"],
    exact: true,
  },
  {
    text: "North Korea's missile launches were condemned by the UN Security Council.",
    expect: ["ACCUSE IGO>PRK"],
  },
  {
    text: "Syria's chemical weapons programme was censured by the OPCW executive council.",
    expect: ["ACCUSE IGO>SYR"],
    exact: true,
  },
  {
    text: "Egypt's truce proposal was rejected by Hamas on Tuesday.",
    expect: ["REJECT PSE>EGY"],
    exact: true,
  },
];

runGoldenCases("acts received and bodies that act", cases);
