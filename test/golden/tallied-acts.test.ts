/**
 * Golden sentences of acts counted over years ("six nuclear tests since 2006"), which are background
 * like any past act, and of fire aimed from one place into another. Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "North Korea has conducted six nuclear tests since 2006.",
    expect: ["~MOBILIZE PRK>-"],
    exact: true,
  },
  {
    text: "India and Pakistan have fought three wars since independence in 1947.",
    expect: ["~ASSAULT IND>PAK", "~ASSAULT PAK>IND"],
    exact: true,
  },
  {
    text: "Israel has carried out dozens of air strikes in Syria in recent years.",
    expect: ["~ASSAULT ISR>SYR"],
    exact: true,
  },
  // A verb's counted victims over years are a toll, background as a tally of acts is.
  {
    text: "The war has killed tens of thousands of people since April 2023, according to the UN.",
    expect: [],
    exact: true,
  },
  {
    text: "Israeli strikes on Gaza have killed more than 40,000 people since October 2023.",
    date: "2025-01-20",
    expect: ["~ASSAULT ISR>PSE"],
    exact: true,
  },
  { text: "Russia has detained hundreds of protesters since 2022.", expect: ["~COERCE RUS>RUS"] },
  // Counted acts of this week, and spans ahead, are news.
  { text: "Israeli strikes killed at least 300 people since Monday.", expect: ["ASSAULT ISR>-"] },
  { text: "Russia has fired dozens of missiles at Kyiv since Monday.", expect: ["ASSAULT RUS>UKR"] },
  {
    text: "Finland will give Tanzania a grant over the next three years to finance several projects.",
    expect: ["AID FIN>TZA"],
  },
  { text: "Iraq and Iran fought a war from 1980 to 1988.", expect: ["~ASSAULT IRQ>IRN", "~ASSAULT IRN>IRQ"] },
  // The place fire came from is its origin, not its target.
  {
    text: "Palestinian militants fired rockets from Gaza into southern Israel.",
    expect: ["ASSAULT PSE>ISR"],
    exact: true,
  },
  {
    text: "Houthi rebels launched drones from Yemen at Saudi oil facilities.",
    expect: ["ASSAULT YEM>SAU"],
    exact: true,
  },
  { text: "Rockets were fired from Gaza into southern Israel.", expect: ["ASSAULT PSE>ISR"], exact: true },
];

runGoldenCases("golden sentences: tallies over years and fire from one place into another", cases);
