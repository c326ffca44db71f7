/**
 * Golden sentences on demands and appeals in wire prose: pushing or pressing is a demand only when
 * it is for something or on someone ("pushed migrants across the border" is no demand); asking
 * unnamed allies for weapons is an appeal. Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "Poland demanded that Belarus stop pushing migrants across the border.",
    expect: ["REQUEST POL>BLR"],
    exact: true,
  },
  {
    text: "Russian forces pressed their offensive in the Donetsk region.",
    expect: [],
    exact: true,
  },
  {
    text: "The United States pressed China to rein in North Korea.",
    expect: ["REQUEST USA>CHN"],
    exact: true,
  },
  {
    text: "Washington pressed Ankara over its purchase of Russian missiles.",
    expect: ["REQUEST USA>TUR"],
    exact: true,
  },
  {
    text: "Japan pushed for a ceasefire in Gaza.",
    expect: ["REQUEST JPN>-"],
    exact: true,
  },
  {
    text: "Ukraine asked its allies for more air defence systems.",
    expect: ["null UKR>-"],
    exact: true,
  },
];

runGoldenCases("golden sentences: demands and appeals", cases);
