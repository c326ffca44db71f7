/**
 * Golden sentences on an attack noun with its agent before its target, "an attack by X on Y":
 * the noun's pattern runs past "by" to the target, and the agent after "by" is the attacker.
 * Our own sentences.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "An attack by Houthi rebels on a Greek tanker set it ablaze.",
    expect: ["ASSAULT YEM>GRC"],
    exact: true,
  },
  {
    text: "The assault by Russian forces on Avdiivka lasted four months.",
    expect: ["ASSAULT RUS>UKR"],
    exact: true,
  },
  {
    text: "The attack by Israel on Iran's nuclear sites drew wide condemnation.",
    expect: ["ASSAULT ISR>IRN"],
  },
];

runGoldenCases("attacks by an agent on a target", cases);
