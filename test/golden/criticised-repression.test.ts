/**
 * Golden sentences on criticism of repression: "criticised the crackdown on protesters in
 * Georgia" judges the Georgian state, not its protesters; a doer named after "by" is judged
 * instead. Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "The United States criticised the crackdown on protesters in Georgia.",
    expect: ["ACCUSE USA>GEO"],
    exact: true,
  },
  {
    text: "The EU criticised the arrest of opposition leaders in Turkey.",
    expect: ["ACCUSE IGO>TUR"],
    exact: true,
  },
  {
    text: "France condemned the crackdown on journalists in Russia.",
    expect: ["ACCUSE FRA>RUS"],
    exact: true,
  },
  {
    text: "The United States condemned the killing of protesters by Iranian security forces.",
    expect: ["ACCUSE USA>IRN"],
  },
  {
    text: "Russia criticised the detention of its diplomats in Poland.",
    expect: ["ACCUSE RUS>POL"],
    exact: true,
  },
];

runGoldenCases("criticised repression", cases);
