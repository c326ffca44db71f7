/**
 * Golden CAMEO codes for force told by its weapon and its toll: shelling and artillery fire are
 * fighting with artillery (194), air strikes, drones and missiles aerial weapons (195), sniper fire
 * small arms (193), whether the weapon is the verb, the subject of "killed" or the agent of a
 * passive; ", killing two civilians" is the toll of the attack before the comma, not an act of its
 * own. Our own sentences, not the gold sets.
 */
import { describe, expect, it } from "vitest";
import { cameoCodes } from "./golden-runner.js";

describe("golden CAMEO codes: weapons and tolls", () => {
  const codes = cameoCodes();

  it("keeps the weapon of an attack whose toll follows a comma", () => {
    expect(codes("Russian forces shelled Kherson, killing two civilians.")).toEqual(["194 RUS>UKR"]);
    expect(codes("Sudanese paramilitaries shelled El Fasher overnight, killing 12 civilians.")).toEqual([
      "194 SDN>SDN",
    ]);
    expect(codes("Israeli warplanes bombed southern Lebanon, killing four people.")).toEqual(["195 ISR>LBN"]);
  });

  it("reads the weapon that heads the subject of 'killed'", () => {
    expect(codes("Russian artillery fire killed three people in Kharkiv.")).toEqual(["194 RUS>UKR"]);
    expect(codes("An Israeli airstrike killed 20 people in Gaza.")).toEqual(["195 ISR>PSE"]);
    expect(codes("Russian missiles killed 12 people in Kyiv.")).toEqual(["195 RUS>UKR"]);
    expect(codes("Russian shelling has killed at least 30 civilians in the region this week.")[0]).toMatch(
      /^194 RUS/,
    );
  });

  it("reads the weapon in the agent of a passive killing", () => {
    expect(codes("A Ukrainian soldier was killed by Russian artillery fire.")).toEqual(["194 RUS>UKR"]);
    expect(codes("Three soldiers were wounded by Azerbaijani sniper fire.")[0]).toMatch(/^193 AZE/);
    expect(codes("Two civilians were killed in a Russian drone strike on Kherson.")).toEqual(["195 RUS>UKR"]);
  });

  it("codes artillery fired at a target as artillery, not as any weapon", () => {
    expect(codes("Azerbaijani forces fired artillery at Armenian positions.")).toEqual(["194 AZE>ARM"]);
    expect(codes("Azerbaijani forces fired mortars at Armenian positions.")).toEqual(["194 AZE>ARM"]);
  });

  it("reads the weapon an active attack is done in or with, or that heads its subject", () => {
    expect(
      codes("Israeli forces killed a senior Hamas commander in a drone strike in southern Lebanon.")[0],
    ).toMatch(/^195 ISR/);
    expect(codes("Ukrainian drones attacked an oil refinery in Russia's Krasnodar region.")).toEqual([
      "195 UKR>RUS",
    ]);
    expect(codes("Ukraine struck a Russian ammunition depot in Crimea with ATACMS missiles.")).toEqual([
      "195 UKR>RUS",
    ]);
  });

  it("takes a suicide bomber for a man, not an aircraft", () => {
    expect(codes("A suicide bomber killed 15 people at a market in Mogadishu.")[0]).not.toMatch(/^195/);
  });

  it("codes water cannon at a boat as force, at a crowd as repression, and neither as artillery", () => {
    expect(codes("Chinese coast guard vessels fired water cannon at a Philippine supply boat.")).toEqual([
      "190 CHN>PHL",
    ]);
    expect(codes("Police fired water cannon at protesters in Tbilisi.")[0]).toMatch(/^175 GEO/);
    expect(
      codes(
        "The Philippines summoned a Chinese diplomat after a Chinese coast guard vessel fired water cannon at a Philippine supply boat.",
      ),
    ).toContain("190 CHN>PHL");
  });

  it("codes an exchange of artillery or rockets by its weapon, both ways", () => {
    expect(codes("Pakistan and India exchanged artillery fire across the Line of Control.").sort()).toEqual([
      "194 IND>PAK",
      "194 PAK>IND",
    ]);
  });

  it("reads 'a drone strike killed' as one killing, not a drone that struck", () => {
    expect(codes("A US drone strike killed an al-Qaeda leader in Kabul.")).toEqual(["195 USA>"]);
  });

  it("codes a flotilla intercepted as movement blocked", () => {
    expect(codes("Israel intercepted a Gaza-bound aid flotilla.")).toEqual(["191 ISR>PSE"]);
    expect(
      codes("Israeli air defences intercepted a missile fired from Yemen.").some((c) => c.startsWith("191")),
    ).toBe(false);
  });

  it("reads a killing named by its noun, its owner or agent the killer", () => {
    expect(codes("The US condemned Russia's killing of civilians in Bucha.")).toContain("190 RUS>UKR");
    expect(
      codes("The killing of an Iranian general by a US drone in Baghdad sparked fury in Tehran.")[0],
    ).toMatch(/^195 USA>IRN/);
  });

  it("codes missiles intercepted as their owner's aerial attack, and what was fired by its weapon", () => {
    expect(codes("Syrian air defences intercepted Israeli missiles over Damascus.")).toEqual(["195 ISR>SYR"]);
    expect(codes("Ukraine intercepted 40 Russian drones overnight.")).toEqual(["195 RUS>UKR"]);
    expect(codes("Israel intercepted a missile fired from Yemen.")).toEqual(["195 YEM>ISR"]);
    expect(codes("Rockets were fired from Lebanon at northern Israel.")).toEqual(["195 LBN>ISR"]);
    expect(codes("Hezbollah fired rockets from southern Lebanon at Israel.")).toEqual(["195 LBN>ISR"]);
    expect(codes("Mortar rounds fired from Gaza hit an Israeli kibbutz.")).toEqual(["194 PSE>ISR"]);
  });

  it("leaves a killing with no weapon named as force of no kind", () => {
    expect(codes("Gunmen killed five soldiers in northern Mali.")[0]).not.toMatch(/^19[345]/);
    expect(codes("Israel struck Gaza, killing 20 people.")).toEqual(["190 ISR>PSE"]);
  });
});
