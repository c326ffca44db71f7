/**
 * Golden sentences for what a leader tells another in a phone call: the call itself is a contact,
 * and what is said in it keeps its own modality ("a phone call that" is no demand, and "that" may
 * follow a phrase of several words). Our own sentences.
 */
import { runGoldenCases } from "./golden-runner.js";

runGoldenCases("told in a phone call", [
  {
    text: "Xi told Putin in a phone call that China was ready to mediate, Xinhua reported.",
    expect: ["CONSULT CHN>RUS", "AGREE CHN>-"],
    exact: true,
  },
  {
    text: "Erdogan told Putin during a phone call on Sunday that Turkey would host talks.",
    expect: ["CONSULT TUR>RUS", "AGREE TUR>-"],
    exact: true,
  },
  {
    text: "Macron assured Zelensky in a telephone conversation of France's support.",
    expect: ["CONSULT FRA>UKR"],
    exact: true,
  },
  {
    text: "The EU renewed its call that Israel lift the blockade.",
    expect: ["REQUEST IGO>ISR", "?RETREAT ISR>-"],
    exact: true,
  },
]);
