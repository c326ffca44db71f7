/**
 * Golden sentences on title nouns inside proper names: "the Galaxy Leader" is a ship, no leader of
 * any state; "the Imam Khomeini airport" and "Prince Sultan Air Base" are places; titles before a
 * personal name stay titles. Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "Houthi rebels fired missiles at the Galaxy Leader on Sunday.",
    date: "2024-01-14",
    expect: ["ASSAULT YEM>-"],
    absent: ["ASSAULT YEM>YEM"],
  },
  {
    text: "Senate Majority Leader John Thune criticised the Chinese government.",
    date: "2025-06-12",
    expect: ["ACCUSE USA>CHN"],
    exact: true,
  },
  {
    text: "Iranian Supreme Leader Ali Khamenei accused Israel of war crimes.",
    date: "2025-06-12",
    expect: ["ACCUSE IRN>ISR"],
    exact: true,
  },
  // A person's name or a title that names a place is no actor.
  {
    text: "Israeli jets struck the Imam Khomeini airport.",
    date: "2025-06-12",
    expect: ["ASSAULT ISR>-"],
    absent: ["ASSAULT ISR>IRN"],
  },
  {
    text: "Israeli jets struck Rafik Hariri International Airport.",
    date: "2025-06-12",
    expect: ["ASSAULT ISR>-"],
    absent: ["ASSAULT ISR>LBN"],
  },
  {
    // The attackers are not named; no US government attacked its own troops.
    text: "US troops at Prince Sultan Air Base were attacked.",
    date: "2025-06-12",
    expect: ["ASSAULT ->USA"],
    exact: true,
  },
  {
    text: "Kenyan President William Ruto visited the port of Mombasa.",
    date: "2025-06-12",
    expect: ["CONSULT KEN>-"],
  },
];

runGoldenCases("titles inside proper names", cases);
