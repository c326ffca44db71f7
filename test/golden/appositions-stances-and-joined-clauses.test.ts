/**
 * Golden sentences on a state's possessive inside an apposition ("China, the North's main ally,
 * called …"), stances held for years ("has long condemned"), a subject "it" opening a clause joined
 * by ", and", a date that opens such a clause, an act answered ("in response to the killing"), and
 * a violation of several resolutions: the ally is
 * the subject; a long-held stance is background; "it" goes on being the first clause's subject; the
 * date is the second clause's alone; the rules broken name no one acted on. Our own sentences, not
 * the gold sets.
 */
import { describe, expect, it } from "vitest";
import { type Golden, runGoldenCases } from "./golden-runner.js";
import { createCoder } from "../../src/index.js";

const cases: readonly Golden[] = [
  {
    text: "North Korea fired two missiles on Monday. China, the North's main ally, called on all parties to exercise restraint.",
    expect: ["REQUEST CHN>-"],
    absent: ["REQUEST PRK>-"],
  },
  // A stance held for years is background.
  {
    text: "Pyongyang has long condemned the allied drills as rehearsals for invasion.",
    expect: ["~ACCUSE PRK>-"],
    exact: true,
  },
  {
    text: "Washington has long accused Beijing of unfair trade practices.",
    expect: ["~ACCUSE USA>CHN"],
    exact: true,
  },
  // A subject "it" after ", and" goes on being the first clause's subject.
  {
    text: "China has long opposed arms sales to Taiwan, and on Monday it sanctioned three US defence firms.",
    expect: ["SANCTION CHN>USA"],
    absent: ["SANCTION TWN>USA"],
  },
  {
    text: "Russia criticised the Baltic states, and it warned Estonia of consequences.",
    expect: ["THREATEN RUS>EST"],
  },
  // An act answered or followed is background: its place is in its own phrase, not the sentence's.
  {
    text: "Hezbollah fired dozens of rockets at northern Israel in response to the killing of one of its commanders.",
    expect: ["ASSAULT LBN>ISR"],
    exact: true,
  },
  {
    text: "Hezbollah fired dozens of rockets at northern Israel after the killing of one of its commanders.",
    expect: ["ASSAULT LBN>ISR"],
    exact: true,
  },
  // A clause joined by ", and" has its own subject, not the place before the comma.
  {
    text: "Hezbollah fired rockets at northern Israel, and the group's leader warned of more attacks.",
    expect: ["ASSAULT LBN>ISR", "THREATEN LBN>-"],
    absent: ["THREATEN ISR>-"],
  },
  // A bare plural after "after" is its own clause's subject.
  {
    text: "Lithuania closed two border crossings with Belarus after balloons carrying cigarettes entered its airspace.",
    expect: ["ASSAULT LTU>BLR"],
    exact: true,
  },
  // The rules a launch broke name no one acted on.
  {
    text: "The U.S. State Department called the launches a violation of multiple UN Security Council resolutions.",
    expect: ["ACCUSE USA>-"],
    absent: ["ACCUSE USA>IGO"],
  },
];

runGoldenCases("appositions, long-held stances and joined clauses", cases);

describe("a date opening a clause joined by ', and'", () => {
  const coder = createCoder();
  const dated = (text: string) =>
    coder.code({ text, date: "2025-06-12" }).events.map((e) => `${e.cameo} ${e.date}`);
  it("dates the joined clause, not the one before it", () => {
    expect(dated("Israel struck targets in Gaza, and on Tuesday Hamas fired rockets at Tel Aviv.")).toEqual([
      "190 2025-06-12",
      "195 2025-06-10",
    ]);
  });
  it("still dates a clause whose own date closes it", () => {
    expect(dated("Israel struck targets in Gaza, and Hamas fired rockets at Tel Aviv on Tuesday.")).toContain(
      "195 2025-06-10",
    );
  });
});
