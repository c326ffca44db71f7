/**
 * Golden sentences of weapons as the subject of their hit ("Russian missiles hit Kyiv"), of two
 * states' modifiers on one event noun ("US and Israeli air strikes", "U.S. and Russian negotiators
 * return for talks"), and of a UN office holder named by office. Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  { text: "Israeli air strikes hit Gaza.", expect: ["ASSAULT ISR>PSE"], exact: true },
  { text: "Russian missiles hit Kyiv overnight.", expect: ["ASSAULT RUS>UKR"], exact: true },
  {
    text: "A Ukrainian drone struck a Russian oil refinery on Sunday.",
    expect: ["ASSAULT UKR>RUS"],
    exact: true,
  },
  {
    text: "US and Israeli air strikes hit Iranian nuclear sites.",
    expect: ["ASSAULT USA>IRN", "ASSAULT ISR>IRN"],
    exact: true,
  },
  { text: "Sanctions hit the Russian economy hard.", expect: [], exact: true },
  // wink reads "accused" after "chief" as a noun ("the accused"): it is the verb.
  { text: "Iran's army chief accused Israel of plotting attacks.", expect: ["ACCUSE IRN>ISR"], exact: true },
  // The UN's rights chief speaks for the UN ("rights chief" is an agent of human rights).
  { text: "The UN rights chief condemned the executions in Iran.", expect: ["ACCUSE IGO>IRN"], exact: true },
  {
    text: "U.S. and Russian negotiators return to the table next week for talks on arms control.",
    expect: ["CONSULT USA>RUS", "CONSULT RUS>USA"],
  },
  // A city where talks are held is their venue, not a party to them.
  {
    text: "U.S. and Russian negotiators return to Istanbul next week for talks on arms control.",
    expect: ["CONSULT USA>RUS", "CONSULT RUS>USA"],
    absent: ["CONSULT USA>TUR", "CONSULT RUS>TUR"],
  },
];

runGoldenCases("golden sentences: weapons that hit, and two states' modifiers", cases);
