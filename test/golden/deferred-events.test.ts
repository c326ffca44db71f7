/**
 * Golden sentences on event nouns put off by their verb ("postponed the talks", "delayed the
 * release of hostages"): the event has not happened. Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "Russia postponed the talks with Ukraine until next month.",
    expect: ["!CONSULT RUS>UKR"],
    exact: true,
  },
  {
    text: "Moscow delayed the withdrawal of its troops from Syria.",
    expect: ["!RETREAT RUS>SYR"],
    exact: true,
  },
  {
    text: "Israel accused Hamas of violating the truce by delaying the release of hostages.",
    expect: ["ACCUSE ISR>PSE"],
    exact: true,
  },
  // Done, not deferred.
  { text: "Hamas released three Israeli hostages on Saturday.", expect: ["RETREAT PSE>ISR"], exact: true },
];

runGoldenCases("golden sentences: deferred events", cases);
