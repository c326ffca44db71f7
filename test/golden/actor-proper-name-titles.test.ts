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
  // A place noun inside another name in the phrase names no place: "Wall Street" is the outlet's.
  {
    text: "Police detained Wall Street Journal reporter Evan Gershkovich in Yekaterinburg.",
    date: "2025-06-12",
    expect: ["COERCE RUS>USA"],
  },
  // People "at" a state's body are that state's.
  {
    text: "Diplomats at the Russian embassy refused to accept a protest note from Britain.",
    date: "2025-06-12",
    expect: ["REJECT RUS>GBR"],
  },
  {
    text: "Officials at the Chinese consulate in Houston refused to accept the closure order from Washington.",
    date: "2025-06-12",
    expect: ["REJECT CHN>USA"],
  },
];

runGoldenCases("titles inside proper names", cases);
