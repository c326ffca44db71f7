/**
 * Golden sentences on destroying weapons: another state's hardware destroyed is force (CAMEO 190),
 * one's own is disarmament (0873). Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "Russian forces destroyed three Ukrainian tanks near Pokrovsk.",
    expect: ["ASSAULT RUS>UKR"],
    exact: true,
  },
  {
    text: "The Russian defence ministry said its air defences had destroyed 12 Ukrainian drones over the Belgorod region.",
    expect: ["ASSAULT RUS>UKR"],
    absent: ["RETREAT RUS>UKR"],
  },
  { text: "Israeli jets destroyed Hamas rocket launchers in Gaza overnight.", expect: ["ASSAULT ISR>PSE"] },
  // Its own arms: disarmament.
  {
    text: "Syria destroyed its chemical weapons under international supervision.",
    expect: ["RETREAT SYR>-"],
    exact: true,
  },
  { text: "Iraq dismantled the missiles under the supervision of UN inspectors.", expect: ["RETREAT IRQ>-"] },
];

runGoldenCases("golden sentences: destroyed weapons", cases);
