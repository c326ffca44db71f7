/**
 * Golden CAMEO codes for threats and demands in wire prose: a threat to launch a nuclear strike is
 * a threatened nuclear attack (1385), not a labour strike threatened (133), which needs "to strike"
 * itself; a call to return deported children demands their release (1053), a call to return to the
 * negotiating table demands talks (106); "could strike decision-making centres" is force, not the
 * criticism of a decision. Our own sentences, not the gold sets.
 */
import { describe, expect, it } from "vitest";
import { cameoCodes } from "./golden-runner.js";

describe("golden CAMEO codes: threats and demands", () => {
  const codes = cameoCodes();

  it("tells a nuclear strike threatened from a labour strike", () => {
    expect(codes("North Korea threatened to launch a nuclear strike against South Korea.")).toEqual([
      "1385 PRK>KOR",
    ]);
    expect(codes("Nurses in Britain threatened to strike over pay.")[0]).toMatch(/^133 GBR/);
  });

  it("reads what a call to return asks for", () => {
    expect(codes("Ukraine called on Russia to return deported children.")).toEqual(["1053 UKR>RUS"]);
    expect(codes("Ukraine urged Russia to return to the negotiating table.")).toEqual(["106 UKR>RUS"]);
    expect(codes("France called on Iran to return to talks.")).toEqual(["106 FRA>IRN"]);
  });

  it("codes a demand for troops withdrawn or fighting halted as a demand to de-escalate", () => {
    expect(
      codes("Kyiv demanded the immediate withdrawal of Russian troops from the Zaporizhzhia plant."),
    ).toEqual(["1056 UKR>RUS"]);
    expect(
      codes("The Security Council called for an immediate halt to the fighting in El Fasher.")[0],
    ).toMatch(/^1056 /);
  });

  it("reads 'its seized tanker' as a tanker described, no seizure", () => {
    expect(codes("Iran demanded the release of its seized tanker.")).toEqual(["1053 IRN>"]);
  });

  it("reads a hyphenated compound to its head before calling an attack's object an idea", () => {
    const found = codes("Putin warned the West that Russia could strike Ukrainian decision-making centres.");
    expect(found.some((c) => c.startsWith("111"))).toBe(false);
  });
});
