/**
 * Golden sentences on bodies joined or left, "the alliance" or "the bloc" as an object standing for
 * the organisation just named, and what a demand for guarantees asks: "Finland joined NATO" ties
 * Finland to NATO, where joining people or protesters ties no states; "Sweden formally joined the
 * alliance" after NATO is named joins NATO; "demanded guarantees that Ukraine will never join NATO"
 * is one demand, not Ukraine's refusal; firms added to an entity list are sanctioned. Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  { text: "Finland joined NATO on Tuesday.", expect: ["SUPPORT FIN>IGO"], exact: true },
  { text: "Indonesia joined BRICS as a full member.", expect: ["SUPPORT IDN>IGO"], exact: true },
  { text: "Students joined the protesters in Tehran.", expect: [], exact: true },
  {
    text: "South Korean President Moon Jae-in greeted Kim and joined the two leaders briefly before their talks.",
    expect: [],
    absent: ["SUPPORT KOR>USA", "SUPPORT KOR>JPN"],
  },
  { text: "Mali quit ECOWAS in January.", expect: ["SANCTION MLI>IGO"], exact: true },
  { text: "Israel withdrew from Gaza.", expect: [], absent: ["SANCTION ISR>PSE"] },
  {
    text: "Sweden's bid to join NATO won approval from Hungary. Sweden formally joined the alliance on Thursday.",
    expect: ["SUPPORT SWE>IGO"],
    absent: ["SUPPORT SWE>SWE"],
  },
  // Firms added to an entity list or a blacklist are sanctioned.
  {
    text: "The Chinese commerce ministry added 11 US firms to its unreliable entity list.",
    expect: ["SANCTION CHN>USA"],
    exact: true,
  },
  { text: "The ministry added two new names to the list of speakers.", expect: [], exact: true },
  {
    text: "Moscow has repeatedly demanded guarantees that Ukraine will never join NATO.",
    expect: ["REQUEST RUS>-"],
    exact: true,
  },
  {
    text: "Russia demanded guarantees that NATO would not expand eastward.",
    expect: ["REQUEST RUS>-"],
    exact: true,
  },
];

runGoldenCases("joined bodies and assurances", cases);
