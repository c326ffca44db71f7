/**
 * Golden sentences on answers in force and on orders to leave: "retaliated with strikes on …"
 * is the answerer's attack, as is "hit back with a wave of air strikes"; "ordered French troops
 * out of the country" expels them (166), as "ordered two diplomats out" expels envoys (161); the
 * closure of a consulate ordered is a cut in relations; rioters torching a parliament riot. Our own
 * sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  { text: "Israel responded with airstrikes on Gaza.", expect: ["ASSAULT ISR>PSE"], exact: true },
  {
    text: "Ukraine retaliated with drone strikes on Russian oil refineries.",
    expect: ["ASSAULT UKR>RUS"],
    exact: true,
  },
  {
    text: "Israel hit back with a wave of air strikes on Hezbollah targets in Lebanon.",
    expect: ["ASSAULT ISR>LBN"],
    exact: true,
  },
  {
    text: "Pakistan responded with artillery fire on Indian positions.",
    expect: ["ASSAULT PAK>IND"],
    exact: true,
  },
  {
    text: "Israel retaliated with strikes on Hezbollah positions.",
    expect: ["ASSAULT ISR>LBN"],
    exact: true,
  },
  // A labour strike, and a sanction one is hit with, are no attacks.
  { text: "French rail workers staged strikes on Monday.", expect: [], absent: ["ASSAULT FRA>-"] },
  {
    text: "China condemned US strikes on Houthi targets in Yemen.",
    expect: ["ACCUSE CHN>USA", "ASSAULT USA>YEM"],
    exact: true,
  },
  {
    text: "Niger's junta ordered French troops out of the country.",
    expect: ["SANCTION NER>FRA"],
    exact: true,
  },
  {
    text: "Burkina Faso ordered two French diplomats out of the country.",
    expect: ["SANCTION BFA>FRA"],
    exact: true,
  },
  {
    text: "Moscow ordered the closure of the Polish consulate in Smolensk.",
    expect: ["SANCTION RUS>POL"],
    exact: true,
  },
  {
    text: "Protesters torched the parliament building in Kathmandu.",
    expect: ["PROTEST NPL>NPL"],
    exact: true,
  },
];

runGoldenCases("golden sentences: retaliation and expulsion in wire prose", cases);
