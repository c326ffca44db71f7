/**
 * Golden sentences on leaders named by surname alone, resolved on the text's date: a surname many
 * leaders shared ("Traore") names whoever held office then, and no one when none did. Our own
 * sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const date = "2025-06-12";
const cases: readonly Golden[] = [
  { text: "Faye met Macron in Paris.", date, expect: ["CONSULT SEN>FRA"], exact: true },
  { text: "Traore accused Ivory Coast of harbouring rebels.", date, expect: ["ACCUSE BFA>CIV"], exact: true },
  {
    text: "Traore accused the junta of fraud.",
    date: "2012-06-01",
    expect: ["ACCUSE MLI>MLI"],
    exact: true,
  },
  { text: "Traore accused the government of fraud.", date: "1999-05-01", expect: [], exact: true },
  { text: "Chakwera accused the opposition of lying.", date, expect: ["ACCUSE MWI>MWI"], exact: true },
  { text: "Ramgoolam met Modi in New Delhi.", date, expect: ["CONSULT MUS>IND"], exact: true },
];

runGoldenCases("leaders by surname", cases);
