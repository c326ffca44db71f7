import { describe, expect, it } from "vitest";
import { createCoder } from "../../src/index.js";

const coder = createCoder();
const code = (text: string) => coder.code({ text, date: "2025-11-24" }).events;
const brief = (text: string) =>
  code(text).map(
    (e) =>
      `${e.event} ${e.source.map((a) => a.country).join(",")}>${e.target.map((a) => a.country).join(",")} ${e.attribution.status}${e.historical ? " hist" : ""}`,
  );

describe("applyStatusFrames: which earlier event a later frame bears on", () => {
  it("reads the object's head before a closing stop ('Kyiv confirmed the exchange.')", () => {
    const events = brief(
      "Russia said it had exchanged 150 prisoners with Ukraine and shot down 20 drones. Kyiv confirmed the exchange.",
    );
    expect(events).toContain("RETREAT RUS>UKR confirmed");
    expect(events.filter((e) => e.startsWith("ASSAULT"))).toEqual(["ASSAULT RUS> asserted"]);
  });

  it("leaves an act as told when the silence is on a figure, and bears silence on the strikes on them", () => {
    expect(
      brief(
        "The Israeli army said it had killed a Hamas commander in an airstrike on Gaza City. Hamas said the strike killed 12 civilians. " +
          "The Israeli military did not comment on the civilian toll.",
      ),
    ).toEqual(["ASSAULT ISR>PSE asserted"]);
    expect(
      brief(
        "Russian forces shelled Kharkiv overnight, Ukrainian officials said. The Kremlin did not comment on the strikes.",
      ),
    ).toEqual(["ASSAULT RUS>UKR unconfirmed"]);
  });

  it("bears a denied accusation on the accused's own act, not on the accuser's", () => {
    expect(brief("Hamas accused Israel of shelling a school. Israel denied the accusation.")).toEqual([
      "ACCUSE PSE>ISR asserted",
    ]);
    expect(
      brief(
        'Ethiopia accused Eritrea of arming rebels. Eritrea\'s information minister dismissed the allegation as "a fabrication".',
      ),
    ).toEqual(["ACCUSE ETH>ERI asserted"]);
    const warning = brief(
      "China's coast guard warned Manila to stop its provocations. The Philippine coast guard denied the accusation.",
    );
    expect(warning).toEqual(["THREATEN CHN>PHL asserted"]);
  });

  it("leaves an act told before a standing denial undenied, and the denied act background", () => {
    const events = brief(
      "The army accused the paramilitary Rapid Support Forces of killing 60 civilians in an attack on Kernoi. " +
        "The RSF has previously denied targeting civilians.",
    );
    expect(events.some((e) => e.includes(" denied") && !e.endsWith("hist"))).toBe(false);
    expect(brief("Rwanda has consistently denied backing the M23 rebels.")).toEqual([
      "SUPPORT RWA>COD denied hist",
    ]);
    expect(brief("Rwanda denied backing the M23 rebels.")).toEqual(["SUPPORT RWA>COD denied"]);
  });
});

describe("claim appositions: '…, a charge Kabul denies'", () => {
  it("judges the charge's content, not the accusation, and nothing told before", () => {
    expect(brief("Pakistan accuses the Taliban of sheltering militants, a charge Kabul denies.")).toEqual([
      "ACCUSE PAK>AFG asserted",
    ]);
    expect(
      brief(
        "Russian forces shelled Kherson on Monday. Ukraine accused Russia of war crimes, a charge Moscow rejected.",
      ),
    ).toEqual(["ASSAULT RUS>UKR asserted", "ACCUSE UKR>RUS asserted"]);
  });

  it("still denies a claimed act", () => {
    expect(brief("Russia said its forces had captured the village, a claim Kyiv denied.")).toEqual([
      "ASSAULT RUS> denied",
    ]);
  });
});
