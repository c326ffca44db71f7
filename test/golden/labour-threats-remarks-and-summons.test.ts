/**
 * Golden sentences on words of force that are no force and on summons: unions threatening to
 * strike threaten a protest (133), a state threatening to strike another threatens an attack
 * (1384); "took a shot at" and "battled to save his reform" are no fighting; an envoy "summoned to
 * the Hungarian foreign ministry" is summoned by Hungary. Our own sentences, not the gold sets.
 */
import { expect, it } from "vitest";
import { cameoCodes, type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "Doctors in Kenya threatened to strike over unpaid wages.",
    expect: ["THREATEN KEN>KEN"],
    exact: true,
  },
  { text: "Iran threatened to strike US bases in the region.", expect: ["THREATEN IRN>USA"], exact: true },
  { text: "Brazil's Lula took a shot at the central bank.", expect: [], exact: true },
  { text: "Macron battled to save his pension reform.", expect: [], exact: true },
  {
    text: "Ukrainian troops battled to hold the town of Bakhmut.",
    expect: ["ASSAULT UKR>-"],
  },
  { text: "Gunmen shot at a police patrol in Kirkuk.", expect: ["ASSAULT IRQ>IRQ"], exact: true },
  {
    text: "Ukraine's ambassador was summoned to the Hungarian foreign ministry.",
    expect: ["ACCUSE HUN>UKR"],
    exact: true,
  },
  {
    text: "The Russian envoy was summoned to the German foreign office on Monday.",
    expect: ["ACCUSE DEU>RUS"],
    exact: true,
  },
];

runGoldenCases("golden sentences: labour threats, remarks and summons", cases);

const codes = cameoCodes();
it("codes a union's threat to strike as a threatened protest, a state's as a threatened attack", () => {
  expect(codes("Teachers' unions in Nigeria threatened to strike unless salaries are paid.")).toContain(
    "133 NGA>NGA",
  );
  expect(codes("Iran threatened to strike Israel if it attacked its nuclear facilities.")).toContain(
    "1384 IRN>ISR",
  );
});
