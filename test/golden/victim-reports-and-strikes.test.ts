/**
 * Golden sentences for a victim state's own report of an attack (coded as the attack, on its word,
 * and as its accusation), reported passives whose subject is no actor, and the noun "strike": a
 * military strike carried out or launched on a place against a labour strike staged or carried out
 * by workers. Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "Jordan said four of its border guards were killed by Syrian smugglers on Sunday.",
    expect: ["ASSAULT SYR>JOR", "ACCUSE JOR>SYR"],
  },
  {
    text: "Armenia said Azerbaijani troops shelled its positions in the Syunik region overnight.",
    expect: ["ASSAULT AZE>ARM", "ACCUSE ARM>AZE"],
    exact: true,
  },
  {
    text: "Thailand's army said Cambodian soldiers fired rockets at its troops along the border.",
    expect: ["ASSAULT KHM>THA", "ACCUSE THA>KHM"],
    exact: true,
  },
  {
    text: "Russia claimed that Ukrainian drones hit a hospital in Belgorod.",
    expect: ["ACCUSE RUS>UKR"],
    exact: true,
  },
  {
    text: "Israel said rockets were fired at the town of Sderot from Gaza.",
    expect: ["ASSAULT PSE>ISR"],
    absent: ["ASSAULT PSE>ISR,ISR"],
  },
  {
    text: "Israel said rockets were fired at its territory.",
    expect: [],
    absent: ["ASSAULT ISR>ISR"],
  },
  {
    text: "Israel carried out a strike in Damascus on Tuesday, Syrian state media reported.",
    expect: ["ASSAULT ISR>SYR"],
    exact: true,
  },
  {
    text: "The US military said it conducted a strike against an al-Shabaab camp in southern Somalia.",
    expect: ["ASSAULT USA>SOM"],
    exact: true,
  },
  {
    text: "India carried out strikes on militant camps in Pakistan.",
    expect: ["ASSAULT IND>PAK"],
    exact: true,
  },
  {
    text: "Russia launched a strike on a grain terminal in Odesa.",
    expect: ["ASSAULT RUS>UKR"],
    exact: true,
  },
  {
    text: "Moscow has stepped up strikes on Ukraine's power grid ahead of winter.",
    expect: ["ASSAULT RUS>UKR"],
    exact: true,
  },
  {
    text: "Transport workers in Greece carried out a general strike on Thursday.",
    expect: ["PROTEST GRC>GRC"],
    exact: true,
  },
  {
    text: "Unions in Argentina conducted a nationwide strike against the austerity measures.",
    expect: ["PROTEST ARG>ARG"],
    exact: true,
  },
  {
    text: "Doctors in Kenya launched a strike over unpaid salaries.",
    expect: ["PROTEST KEN>KEN"],
    exact: true,
  },
  {
    text: "Dockworkers in Belgium have been on strike since Monday.",
    expect: [],
    absent: ["ASSAULT BEL>BEL"],
  },
];

runGoldenCases("victim reports and strikes", cases);
