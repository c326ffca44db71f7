/**
 * Golden sentences for occasions that did not take place ("Macron's visit to Algeria was
 * postponed") and for inspections, which are investigations only of something an actor owns ("the
 * IAEA inspected Iran's nuclear sites"), not a leader's tour of his own troops. Our own sentences.
 */
import { runGoldenCases } from "./golden-runner.js";

runGoldenCases("visits and meetings called off", [
  { text: "Macron's visit to Algeria was postponed.", expect: ["!CONSULT FRA>DZA"], exact: true },
  {
    text: "Lavrov's trip to Pyongyang has been delayed, the Kremlin said.",
    expect: ["!CONSULT RUS>PRK"],
    exact: true,
  },
  {
    text: "Xi's visit to Moscow was called off at the last minute.",
    expect: ["!CONSULT CHN>RUS"],
    exact: true,
  },
  {
    text: "The summit between Trump and Putin planned for Budapest was cancelled, the White House said.",
    expect: [],
    exact: true,
  },
  { text: "Macron's visit to Algeria was a success.", expect: ["CONSULT FRA>DZA"], exact: true },
  {
    text: "Macron's visit to Algeria, which was postponed last year, began on Monday.",
    expect: ["CONSULT FRA>DZA"],
    exact: true,
  },
]);

runGoldenCases("inspections", [
  { text: "The IAEA inspected Iran's nuclear sites on Monday.", expect: ["ACCUSE IGO>IRN"], exact: true },
  { text: "UN inspectors inspected Iran's Fordow facility.", expect: ["ACCUSE IGO>IRN"], exact: true },
  { text: "Kim inspected a new missile base, KCNA said.", expect: [], exact: true },
  { text: "Putin inspected Russian troops in Kursk.", expect: [], exact: true },
  { text: "Kim Jong Un inspected the Korean People's Army's artillery units.", expect: [], exact: true },
]);
