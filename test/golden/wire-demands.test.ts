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
  // A list fills a slot that the pattern reads on after, as one name does.
  {
    text: "Egyptian and Qatari mediators were pressing Israel and Hamas to move to the second phase of the truce.",
    expect: ["REQUEST EGY>ISR", "REQUEST EGY>PSE", "REQUEST QAT>ISR", "REQUEST QAT>PSE"],
  },
  {
    text: "The European Union pressed Serbia and Kosovo on the normalisation deal.",
    expect: ["REQUEST IGO>SRB", "REQUEST IGO>UNK"],
  },
];

runGoldenCases("golden sentences: demands and appeals", cases);
