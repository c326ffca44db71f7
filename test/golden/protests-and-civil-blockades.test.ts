/**
 * Golden CAMEO codes for protest in wire prose: a blockade by truckers or farmers obstructs passage
 * (144) where a state's or armed group's blockade restricts movement by force (191); rubber bullets
 * or tear gas fired at protesters are repression (175), not small-arms fire; a protest note handed
 * to a diplomat is an official complaint (114), no letter. Our own sentences, not the gold sets.
 */
import { describe, expect, it } from "vitest";
import { cameoCodes } from "./golden-runner.js";

describe("golden CAMEO codes: protests and civil blockades", () => {
  const codes = cameoCodes();

  it("codes a civil blockade as obstruction, a state's as a blockade", () => {
    expect(codes("Polish truckers blockaded border crossings with Ukraine.")).toEqual(["144 POL>UKR"]);
    expect(codes("Israel blockaded Gaza.")).toEqual(["191 ISR>PSE"]);
    expect(codes("Houthi rebels blockaded the port of Hodeidah.")[0]).toMatch(/^191 YEM/);
  });

  it("codes rubber bullets fired at protesters as repression", () => {
    expect(codes("Riot police fired rubber bullets at protesters in Jakarta.")).toEqual(["175 IDN>IDN"]);
  });

  it("keeps a strike staged with a participle after it as a strike", () => {
    expect(codes("Dock workers in Chile staged a strike demanding better pay.")).toContain("143 CHL>CHL");
  });

  it("codes a protest note handed over as an official complaint", () => {
    expect(codes("Warsaw handed a protest note to the Russian charge d'affaires.")).toEqual(["114 POL>RUS"]);
  });
});
