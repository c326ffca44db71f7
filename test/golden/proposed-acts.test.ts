/**
 * Golden sentences on acts that are only put forward: a gerund after "proposed" or after "a
 * proposal for", "a plan for" has not happened, while the act the proposal names as its own
 * ("proposed holding talks", "proposed signing a free trade agreement") is an offer. Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "Bangladesh rejected an Indian proposal for signing a free trade agreement.",
    expect: ["REJECT BGD>IND", "?SUPPORT IND>-"],
    exact: true,
  },
  // A proposal a pledge would name ("proposed a free trade agreement") is an offer of it.
  {
    text: "India proposed signing a free trade agreement with Bangladesh.",
    expect: ["AGREE IND>BGD"],
    exact: true,
  },
  {
    text: "Seoul floated a plan for reopening the joint factory park with Pyongyang.",
    expect: [],
    exact: true,
  },
  {
    text: "India signed a free trade agreement with Bangladesh.",
    expect: ["SUPPORT IND>BGD"],
  },
];

runGoldenCases("golden sentences: proposed acts", cases);
