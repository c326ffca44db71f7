/**
 * Golden sentences where a passive reporting verb raises the actor ("Iran is said to have supplied
 * drones"): the subject acted and no one is named as saying so. Also wire prose with tagger slips
 * ("have sold" read as an adjective), begged aid, questioning over crimes and footage of captives
 * released. Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "Iran is said to have supplied Russia with hundreds of drones.",
    expect: ["AID IRN>RUS"],
    exact: true,
  },
  {
    text: "North Korea is thought to have sold missiles to Syria.",
    expect: ["COOPERATE PRK>SYR"],
    exact: true,
  },
  {
    text: "Belarus was reported to have released the detained Lithuanians.",
    expect: ["RETREAT BLR>LTU"],
    exact: true,
  },
  {
    text: "Iran supplied Russia with drones, Ukrainian officials said.",
    expect: ["AID IRN>RUS"],
    exact: true,
  },
  {
    text: "Haiti's prime minister begged the international community for help.",
    expect: ["null HTI>-"],
    exact: true,
  },
  {
    text: "Egyptian police questioned two British tourists about the smuggling of antiquities.",
    expect: ["ACCUSE EGY>GBR"],
    exact: true,
  },
  { text: "Critics questioned the government's commitment to fighting corruption.", expect: [], exact: true },
  { text: "Analysts questioned the logic of the case against the company.", expect: [], exact: true },
  {
    text: "Hamas released a video of two Israeli hostages.",
    expect: ["null PSE>-"],
    exact: true,
    absent: ["RETREAT PSE>ISR"],
  },
  { text: "Iran released two British sailors.", expect: ["RETREAT IRN>GBR"], exact: true },
];

runGoldenCases("golden sentences: raised reports and tagger slips in wire prose", cases);
