/**
 * Golden reports for a confirmation still awaited ("Beijing has yet to confirm the trip"), for a
 * closing attribution followed by a comment phrase ("…, the Australian government said on Sunday,
 * in a sign of improving ties") and for what a sign or a chance is of, which is no act. Our own
 * sentences.
 */
import { runGoldenCases } from "./golden-runner.js";
import { runStatusCases } from "./status-runner.js";

runStatusCases("a confirmation awaited", [
  {
    text: "Chinese Premier Li Qiang will travel to Canberra next week, the Australian government said. Beijing has yet to confirm the trip.",
    why: "'has yet to confirm' withholds the confirmation",
    event: "CONSULT CHN>AUS",
    status: "unconfirmed",
    reporters: ["AUSGOV"],
  },
  {
    text: "Chinese Premier Li Qiang will travel to Canberra next week, the Australian government said on Sunday, in a sign of improving ties.",
    why: "a phrase of comment after the closing attribution leaves it closing",
    event: "CONSULT CHN>AUS",
    status: "asserted",
    reporters: ["AUSGOV"],
  },
]);

runGoldenCases("what a sign or a chance is of", [
  {
    text: "Chinese Premier Li Qiang will travel to Canberra next week, the Australian government said on Sunday, in a sign of improving ties.",
    expect: ["CONSULT CHN>AUS"],
    exact: true,
  },
  { text: "There are signs of improving relations between Ankara and Cairo.", expect: [], exact: true },
  { text: "Hopes of restoring ties between the two neighbours faded.", expect: [], exact: true },
]);
