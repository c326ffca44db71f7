/**
 * Golden sentences where a name before an event noun is where the event was, or both of its sides:
 * "the Helsinki summit" was held in Helsinki by others, "the US-North Korea summit" had two parties.
 * Our own sentences, not the gold sets.
 */
import { describe, expect, it } from "vitest";
import { createCoder } from "../../src/index.js";
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "Officials said the Helsinki summit ended without a joint statement.",
    expect: [],
    exact: true,
  },
  {
    text: "Analysts said the Hanoi summit had achieved nothing.",
    expect: [],
    exact: true,
  },
  {
    text: "Kim said the US-North Korea summit had failed.",
    expect: ["CONSULT USA>PRK", "CONSULT PRK>USA"],
    exact: true,
  },
  {
    text: "Diplomats said the Russia-Ukraine summit in Istanbul had ended.",
    expect: ["CONSULT RUS>UKR", "CONSULT UKR>RUS"],
    exact: true,
  },
  {
    // A place right after the source says where the source is, not whom the act was aimed at.
    text: "Hamas leaders in Doha rejected the proposal.",
    expect: ["REJECT PSE>-"],
    exact: true,
  },
  {
    // With no target named, an act still falls on the place where it happened.
    text: "Serbia lifted a curfew in Montenegro.",
    expect: ["CONCEDE SRB>MNE"],
    exact: true,
  },
  {
    // A capital with a possessive is the government acting.
    text: "Moscow's offer of talks was rejected by Kyiv.",
    expect: ["REJECT UKR>RUS"],
  },
  {
    // Words spoken "at" a meeting's place fall on no one there.
    text: "Iran demanded sanctions relief at the Vienna talks.",
    expect: ["REQUEST IRN>-"],
    absent: ["REQUEST IRN>AUT"],
  },
];

runGoldenCases("golden sentences: venues and pairs before event nouns", cases);

describe("the location of an act", () => {
  const locations = (text: string, date: string) =>
    createCoder()
      .code({ text, date })
      .events.map((e) => e.location);

  it("is the capital that names a noun event", () => {
    expect(locations("Trump and Putin met at the Helsinki summit on Monday.", "2018-07-18")).toEqual([
      "Helsinki",
      "Helsinki",
    ]);
  });

  it("is never a pronoun, though the pronoun stands for a state", () => {
    const text = "North Korea fired two short-range ballistic missiles into the sea off its east coast.";
    expect(locations(text, "2025-03-10")).toEqual([null]);
  });
});
