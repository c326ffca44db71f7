/**
 * Golden sentences of reported speech: a list of actors right after "said" is the reported clause's
 * subject, an envoy sent is no target, and an act in a "whether" clause is open. Our own sentences,
 * not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "Diplomats in Geneva said Iran and the United States had agreed to resume talks.",
    expect: ["AGREE IRN>USA", "AGREE USA>IRN"],
    exact: true,
  },
  {
    text: "Officials said Egypt and Israel had agreed to reopen the Rafah crossing.",
    expect: ["AGREE EGY>PSE", "AGREE ISR>PSE"],
    exact: true,
  },
  {
    // A list after an ordinary verb is still its object.
    text: "Russia attacked Ukraine and China accused Japan.",
    expect: ["ASSAULT RUS>UKR", "ACCUSE CHN>JPN"],
    exact: true,
  },
  {
    text: "Seoul confirmed that it had sent a special envoy to Pyongyang.",
    expect: ["CONSULT KOR>PRK"],
    exact: true,
  },
  {
    text: "It was not immediately clear whether China would send aid to Myanmar.",
    expect: ["?AID CHN>MMR"],
    exact: true,
  },
  {
    // The second infinitive is agreed to as well, not done.
    text: "India and Japan agreed to share satellite data and cooperate on cybersecurity.",
    expect: ["AGREE IND>JPN", "AGREE JPN>IND"],
    exact: true,
  },
];

runGoldenCases("golden sentences: reported clauses", cases);
