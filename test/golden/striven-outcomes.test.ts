/**
 * Golden sentences on outcomes someone strives for ("efforts to secure a ceasefire in Gaza"): the
 * ceasefire is not yet had, though the striving (talks, an assault) happened. Our own sentences,
 * not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "Biden spoke by phone with Sisi about efforts to secure a ceasefire in Gaza.",
    expect: ["CONSULT USA>EGY"],
    exact: true,
  },
  { text: "Egypt is working to secure a ceasefire in Gaza.", expect: [], exact: true },
  {
    text: "Egypt tried to negotiate a truce between Israel and Hamas.",
    expect: ["CONSULT EGY>ISR"],
    absent: ["RETREAT ISR>PSE", "RETREAT PSE>ISR"],
  },
  // Attempted force is force.
  { text: "Russian troops tried to seize the Ukrainian town of Chasiv Yar.", expect: ["ASSAULT RUS>UKR"], exact: true },
];

runGoldenCases("golden sentences: outcomes striven for", cases);
