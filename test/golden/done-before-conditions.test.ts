/**
 * Golden sentences on conditions that come after a done act: "signed a treaty that includes a
 * pledge of assistance if either is attacked" is a signing, whatever the pledge is conditioned on;
 * acts under a modal or inside the condition stay conditional. Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "Russia and North Korea signed a treaty on Wednesday that includes a pledge of mutual assistance if either is attacked.",
    expect: ["SUPPORT RUS>PRK", "SUPPORT PRK>RUS"],
  },
  {
    text: "Japan sent aid to Turkey on Monday and promised more if the quake toll rose.",
    expect: ["AID JPN>TUR"],
  },
  {
    text: "The EU imposed sanctions on Belarus, which it said would be lifted if political prisoners were freed.",
    expect: ["SANCTION IGO>BLR"],
    exact: true,
  },
  {
    // A modal still makes the act wait on its condition.
    text: "China would impose sanctions on Lithuania if it opened a Taiwanese office.",
    expect: [],
    absent: ["SANCTION CHN>LTU"],
  },
  {
    // The act inside the condition is not done.
    text: "India said it would retaliate if Pakistan attacked.",
    expect: [],
    absent: ["ASSAULT PAK>-"],
  },
];

runGoldenCases("golden sentences: done acts before a condition", cases);
