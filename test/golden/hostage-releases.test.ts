/**
 * Golden sentences on releases in an exchange: each side's release has its own direction ("Hamas
 * released three Israeli hostages in exchange for prisoners freed by Israel"), and the compound
 * noun ("a prisoner swap") codes the exchange. Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "Hamas released three Israeli hostages on Saturday in exchange for 183 Palestinian prisoners freed by Israel.",
    expect: ["RETREAT PSE>ISR", "RETREAT ISR>PSE"],
    exact: true,
  },
  {
    text: "The Houthis freed two Saudi pilots on Monday in return for 40 Yemeni prisoners held by Riyadh.",
    expect: ["RETREAT YEM>SAU"],
  },
  {
    text: "Russia and Ukraine held a prisoner exchange on Friday.",
    expect: ["RETREAT RUS>UKR", "RETREAT UKR>RUS"],
  },
  {
    text: "Israel and Hamas agreed a hostage-for-prisoner exchange.",
    expect: ["AGREE ISR>PSE", "AGREE PSE>ISR"],
  },
];

runGoldenCases("golden sentences: releases in an exchange", cases);
