/**
 * Golden sentences where keeping harm open is the act: a state that will not rule out force
 * threatens it, while one that rules it out rejects it. Our own sentences, not the gold sets.
 */
import { describe, expect, it } from "vitest";
import { cameoCodes, type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "Iran will not rule out the use of force, its defence minister said on Monday.",
    expect: ["THREATEN IRN>-"],
    exact: true,
  },
  {
    text: "Turkey refused to rule out military action against Kurdish fighters in Syria.",
    expect: ["THREATEN TUR>SYR"],
    exact: true,
  },
  {
    text: "China would not exclude the use of force against Taiwan, a spokesman said.",
    expect: ["THREATEN CHN>TWN"],
    exact: true,
  },
  {
    text: "The European Union did not rule out new sanctions against Russia.",
    expect: ["THREATEN IGO>RUS"],
    exact: true,
  },
  {
    // Ruling force out is still a rejection.
    text: "France ruled out military action against Niger.",
    expect: ["REJECT FRA>NER"],
    exact: true,
  },
  {
    // Keeping cooperation open threatens no one.
    text: "Japan did not rule out military cooperation with the Philippines.",
    expect: ["!REJECT JPN>PHL"],
    exact: true,
  },
];

runGoldenCases("golden sentences: options kept open", cases);

describe("golden CAMEO codes: options kept open", () => {
  const codes = cameoCodes();

  it("codes force not ruled out as a threat of force, and sanctions as a threat of sanctions", () => {
    expect(codes("Israel has not ruled out a strike on Iranian nuclear sites.")).toEqual(["138 ISR>IRN"]);
    expect(codes("Beijing has never ruled out using force to bring Taiwan under its control.")).toEqual([
      "138 CHN>TWN",
    ]);
    expect(codes("Washington did not rule out tariffs on Chinese electric cars.")).toEqual(["1312 USA>CHN"]);
    expect(codes("Pakistan refused to rule out retaliation against India.")).toEqual(["130 PAK>IND"]);
    expect(codes("Washington kept all options on the table in its dispute with Tehran.")).toEqual([
      "130 USA>IRN",
    ]);
    expect(codes("Israel is keeping the military option open against Iran.")).toEqual(["138 ISR>IRN"]);
    expect(codes("Moscow has refused to rule out the possibility of a nuclear strike.")).toEqual([
      "1385 RUS>",
    ]);
    expect(codes("Washington ruled out an invasion of Venezuela.")).toEqual(["120 USA>VEN"]);
  });
});
