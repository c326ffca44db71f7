/**
 * Golden sentences on a state's own capital in what its officials threaten: "Kim Yo Jong warned
 * that Pyongyang would respond …" is North Korea's threat, aimed at no one named, not a threat
 * against its own government. Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "Kim Yo Jong warned that Pyongyang would respond to any provocation with overwhelming force.",
    expect: ["THREATEN PRK>-"],
    exact: true,
  },
  {
    text: "Russia's foreign ministry warned that Moscow would retaliate against any deployment of Western troops.",
    expect: ["THREATEN RUS>-"],
    absent: ["THREATEN RUS>RUS"],
  },
  {
    text: "Kim Yo Jong warned that Seoul would pay a heavy price.",
    expect: ["THREATEN PRK>KOR"],
    exact: true,
  },
];

runGoldenCases("own capital threats", cases);
