/**
 * Golden sentences on acts that analysts foresee: "Analysts say Russia will withdraw its troops" is
 * a forecast, not Russia's declared intent, while Russia saying so declares it. Our own sentences,
 * not the gold sets.
 */
import { describe, expect, it } from "vitest";
import { cameoCodes, type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  { text: "Analysts say Russia will withdraw its troops.", expect: ["?RETREAT RUS>-"], exact: true },
  { text: "Russia says it will withdraw its troops.", expect: ["AGREE RUS>-"] },
];

runGoldenCases("golden sentences: foreseen acts", cases);

describe("acts told with 'be to'", () => {
  const codes = cameoCodes("2024-05-15", true);

  it("reads 'is to' before a verb as a planned act, not a passive or a done one", () => {
    expect(codes("Erdogan is to visit Iraq.")).toEqual(["042 TUR>IRQ intended"]);
    expect(codes("Modi is to meet Putin in Moscow.")).toEqual(["040 IND>RUS intended"]);
  });
});
