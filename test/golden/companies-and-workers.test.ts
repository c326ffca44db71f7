/**
 * Golden actor tests on companies and workers: named firms code to their seat's country and BUS, a
 * state's "energy giant" or "chipmaker" is its business, truckers and drivers are labour, and a
 * maker's name before a model number is a machine, not an actor. Our own sentences.
 */
import { type FullCodeGolden, runFullCodeCases } from "./full-code-runner.js";

const cases: readonly FullCodeGolden[] = [
  { text: "Gazprom halted gas supplies to Moldova on Wednesday.", expect: ["SANCTION RUSBUS>MDA"] },
  { text: "Chinese tech giant Huawei sued the US government.", expect: ["ACCUSE CHNBUS>USAGOV"] },
  { text: "Exxon Mobil signed an agreement with Guyana.", expect: ["SUPPORT USABUS>GUY"] },
  { text: "The US imposed sanctions on Rosneft and Lukoil.", expect: ["SANCTION USA>RUSBUS"] },
  { text: "Washington accused Huawei of stealing trade secrets.", expect: ["ACCUSE USAGOV>CHNBUS"] },
  { text: "Shell pulled out of Nigeria.", expect: ["RETREAT GBRBUS>NGA"] },
  {
    text: "TotalEnergies suspended its gas project in Mozambique after militant attacks.",
    expect: ["SANCTION FRABUS>-"],
  },
  { text: "A South Korean chipmaker accused China of stealing its designs.", expect: ["ACCUSE KORBUS>CHN"] },
  {
    text: "Argentine truckers blocked highways to protest against fuel prices.",
    expect: ["PROTEST ARGLAB>ARG"],
  },
  { text: "Nigerian truck drivers went on strike.", expect: ["PROTEST NGALAB>NGA"] },
  // A maker's name before a model is the machine; an ordinary word stays one.
  { text: "A Malaysia Airlines Boeing 777 was shot down over Ukraine.", expect: [], exact: true },
  { text: "The shell hit a house in the village.", expect: [], exact: true },
];

runFullCodeCases("golden companies and workers", cases);
