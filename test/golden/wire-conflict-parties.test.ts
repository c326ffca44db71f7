/**
 * Golden sentences on the parties of conflictual wire events: the weapon or fire after "by" names
 * the attacker ("killed by Hezbollah fire"), a fired weapon's owner attacks ("a Houthi missile
 * fired at Riyadh"), as does the owner of the instrument a passive names ("slapped with US
 * sanctions"), a crowd's purpose infinitive is the crowd's ("rallied outside the British embassy
 * to protest"), unnamed protesters belong to the place they march in, a protest in defiance of a
 * government is aimed at it, a demanded act is not done, and a diplomat told to leave is
 * expelled. Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "Three Israeli soldiers were killed by Hezbollah fire on the Lebanese border.",
    expect: ["ASSAULT LBN>ISR"],
    exact: true,
  },
  {
    text: "Two civilians were wounded by Russian shelling in Kherson, the regional governor said.",
    expect: ["ASSAULT RUS>UKR"],
  },
  {
    text: "The tanker was hit by a Houthi drone in the Red Sea.",
    expect: ["ASSAULT YEM>-"],
    exact: true,
  },
  {
    text: "Saudi air defences intercepted a Houthi ballistic missile fired at Riyadh.",
    expect: ["ASSAULT YEM>SAU"],
    absent: ["ASSAULT SAU>YEM"],
  },
  {
    text: "Iran was slapped with fresh US sanctions on Monday.",
    expect: ["SANCTION USA>IRN"],
    exact: true,
  },
  {
    text: "Kyiv was targeted with Russian drones overnight.",
    expect: ["ASSAULT RUS>UKR"],
    exact: true,
  },
  {
    text: "Hundreds of Iranians rallied outside the British embassy in Tehran to protest British policy.",
    expect: ["PROTEST IRN>GBR"],
    exact: true,
  },
  {
    text: "Farmers blocked roads across France to protest against EU trade deals.",
    expect: ["PROTEST FRA>IGO"],
    absent: ["ACCUSE FRA>IGO"],
  },
  {
    text: "Thousands demonstrated outside the Chinese embassy in Hanoi over Beijing's oil rig deployment.",
    expect: ["PROTEST VNM>CHN"],
    exact: true,
  },
  {
    text: "Georgian students rallied in Tbilisi in defiance of the Russian government.",
    expect: ["PROTEST GEO>RUS"],
    exact: true,
  },
  {
    text: "NATO urged the immediate withdrawal of Russian forces from Ukraine.",
    expect: ["REQUEST IGO>RUS"],
    exact: true,
  },
  {
    text: "Iraq's parliament demanded the withdrawal of all foreign troops from the country.",
    expect: ["REQUEST IRQ>-"],
    exact: true,
  },
  {
    text: "Niger ordered the French ambassador to leave the country within 48 hours.",
    expect: ["SANCTION NER>FRA"],
    exact: true,
  },
  {
    text: "Mali gave the French ambassador 72 hours to leave.",
    expect: ["SANCTION MLI>FRA"],
    exact: true,
  },
  {
    text: "Italy ordered two Tunisian imams to leave the country.",
    expect: ["COERCE ITA>TUN"],
    exact: true,
  },
];

runGoldenCases("golden sentences: parties of conflictual wire events", cases);
