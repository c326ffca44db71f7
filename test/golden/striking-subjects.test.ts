/**
 * Golden sentences whose subject is an act of force with its agent after "by" ("Attacks by Russian
 * forces killed 10 civilians"): the agent did what the verb says. Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "Attacks by Russian forces killed 10 civilians in Kharkiv.",
    expect: ["ASSAULT RUS>-"],
    exact: true,
  },
  {
    text: "An attack by Al-Shabaab militants killed 12 soldiers in Mogadishu.",
    expect: ["ASSAULT SOM>SOM"],
    exact: true,
  },
  {
    text: "Officials said a drone strike by the US military killed two militants in Somalia.",
    expect: ["ASSAULT USA>SOM"],
    exact: true,
  },
  {
    text: "Shelling by Ukrainian forces killed three people in Donetsk, Russian-installed officials said.",
    expect: ["ASSAULT UKR>-"],
    exact: true,
  },
  // The agent of an act someone else judges stays the target of the judgement.
  {
    text: "The UN condemned shelling by Russian forces in Kharkiv.",
    expect: ["ACCUSE IGO>RUS"],
    exact: true,
  },
];

runGoldenCases("golden sentences: acts of force as subjects", cases);
