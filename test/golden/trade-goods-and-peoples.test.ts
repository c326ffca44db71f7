/**
 * Golden sentences on trade measures aimed through a state's goods, essentials cut off to a
 * people, and a people acting against its own government: "tariffs on Australian wine" bear on
 * Australia, though "Australian wine" alone names no actor; "Serbs" are the people, not the state,
 * and may protest against their own government. Also a pact named after a city ("the Paris
 * climate agreement") and shuttle diplomacy resumed. Our own sentences, not the gold sets.
 */
import { describe, expect, it } from "vitest";
import { cameoCodes, type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  // Goods named by a demonym, after a trade measure.
  { text: "China imposed tariffs on Australian wine.", expect: ["SANCTION CHN>AUS"], exact: true },
  { text: "Russia banned imports of Georgian wine.", expect: ["SANCTION RUS>GEO"], exact: true },
  {
    text: "Beijing imposed anti-dumping duties on Australian barley.",
    expect: ["SANCTION CHN>AUS"],
    exact: true,
  },
  { text: "Moscow slapped quotas on Moldovan wines.", expect: ["SANCTION RUS>MDA"], exact: true },
  // The same goods with no measure name no actor.
  { text: "Australian wine sold well in China last year.", expect: [], exact: true },
  { text: "The Spanish flu killed millions of people.", expect: [], exact: true },
  // Essentials cut off.
  { text: "Israel cut off electricity to Gaza on Monday.", expect: ["SANCTION ISR>PSE"], exact: true },
  { text: "Russia cut off gas to Moldova.", expect: ["SANCTION RUS>MDA"], exact: true },
  { text: "Storms cut power to 10,000 homes in Texas.", expect: [], exact: true },
  // A people against its own government.
  {
    text: "Thousands of Serbs protested against the government in Belgrade on Saturday.",
    expect: ["PROTEST SRB>SRB"],
    exact: true,
  },
  {
    text: "Iraqis demonstrated against the government over power cuts.",
    expect: ["PROTEST IRQ>IRQ"],
    exact: true,
  },
  {
    text: "Tens of thousands of Georgians rallied against the government.",
    expect: ["PROTEST GEO>GEO"],
    exact: true,
  },
  // A pact named after a city is no act on the city's state.
  {
    text: "The United States withdrew from the Paris climate agreement.",
    expect: ["REJECT USA>-"],
    exact: true,
    absent: ["REJECT USA>FRA"],
  },
  {
    text: "Seoul and Tokyo resumed their shuttle diplomacy.",
    expect: ["SUPPORT KOR>JPN", "SUPPORT JPN>KOR"],
    exact: true,
  },
  // The state named alone still aims nothing at itself.
  { text: "Egypt called for restraint.", expect: ["REQUEST EGY>-"], exact: true },
];

runGoldenCases("golden sentences: trade goods, essentials cut off and peoples", cases);

describe("golden sentences: the codes of goods and essentials", () => {
  const codes = cameoCodes("2025-06-12");
  it("a tariff on goods is a sanction on the state they come from", () => {
    expect(codes("China imposed tariffs on Australian wine.")).toContain("163 CHN>AUS");
  });
  it("power cut off to a people is stopped material support", () => {
    expect(codes("Israel cut off electricity to Gaza on Monday.")).toContain("162 ISR>PSE");
  });
  it("a people's protest against its government reaches the government", () => {
    expect(codes("Iranians protested against the government in Tehran.")).toContain("1414 IRN>IRN");
  });
});
