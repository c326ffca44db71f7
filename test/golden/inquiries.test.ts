/**
 * Golden sentences of investigation (CAMEO 09): an inquiry into an act is aimed at whoever the
 * text says did it, not at the act's victims. Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "The United Nations will investigate the killing of protesters by Iranian security forces.",
    expect: ["ACCUSE IGO>IRN"],
    exact: true,
  },
  {
    text: "Turkey opened a probe into the murder of a Saudi journalist by Saudi intelligence officers.",
    // The murder itself is coded from its own agent.
    expect: ["ACCUSE TUR>SAU", "ASSAULT SAU>SAU"],
    exact: true,
  },
  {
    // With no one named as the doer, the inquiry concerns the victims' side.
    text: "Kenya launched an inquiry into the deaths of Ethiopian migrants.",
    expect: ["ACCUSE KEN>ETH"],
    exact: true,
  },
];

runGoldenCases("golden sentences: inquiries", cases);
