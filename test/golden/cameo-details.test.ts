/**
 * Golden CAMEO codes: whole sentences through the bundled coder where the PLOVER type alone would
 * not show a wrong code (a call for a leader to go and any other appeal are both REQUEST).
 */
import { describe, expect, it } from "vitest";
import { cameoCodes } from "./golden-runner.js";

describe("golden CAMEO codes", () => {
  const codes = cameoCodes();

  it("reads 'urged its citizens to leave' as no call for a leader to go", () => {
    expect(
      codes("Germany urged its citizens to leave Lebanon immediately.").some((c) => c.startsWith("1041")),
    ).toBe(false);
    expect(codes("France urged Assad to leave power.")).toContain("1041 FRA>SYR");
  });

  it("codes recalling a high commissioner as recalling an ambassador", () => {
    expect(codes("Pakistan recalled its high commissioner from New Delhi.")).toContain("161 PAK>IND");
  });

  it("codes troops that traded fire as exchanging small-arms fire", () => {
    expect(codes("Pakistani troops and Indian forces traded fire across the Line of Control.")).toContain(
      "193 PAK>IND",
    );
  });

  it("codes a state that protests as complaining officially", () => {
    expect(codes("The Netherlands protested against Turkey's decision.")).toContain("114 NLD>TUR");
  });

  it("codes rebels that capture a capital as taking ground, and a captured person as captured", () => {
    expect(codes("Northern Alliance forces captured Kabul.")).toContain("192 AFG>AFG");
    expect(codes("Seleka rebels seized Bangui.")).toContain("192 CAF>CAF");
    expect(codes("US forces captured Saddam Hussein near Tikrit.").some((c) => c.startsWith("173"))).toBe(
      true,
    );
    expect(codes("Iran seized British sailors.").some((c) => c.startsWith("192"))).toBe(false);
  });
  it("codes aid resumed by its kind", () => {
    expect(codes("The United States resumed military aid to Egypt.")).toContain("072 USA>EGY");
    expect(codes("The EU resumed economic assistance to Niger.")).toContain("071 >NER");
  });
  it("codes returned ground, cut exports, a smaller diplomatic presence and budget support", () => {
    expect(codes("Armenia agreed to return four villages to Azerbaijan.")).toContain("0353 ARM>AZE");
    expect(codes("Israel handed over two villages to Lebanon.")).toContain("0842 ISR>LBN");
    // Villages returned to, with no one given them, are no property returned.
    expect(codes("Refugees returned to their villages near the Syrian border.")).toEqual([]);
    expect(codes("Russia slashed gas exports to Europe.")).toContain("163 RUS>");
    expect(codes("Poland reduced its diplomatic presence in Belarus.")).toContain("161 POL>BLR");
    expect(codes("The European Union halted budget support to Niger.")).toContain("1621 >NER");
    expect(codes("The World Bank will provide budget support to Ukraine.")).toContain("071 >UKR");
  });
  it("codes a lifted blockade as easing it and severed relations as broken diplomatic relations", () => {
    expect(codes("Azerbaijan lifted its blockade of the Lachin corridor.")).toEqual(["0872 AZE>"]);
    expect(codes("Mexico severed diplomatic relations with Ecuador after the raid.")).toContain(
      "161 MEX>ECU",
    );
  });
  it("codes pushbacks and stripped citizenship as expulsions, and readiness for trade as no force posture", () => {
    expect(codes("Greek authorities pushed back migrants to Turkey.")).toEqual(["174 GRC>TUR"]);
    expect(codes("Nicaragua stripped 94 critics of their citizenship.")).toContain("174 NIC>NIC");
    expect(codes("Russia is ready to resume gas supplies to Europe, the Kremlin said.")).toEqual([]);
    expect(codes("Israel is preparing to launch a ground offensive in Rafah.")).toContain("150 ISR>PSE");
  });
  it("codes refugees hosted as asylum, not a visit hosted", () => {
    expect(codes("The Pope praised Jordan for hosting Syrian refugees.")).toContain("075 JOR>SYR");
    expect(codes("Egypt hosted the Sudanese delegation.")).toEqual(["043 EGY>SDN"]);
  });
  it("codes a threat to strike a state as a threat of attack, and one to go on strike as a threat of protest", () => {
    expect(codes("Israel threatened to strike Iran's nuclear facilities.")).toEqual(["1384 ISR>IRN"]);
    expect(codes("Kenyan doctors threatened to go on strike over unpaid wages.")).toEqual(["133 KEN>KEN"]);
  });
  it("codes blocking a supply mission or an aid convoy as a blockade, by the state whose craft block it", () => {
    expect(
      codes("Chinese coast guard vessels blocked a Philippine supply mission to the Second Thomas Shoal."),
    ).toEqual(["191 CHN>PHL"]);
    expect(codes("Israeli forces blocked an aid convoy from entering northern Gaza.")).toEqual([
      "191 ISR>PSE",
    ]);
  });
  it("codes ratifying or approving another state's accession as endorsing it", () => {
    expect(codes("Turkey's parliament ratified Sweden's accession to NATO.")).toEqual(["051 TUR>SWE"]);
    expect(codes("Hungary approved Finland's membership bid.")).toEqual(["051 HUN>FIN"]);
  });
  it("codes condolences or an apology offered as expressed, not intended", () => {
    const withModality = cameoCodes("2024-05-15", true);
    expect(withModality("Seoul offered condolences to Tokyo after the earthquake.")).toEqual([
      "018 KOR>JPN actual",
    ]);
    expect(withModality("Japan offered an apology to South Korea for wartime abuses.")).toEqual([
      "055 JPN>KOR actual",
    ]);
  });
  it("codes a seized ship with no owner named as a confiscation aimed at no one, not at the seizer's state", () => {
    expect(codes("Houthi rebels seized a cargo ship in the Red Sea.")).toEqual(["1711 YEM>"]);
    expect(codes("Iran seized a Greek oil tanker in the Gulf of Oman.")).toEqual(["1711 IRN>GRC"]);
    // A vessel or a drone captured is property seized; soldiers captured are arrested.
    expect(codes("Venezuelan troops captured a Guyanese fishing boat.")).toEqual(["1711 VEN>GUY"]);
    expect(codes("Russian forces captured two Ukrainian soldiers.")).toEqual(["173 RUS>UKR"]);
  });
  it("codes talks a third state mediated as its mediation, not as its own talks with each side", () => {
    // The two sides held the talks it mediated.
    expect(codes("The United States mediated talks between India and Pakistan.").sort()).toEqual([
      "040 IND>PAK",
      "040 PAK>IND",
      "045 USA>IND",
      "045 USA>PAK",
    ]);
  });
});
