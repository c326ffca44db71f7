/**
 * Golden sentences on offers turned down in the same report: the purpose of an offered meeting is
 * its topic, not an act ("ready to meet Putin in Turkey to discuss a plan"); dismissing "the idea"
 * rejects the offer and is aimed at whoever made it; and a place in the clause before ", but" is
 * not where the rejection happened. Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "Zelenskiy said he was ready to meet Putin in Turkey to discuss a peace plan, but the Kremlin dismissed the idea as premature.",
    expect: ["AGREE UKR>RUS", "REJECT RUS>UKR"],
    exact: true,
  },
  {
    text: "Seoul offered to hold talks with Pyongyang in Panmunjom, but North Korea rejected the offer.",
    expect: ["AGREE KOR>PRK", "REJECT PRK>KOR"],
    absent: ["REJECT PRK>PRK"],
  },
  // A claim dismissed is denied, not a proposal turned down.
  {
    text: "Moscow dismissed the idea that it had interfered in the election.",
    expect: [],
    absent: ["REJECT RUS>-"],
  },
  // What an offer by someone proposes is not done.
  {
    text: "The Afghan Taliban have rejected an offer by President Ashraf Ghani to hold direct peace talks.",
    date: "2015-06-10",
    expect: ["REJECT AFG>AFG"],
    absent: ["CONSULT AFG>-"],
  },
  // A place told after a second verb is that verb's.
  {
    text: "Iran suspended cooperation with the agency after the strikes and later signed an agreement in Cairo to resume it.",
    expect: ["SANCTION IRN>-"],
    absent: ["SANCTION IRN>EGY"],
  },
];

runGoldenCases("golden sentences: offers dismissed", cases);
