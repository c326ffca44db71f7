/**
 * Golden sentences on proposals, bans and what a ban keeps others from, the source's own things,
 * agreements ended, and a gap that stops at the first word its pattern needs: a ceasefire proposed
 * is an intent to de-escalate; sanctions proposed are not imposed; "proposed cutting aid" pledges no
 * aid; "banned tour groups from travelling to Japan" is no visit; "banned American investment in
 * Chinese firms" is aimed at the firms; "accused Moscow of deporting thousands of children" accuses
 * Moscow; a terrorist designation is a sanction. Our own sentences, not the gold sets.
 */
import { describe, expect, it } from "vitest";
import { cameoCodes, type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  // A ceasefire or a swap proposed is an intent, not an act done.
  { text: "Hamas proposed a ceasefire plan to Israel.", expect: ["AGREE PSE>ISR"], exact: true },
  { text: "Hamas submitted a new ceasefire proposal to Israel.", expect: ["AGREE PSE>ISR"], exact: true },
  {
    text: "Iran proposed a prisoner swap with the United States.",
    expect: ["AGREE IRN>USA"],
    exact: true,
    absent: ["RETREAT IRN>USA"],
  },
  // A verb of proposing before a gerund that undoes its object proposes the undoing.
  {
    text: "The European Commission proposed cutting aid to Niger.",
    expect: [],
    absent: ["AGREE IGO>NER"],
  },
  { text: "The US suggested holding talks with Iran.", expect: ["AGREE USA>IRN"], exact: true },
  // What a ban keeps someone from doing, no one did.
  {
    text: "Beijing stopped Chinese tourists from visiting Taiwan.",
    expect: [],
    exact: true,
  },
  {
    text: "Beijing banned Chinese tour groups from travelling to Japan.",
    expect: [],
    absent: ["CONSULT CHN>JPN"],
  },
  {
    text: "Russia prevented UN inspectors from visiting the plant.",
    expect: [],
    exact: true,
  },
  // The source's own country on what it acts on says whose thing it is, not whom the act is aimed at.
  {
    text: "Washington banned American investment in Chinese technology firms.",
    expect: ["SANCTION USA>CHN"],
    exact: true,
  },
  {
    text: "China restricted Chinese exports of rare earths to Japan.",
    expect: ["SANCTION CHN>JPN"],
    exact: true,
  },
  { text: "Modi reaffirmed India's support for Ukraine.", expect: ["SUPPORT IND>UKR"], exact: true },
  {
    text: "Modi reaffirmed India's support for a peaceful resolution.",
    expect: ["SUPPORT IND>-"],
    absent: ["SUPPORT IND>IND"],
  },
  { text: "Separatists shelled Ukrainian positions overnight.", expect: ["ASSAULT UKR>UKR"], exact: true },
  {
    text: "The US government arrested American citizens accused of spying for China.",
    expect: ["COERCE USA>USA"],
    exact: true,
  },
  // An agreement ended is one reneged on; a meeting that ended without one ended nothing.
  {
    text: "Mali's junta ended a peace agreement with separatist groups.",
    expect: ["REJECT MLI>MLI"],
    exact: true,
  },
  { text: "Russia ended the grain deal with Ukraine.", expect: ["REJECT RUS>UKR"], exact: true },
  { text: "The talks in Hanoi ended without an agreement.", expect: [], exact: true },
  { text: "The two sides ended the war with a peace agreement.", expect: [], absent: ["REJECT -"] },
  // A gerund object and its preposition end the gap: "ended fighting with an agreement".
  {
    text: "Sudan ended fighting with an agreement signed in Jeddah.",
    expect: [],
    absent: ["REJECT SDN>SAU", "REJECT SDN>-"],
  },
  // The first "of" after the accused opens the charge.
  {
    text: "Ukraine accused Russia of deporting thousands of Ukrainian children.",
    expect: ["ACCUSE UKR>RUS"],
    exact: true,
  },
  // A participle the tagger reads as an adjective before "by" still ends the object.
  {
    text: "Saudi Arabia and Iran restored diplomatic relations in a deal mediated by China.",
    expect: ["SUPPORT SAU>IRN", "SUPPORT IRN>SAU", "CONSULT CHN>SAU", "CONSULT CHN>IRN"],
    exact: true,
  },
  // A formal terrorist designation brings sanctions; calling someone a terrorist is criticism.
  {
    text: "The United States designated the Houthis a terrorist organisation.",
    expect: ["SANCTION USA>YEM"],
    exact: true,
  },
  { text: "Canada listed the IRGC as a terrorist entity.", expect: ["SANCTION CAN>IRN"], exact: true },
  {
    text: "Washington put Cuba back on its list of state sponsors of terrorism.",
    expect: ["SANCTION USA>CUB"],
    exact: true,
  },
  { text: "Britain proscribed Hamas in its entirety.", expect: ["SANCTION GBR>PSE"], exact: true },
  { text: "Erdogan branded Israel a terrorist state.", expect: ["ACCUSE TUR>ISR"], exact: true },
  // An infinitive after a gerund's object is the gerund's subject's act again.
  {
    text: "Seoul condemned Pyongyang for sending troops to help Russia's war in Ukraine.",
    expect: ["ACCUSE KOR>PRK"],
    absent: ["AGREE KOR>RUS", "AID KOR>RUS"],
  },
  // "the front" of a war is no political group.
  {
    text: "Moscow proposed short ceasefires in some sectors of the front.",
    expect: ["AGREE RUS>-"],
    absent: ["AGREE RUS>RUS"],
  },
];

runGoldenCases("proposals, bans, own things and lazy gaps", cases);

describe("proposals' codes", () => {
  const codes = cameoCodes("2025-06-12", true);
  it("a ceasefire proposed is an intent to de-escalate", () => {
    expect(codes("Egypt proposed a ceasefire to Hamas and Israel.")).toEqual([
      "0356 EGY>PSE intended",
      "0356 EGY>ISR intended",
    ]);
  });
  it("sanctions proposed are threatened, not imposed", () => {
    expect(codes("Washington proposed sanctions on Russian banks.")).toEqual(["1312 USA>RUS intended"]);
  });
  it("a gerund after a verb of proposing that undoes aid leaves no pledge", () => {
    expect(codes("Germany proposed suspending development aid to Niger.")).not.toContain(
      "0331 DEU>NER intended",
    );
  });
});
