/**
 * Golden sentences on denials in a relative clause ("Pakistan, which denies supporting
 * militants, …"), a status verb whose object is "it", a state's modifier shared by coordinated
 * weapons or forces ("Russian missiles and drones"), and forces pushing into a place. Our own
 * sentences, not the gold sets.
 */
import { describe, expect, it } from "vitest";
import { createCoder } from "../../src/index.js";
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  // The denied act is no reporter's act of the main clause, and the main clause's act stands.
  {
    text: "Rwanda, which denies backing the M23, called for talks.",
    expect: ["SUPPORT RWA>COD", "REQUEST RWA>-"],
    exact: true,
  },
  {
    text: "Pakistan, which denies supporting militants, said it was ready to cooperate with any investigation.",
    expect: ["SUPPORT PAK>PAK", "AGREE PAK>-"],
    exact: true,
  },
  // "Russian" serves "drones" too.
  {
    text: "Russian missiles and drones pounded Ukraine's energy grid overnight, leaving millions without power.",
    expect: ["ASSAULT RUS>UKR"],
    exact: true,
  },
  { text: "Russian missiles and drones pounded Kyiv.", expect: ["ASSAULT RUS>UKR"], exact: true },
  { text: "Israeli troops and tanks pushed into Rafah.", expect: ["ASSAULT ISR>PSE"], exact: true },
  { text: "Russian troops pushed deeper into the Donetsk region.", expect: ["ASSAULT RUS>UKR"], exact: true },
  { text: "The war pushed the economy into recession.", expect: [], exact: true },
  // A modifier does not cross to a noun with an owner of its own.
  {
    text: "Russian troops and Ukrainian forces clashed near Kupiansk.",
    expect: ["ASSAULT RUS>UKR", "ASSAULT UKR>RUS"],
    exact: true,
  },
];

runGoldenCases("relative denials and shared modifiers", cases);

describe("status verbs with a pronoun object and denials in a relative clause", () => {
  const coder = createCoder();
  const status = (text: string) =>
    coder.code({ text, date: "2025-06-12" }).events.map((e) => `${e.cameo} ${e.attribution?.status}`);

  it("reads 'declined to confirm it' as a withheld confirmation of the event before it", () => {
    expect(
      status(
        "State media reported that Kim Jong Un had received a letter from Trump, but the White House declined to confirm it.",
      ),
    ).toEqual(["040 unconfirmed"]);
    expect(
      status("Russia said its forces had captured the village of Andriivka. Ukraine denied it."),
    ).toEqual(["192 denied"]);
  });

  it("marks what a relative clause denies as denied", () => {
    expect(status("Rwanda, which denies backing the M23, called for talks.")).toEqual([
      "051 denied",
      "106 asserted",
    ]);
  });
});
