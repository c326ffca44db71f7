/**
 * Golden sentences on conflict acts the coder lost or misread: an accusation coordinated after a
 * denial of the speaker's own act, deaths "in shelling" with no named attacker (the place implies
 * one, as for "killed in shelling"), attacks a group claims (coded with the claimant as attacker),
 * gerunds after "kept" and headline verbs in -s that wink reads as other words, and interceptions
 * of drones, which are air defence, not a show of force. Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "The RSF denied looting aid convoys and accused the Sudanese army of bombing a market in El Fasher.",
    expect: ["ACCUSE SDN>SDN"],
  },
  {
    text: "Iran denied supplying drones to Russia and accused Ukraine of spreading lies.",
    expect: ["ACCUSE IRN>UKR"],
  },
  { text: "Two people died in shelling in Kharkiv on Tuesday.", expect: ["ASSAULT UKR>UKR"], exact: true },
  { text: "Four civilians died in Russian shelling of Kherson.", expect: ["ASSAULT RUS>UKR"], exact: true },
  {
    text: "Three Lebanese soldiers were wounded in an Israeli drone strike.",
    expect: ["ASSAULT ISR>LBN"],
    exact: true,
  },
  // An accident kills no one by anyone's act.
  { text: "Four people died in a bus crash in Kenya.", expect: [], exact: true },
  {
    text: "The Pakistani Taliban claimed responsibility for a suicide bombing at a police station in Peshawar.",
    expect: ["null PAK>PAK", "ASSAULT PAK>PAK"],
    exact: true,
  },
  {
    text: "Al-Shabaab claimed responsibility for a car bombing in Mogadishu that killed nine people.",
    expect: ["ASSAULT SOM>SOM"],
  },
  {
    text: "The Houthis claimed responsibility for a missile attack on an Israeli port.",
    expect: ["null YEM>ISR", "ASSAULT YEM>ISR"],
    exact: true,
  },
  // A bare claim names no attack of its own to code, and an unclaimed attack keeps its place's source.
  { text: "Hamas claimed responsibility for the attack.", expect: [], absent: ["ASSAULT PSE>-"] },
  {
    text: "No group claimed responsibility for the bombing in Quetta, which killed 20 people.",
    expect: ["ASSAULT PAK>PAK"],
  },
  { text: "Yemen's Houthis kept attacking ships in the Red Sea.", expect: ["ASSAULT YEM>-"], exact: true },
  { text: "Israel strikes Iran's nuclear sites.", expect: ["ASSAULT ISR>IRN"], exact: true },
  { text: "Hamas fires rockets at Tel Aviv.", expect: ["ASSAULT PSE>ISR"], exact: true },
  { text: "Syrian forces clash with rebels in Idlib.", expect: ["ASSAULT SYR>SYR"], exact: true },
  {
    text: "Israeli air defences intercepted drones launched from Yemen.",
    expect: ["ASSAULT YEM>ISR"],
    exact: true,
  },
  {
    text: "Japanese jets intercepted two Chinese bombers near Okinawa.",
    expect: ["MOBILIZE JPN>CHN"],
    exact: true,
  },
];

runGoldenCases("golden sentences: claims, deaths in attacks and headline verbs", cases);
