/**
 * Golden sentences on a speaker carried over to ", saying …": the main clause's subject still acts
 * in that clause however short it is, and what it says is told by it, not done by it. Our own
 * sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "North Korea rejected the proposal, saying the talks had failed.",
    expect: ["REJECT PRK>-"],
    exact: true,
  },
  {
    text: "Seoul welcomed the deal, saying it would ease tensions.",
    expect: ["SUPPORT KOR>-"],
    exact: true,
  },
  {
    text: "Iran rejected the offer, saying it was unfair.",
    expect: ["REJECT IRN>-"],
    exact: true,
  },
];

runGoldenCases("golden sentences: speakers carried over to a participle", cases);
