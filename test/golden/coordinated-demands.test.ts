/**
 * Golden sentences on a demand joined to an act aimed at someone: "accused Russia of shooting down
 * the jet and demanded an apology" demands it of Russia, not of Azerbaijan itself; and calls over
 * a hotline. Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "Azerbaijan's president accused Russia of shooting down the passenger jet and demanded an apology.",
    expect: ["ACCUSE AZE>RUS", "REQUEST AZE>RUS"],
    exact: true,
  },
  {
    text: "Iran summoned the British ambassador and demanded an explanation.",
    expect: ["ACCUSE IRN>GBR", "REQUEST IRN>GBR"],
    exact: true,
  },
  // A protest's demand stays aimed at the protesters' own state.
  {
    text: "Thousands protested in Tehran and demanded the release of prisoners.",
    expect: ["PROTEST IRN>IRN"],
  },
  // A hotline is a telephone line.
  {
    text: "Indian and Pakistani military chiefs spoke by hotline and agreed to observe the truce.",
    expect: ["CONSULT IND>PAK", "CONSULT PAK>IND", "AGREE IND>PAK", "AGREE PAK>IND"],
    exact: true,
  },
];

runGoldenCases("coordinated demands", cases);
