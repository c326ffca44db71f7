/**
 * Golden sentences for cooperative acts the dictionaries lacked: aid announced as a sum ("announced
 * 10 million dollars in humanitarian assistance for Gaza", a pledge of aid as "earmarked" and
 * "unveiled" are), readiness for a prisoner swap, and captives handed over ("handed over the
 * Indian pilot to New Delhi"). Our own sentences.
 */
import { runGoldenCases } from "./golden-runner.js";

runGoldenCases("aid announced as a sum", [
  {
    text: "Australia announced 10 million dollars in humanitarian assistance for Gaza.",
    expect: ["AGREE AUS>PSE"],
    exact: true,
  },
  {
    text: "Canada announced 50 million dollars in aid to Ukraine on Tuesday.",
    expect: ["AGREE CAN>UKR"],
    exact: true,
  },
  {
    text: "Germany announced 200 million euros of aid for Syria.",
    expect: ["AGREE DEU>SYR"],
    exact: true,
  },
  { text: "The budget for 2026 includes 10 million dollars in aid.", expect: [], exact: true },
]);

runGoldenCases("prisoner swaps and handovers", [
  { text: "Kyiv is open to a prisoner exchange.", expect: ["AGREE UKR>-"], exact: true },
  {
    text: "Moscow is ready for an exchange of prisoners with Kyiv.",
    expect: ["AGREE RUS>UKR"],
    exact: true,
  },
  {
    text: "Pakistan handed over the Indian pilot to New Delhi.",
    expect: ["RETREAT PAK>IND"],
    exact: true,
  },
  {
    text: "Pakistan handed the Indian pilot over to India at the Wagah border.",
    expect: ["RETREAT PAK>IND"],
    exact: true,
  },
  { text: "The pilot released the landing gear.", expect: [], exact: true },
]);
