/**
 * Golden sentences where a second verb shares the first one's subject ("met X and received a
 * letter", "had good memories of Y and would be willing to talk"): the object of the first verb
 * is not the subject of the second; and a subject's own modifiers name no target. Our own
 * sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "Vladimir Putin said he had warm memories of Angela Merkel and would be ready to talk with Germany.",
    expect: ["AGREE RUS>DEU"],
    exact: true,
  },
  {
    text: "Chinese President Xi Jinping met Vietnam's prime minister, Pham Minh Chinh, in Beijing on Monday and received a letter from the Laotian president.",
    expect: ["CONSULT CHN>VNM", "CONSULT LAO>CHN"],
  },
  {
    // A state's mission abroad is not where the act fell; the letter's sender is its target.
    text: "Officials at Iran's UN mission declined to accept a letter from the German chancellor.",
    expect: ["REJECT IRN>DEU"],
    exact: true,
  },
];

runGoldenCases("golden sentences: coordinated verbs", cases);
