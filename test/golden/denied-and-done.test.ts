/**
 * Golden articles where one act is told denied in one sentence and done in another: two events,
 * each with its own evidence, not one event whose mentions contradict each other. Our own
 * sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "Israel did not agree to a ceasefire with Hamas. Later, Israel agreed to a ceasefire with Hamas.",
    expect: ["!AGREE ISR>PSE", "AGREE ISR>PSE"],
    exact: true,
  },
  {
    // The talk that did not happen gives the attendance no counterpart.
    text: "The US vice president attended the ceremony in Pyeongchang. He did not speak with the North Korean delegation.",
    expect: ["!CONSULT USA>PRK"],
  },
];

runGoldenCases("golden articles: denied and done", cases);
