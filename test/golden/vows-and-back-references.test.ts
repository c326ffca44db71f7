/**
 * Golden sentences on vows and warnings, descriptions of a group as the one charged, and mentions
 * with no source that only refer back: a vow to destroy an enemy threatens it, a warning to a
 * state's own citizens to take care does not; "the group" after "accused … of" stands for the armed
 * group named before; a sourceless mention in a lede does not join an event reported only later.
 * Our own sentences, not the gold sets.
 */
import { describe, expect, it } from "vitest";
import { createCoder } from "../../src/index.js";
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  { text: "Netanyahu vowed to destroy Hamas.", expect: ["THREATEN ISR>PSE"], exact: true },
  { text: "The junta vowed to crush the rebels in Myanmar.", expect: ["THREATEN MMR>MMR"], exact: true },
  { text: "Biden vowed to support Ukraine for as long as it takes.", expect: ["AGREE USA>UKR"], exact: true },
  { text: "China vowed to strengthen cooperation with Pakistan.", expect: ["AGREE CHN>PAK"], exact: true },
  { text: "Israel vowed to retaliate against Iran.", expect: ["THREATEN ISR>IRN"], exact: true },
  // A vow to go on until an enemy is destroyed threatens the enemy; a leader threatens no state of his own.
  {
    text: "Netanyahu vowed to press on until Hamas is destroyed.",
    expect: ["THREATEN ISR>PSE"],
    exact: true,
  },
  {
    text: "Zelensky vowed to keep fighting until Ukraine wins.",
    expect: ["THREATEN UKR>-"],
    absent: ["THREATEN UKR>UKR"],
  },
  {
    text: "The Israeli military said it struck Hamas militants and infrastructure, and accused the group of hiding among civilians.",
    date: "2025-06-10",
    expect: ["ASSAULT ISR>PSE", "ACCUSE ISR>PSE"],
    exact: true,
  },
  // A state's warning to its own people advises, unless it warns of what it will do.
  { text: "The Japanese embassy in Beijing warned citizens to be vigilant.", expect: [], exact: true },
  {
    text: "Myanmar's junta warned citizens that protests would be crushed.",
    expect: ["THREATEN MMR>MMR"],
    exact: true,
  },
  // A mediator is a third party, not of the place the sentence names.
  {
    text: "Israeli airstrikes killed 30 people in Gaza, as mediators pressed Israel and Hamas to agree to a ceasefire.",
    expect: ["ASSAULT ISR>PSE"],
    exact: true,
    absent: ["REQUEST PSE>ISR"],
  },
];

runGoldenCases("golden sentences: vows, groups charged and mediators", cases);

describe("golden articles: mentions with no source refer back", () => {
  it("a sourceless demand in the lede does not join a later named demand", () => {
    const text =
      "Israeli airstrikes killed at least 30 people in Gaza overnight, as mediators pressed Israel and Hamas to agree to a new ceasefire. " +
      "Egypt's foreign minister met his Qatari counterpart in Cairo on Monday. " +
      "The United Nations called on Israel to open more crossings.";
    const events = createCoder().code({ text, date: "2025-06-10" }).events;
    const demand = events.find((e) => e.event === "REQUEST");
    expect(demand?.source.map((a) => a.code)).toEqual(["IGOUNO"]);
    expect(demand?.mentions.map((m) => m.sentence)).toEqual([2]);
  });
});
