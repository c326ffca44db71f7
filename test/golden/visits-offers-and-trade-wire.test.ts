/**
 * Golden sentences on visits, invitations, appeals for loans, aid packages unveiled, goods sold,
 * troops lent to a UN force, recognition switched and support thrown behind others, in wire
 * prose. Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "Kenyan President William Ruto paid a courtesy call on the Ethiopian prime minister.",
    expect: ["CONSULT KEN>ETH"],
    exact: true,
  },
  {
    text: "Argentine diplomats sat down with British officials in London to discuss the Falklands.",
    expect: ["CONSULT ARG>GBR"],
  },
  { text: "The Pakistani army chief is on a visit to Washington.", expect: ["CONSULT PAK>USA"], exact: true },
  {
    text: "Pakistan's army chief is in Washington on a three-day visit.",
    expect: ["CONSULT PAK>USA"],
    exact: true,
  },
  { text: "The minister is in the hospital on a drip.", expect: [], exact: true },
  {
    text: "Ethiopia and Sudan opened talks on their disputed border.",
    expect: ["CONSULT ETH>SDN", "CONSULT SDN>ETH"],
    exact: true,
  },
  {
    text: "Egypt invited Ethiopia to resume talks on the dam.",
    expect: ["AGREE EGY>ETH"],
    exact: true,
  },
  { text: "Ghana applied to the IMF for a bailout.", expect: ["null GHA>IGO"], exact: true },
  { text: "Sri Lanka applied for an IMF loan.", expect: ["null LKA>IGO"], exact: true },
  { text: "Students applied for the grants.", expect: [], exact: true },
  {
    text: "Washington unveiled a 2 billion dollar aid package for Ukraine.",
    expect: ["AGREE USA>UKR"],
    exact: true,
  },
  {
    text: "Washington earmarked 200 million dollars in economic assistance for Jordan.",
    expect: ["AGREE USA>JOR"],
    exact: true,
  },
  { text: "Apple unveiled a new phone.", expect: [], exact: true },
  { text: "Venezuela sold oil at discounted prices to Cuba.", expect: ["COOPERATE VEN>CUB"], exact: true },
  { text: "The company sold its shares to a Chinese investor.", expect: [], exact: true },
  {
    text: "Spain will contribute 300 soldiers to the UN force in Lebanon.",
    expect: ["AID ESP>LBN"],
    exact: true,
  },
  {
    text: "Honduras switched diplomatic recognition from Taiwan to China.",
    expect: ["SUPPORT HND>CHN"],
    exact: true,
  },
  { text: "The company switched suppliers from China to Vietnam.", expect: [], exact: true },
  {
    text: "The US sent $1.2 billion in military aid to Israel.",
    expect: ["AID USA>ISR"],
    exact: true,
  },
  { text: "Washington sent military advisers to Kyiv.", expect: ["MOBILIZE USA>UKR"], exact: true },
  {
    text: "The Philippines and Japan agreed to step up joint coast guard patrols.",
    expect: ["AGREE PHL>JPN", "AGREE JPN>PHL"],
    exact: true,
  },
  {
    text: "The Saudi crown prince embarked on a visit to India and China.",
    expect: ["CONSULT SAU>IND", "CONSULT SAU>CHN"],
    exact: true,
  },
  {
    text: "Egypt and Greece established a joint economic zone.",
    expect: ["COOPERATE EGY>GRC", "COOPERATE GRC>EGY"],
    exact: true,
  },
  {
    text: "France threw its weight behind Germany's candidate for the EU top job.",
    expect: ["SUPPORT FRA>DEU"],
    exact: true,
  },
  {
    text: "Saudi Arabia and Egypt rallied behind Qatar after the Israeli strike.",
    expect: ["SUPPORT SAU>QAT", "SUPPORT EGY>QAT"],
  },
  { text: "Protesters rallied behind the barricades.", expect: [], exact: true },
];

runGoldenCases("golden sentences: visits, offers and trade in wire prose", cases);
