/**
 * Golden sentences on what a judgement calls an act: "condemned the strike as murder" is
 * criticism of the strike, not a killing; "an act of terrorism" is no attack. Our own sentences,
 * not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  { text: "Colombia's president condemned the strike as murder.", expect: ["ACCUSE COL>-"], exact: true },
  { text: "Russia described the attack as an act of terrorism.", expect: ["ACCUSE RUS>-"], exact: true },
  { text: "Iran denounced the sanctions as economic warfare.", expect: ["ACCUSE IRN>-"], exact: true },
  // Not after a verb of judging: "used the school as a base to attack the town" keeps its attack.
  {
    text: "Rebels used the school as a base to attack the town of Beni in Congo.",
    expect: ["ASSAULT COD>COD"],
    exact: true,
  },
];

runGoldenCases("judged labels", cases);
