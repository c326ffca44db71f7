/**
 * Golden CAMEO codes for coercion, cuts and ground taken in wire prose: suspending a foreign
 * broadcaster restricts freedoms (1721), it eases nothing; halting gas deliveries cuts material
 * supply, as cut exports do (163); recapturing a palace or headquarters takes ground (192). Our own sentences.
 */
import { describe, expect, it } from "vitest";
import { cameoCodes } from "./golden-runner.js";

describe("golden CAMEO codes: coercion and cuts", () => {
  const codes = cameoCodes();

  it("codes a broadcaster suspended as a restriction, a ban lifted as an easing", () => {
    expect(codes("Burkina Faso suspended broadcasts of French media.")).toEqual(["1721 BFA>FRA"]);
    expect(codes("Ethiopia restored internet access in Tigray.")[0]).toMatch(/^0811 ETH/);
  });

  it("codes energy deliveries halted as a cut in supply", () => {
    expect(codes("Azerbaijan halted gas deliveries to Armenia.")).toEqual(["163 AZE>ARM"]);
  });

  it("codes troops or an organisation forced out as expelled, not deported", () => {
    expect(codes("Burkina Faso forced French troops out of its territory.")).toEqual(["166 BFA>FRA"]);
    expect(codes("Nicaragua kicked the Red Cross out of the country.")).toEqual(["166 NIC>"]);
  });

  it("codes people held as human shields with the people as the target", () => {
    expect(codes("Russian troops held Ukrainian villagers as human shields.")).toEqual(["184 RUS>UKR"]);
  });

  it("codes a recaptured palace as ground taken", () => {
    expect(codes("Sudan's army recaptured the presidential palace in Khartoum.")[0]).toMatch(/^192 SDN/);
  });

  it("codes control or enforcement measures taken against another's vessels as coercion", () => {
    expect(
      codes("The Chinese coast guard said it had taken control measures against Philippine vessels."),
    ).toContain("170 CHN>PHL");
    expect(codes("Vietnam took enforcement action against Chinese fishing boats.")).toEqual(["170 VNM>CHN"]);
  });

  it("codes a building stormed by a state's police or troops as a raid, and by a crowd as a riot", () => {
    expect(codes("Ecuadorian police stormed the Mexican embassy in Quito.")).toEqual(["170 ECU>MEX"]);
    expect(codes("Protesters stormed the Swedish embassy in Baghdad.")).toEqual(["145 IRQ>SWE"]);
  });
});
