/**
 * Golden sentences on lists whose later member is told by its owner: "Putin and his Turkish
 * counterpart Erdogan", "Erdogan and his foreign minister". The owner's pronoun is the member's
 * modifier, so the list still holds both. Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "Russian President Vladimir Putin and his Turkish counterpart Recep Tayyip Erdogan agreed on Monday to boost trade and energy cooperation.",
    expect: ["AGREE RUS>TUR", "AGREE TUR>RUS"],
    exact: true,
  },
  {
    text: "Chinese President Xi Jinping and his Brazilian counterpart Luiz Inacio Lula da Silva signed 20 cooperation agreements in Beijing.",
    expect: ["SUPPORT CHN>BRA", "SUPPORT BRA>CHN"],
  },
  {
    text: "Egypt hosted Israel and its Arab neighbours for talks on Gaza.",
    expect: ["CONSULT EGY>ISR"],
  },
];

runGoldenCases("golden sentences: lists with owners", cases);
