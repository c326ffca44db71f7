/**
 * Golden sentences on accepting offers: accepting is the acceptor's act toward the proposer, as
 * rejecting is; the offer came before and is not coded again. Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "Israel accepted an Egyptian offer to mediate.",
    expect: ["AGREE ISR>EGY"],
    exact: true,
  },
  {
    text: "Kenya accepted a Chinese proposal to build a railway.",
    expect: ["AGREE KEN>CHN"],
    exact: true,
  },
  {
    // Two acceptors of a third party's proposal act toward the proposer, not toward each other.
    text: "Hamas and Israel accepted a Qatari proposal for a truce.",
    expect: ["AGREE PSE>QAT", "AGREE ISR>QAT"],
    exact: true,
  },
  {
    // With no proposer named, two sides accepting a deal agree with each other.
    text: "Israel and Hamas accepted the ceasefire deal.",
    expect: ["AGREE ISR>PSE", "AGREE PSE>ISR"],
    exact: true,
  },
  {
    text: "Kenya rejected a Chinese proposal to build a railway.",
    expect: ["REJECT KEN>CHN"],
    exact: true,
  },
];

runGoldenCases("golden sentences: accepted offers", cases);
