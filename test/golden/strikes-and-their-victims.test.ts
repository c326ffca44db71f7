/**
 * Golden sentences on strikes and whom they hit: victims the text gives no country stand for the
 * place a foreign force struck ("people were killed in Israeli strikes in Gaza"), the place after a
 * strike is where it fell, not where its author is, and an attack noun that set something ablaze or
 * levelled it is its owner's attack. Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  { text: "Thirty people were killed in Israeli strikes in Gaza.", expect: ["ASSAULT ISR>PSE"], exact: true },
  {
    text: "At least 14 people were killed in Russian strikes across the Donetsk region overnight.",
    expect: ["ASSAULT RUS>UKR"],
    exact: true,
  },
  { text: "Russian strikes in Kharkiv killed three people.", expect: ["ASSAULT RUS>UKR"], exact: true },
  // At home, victims with no country stay whoever they are.
  { text: "Kenyan police shot dead two protesters in Nairobi.", expect: ["ASSAULT KEN>KEN"], exact: true },
  {
    text: "Hamas leaders in Doha rejected the proposal.",
    expect: ["REJECT PSE>-"],
    absent: ["REJECT PSE>QAT"],
  },
  {
    text: "A Ukrainian drone attack set an oil depot ablaze in Russia's Bryansk region, the governor said.",
    expect: ["ASSAULT UKR>RUS"],
    exact: true,
  },
  {
    text: "Ukrainian drones set fire to a refinery in Russia's Krasnodar region.",
    expect: ["ASSAULT UKR>RUS"],
    exact: true,
  },
  {
    text: "A Russian missile attack damaged a power plant in Odesa.",
    expect: ["ASSAULT RUS>UKR"],
    exact: true,
  },
  {
    text: "Israeli airstrikes leveled a residential building in Gaza City.",
    expect: ["ASSAULT ISR>PSE"],
    exact: true,
  },
  // A fire no one set, and a strike that is a labour dispute, are no attacks.
  { text: "A fire set a warehouse ablaze in Lagos.", expect: [], exact: true },
  { text: "The strike by teachers in Kenya entered its third week.", expect: [], absent: ["ASSAULT KEN>-"] },
];

runGoldenCases("golden sentences: strikes and their victims", cases);
