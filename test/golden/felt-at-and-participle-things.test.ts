/**
 * Golden sentences on two readings of common wire prose: "at" after a word of feeling names what the
 * feeling answers ("anger at Washington"), not a place; and the "it" of ", saying it …" after a
 * main verb that acted on a thing is that thing, not a state named inside it. Our own sentences.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";
import { runStatusCases } from "./status-runner.js";

const cases: readonly Golden[] = [
  {
    text: "China expressed anger at Washington over the latest arms sale.",
    expect: ["ACCUSE CHN>USA"],
  },
  {
    text: "Beijing voiced outrage at Tokyo's decision to release the water.",
    expect: ["ACCUSE CHN>JPN"],
  },
  {
    text: "China rejected the US decision to sell arms to Taiwan, saying it violated its sovereignty.",
    expect: ["REJECT CHN>USA"],
    absent: ["REJECT TWN>-", "REJECT TWN>CHN"],
  },
  {
    text: "Russia condemned the European Union's new sanctions package, saying it breached international law.",
    expect: ["ACCUSE RUS>IGO"],
    exact: true,
  },
];

runGoldenCases("feeling at, and the thing a participle's it stands for", cases);

// wink knows "bombing" only as a noun: as a verb it had no lemma "bomb", and no rule read it.
const gerunds: readonly Golden[] = [
  {
    text: "Israeli jets have been bombing Gaza for weeks.",
    expect: ["ASSAULT ISR>PSE"],
    exact: true,
  },
  {
    text: "Russian warplanes kept bombing rebel-held towns in Idlib.",
    expect: ["ASSAULT RUS>SYR"],
  },
];

runGoldenCases("gerunds wink knows only as nouns", gerunds);

runStatusCases("a denied gerund", [
  {
    text: "Sudan's army denied bombing a market in Darfur.",
    why: "the gerund after 'denied' is the act denied",
    event: "ASSAULT SDN>SDN",
    status: "denied",
  },
]);

// Background and self-aimed readings.
const background: readonly Golden[] = [
  {
    // A relative clause's perfect with "long" states a standing position; the welcome is the news.
    text: "The Cuban government, which has long opposed the embargo, welcomed the decision by Washington.",
    expect: ["SUPPORT CUB>USA", "~ACCUSE CUB>-"],
    absent: ["ACCUSE CUB>-"],
  },
  {
    // Sanctions a state eases bore on someone else, never on itself.
    text: "The United States eased sanctions on Tuesday.",
    expect: ["RETREAT USA>-"],
    absent: ["RETREAT USA>USA"],
  },
];

runGoldenCases("standing positions and eased sanctions", background);
