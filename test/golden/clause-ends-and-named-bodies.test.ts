/**
 * Golden sentences on where one clause's parties end and the next clause's begin: a named body
 * reporting after ", and" is nobody's object, an actor with a verb of its own is no subject of a
 * later "must", a description the dictionary names is that body, and an occasion with a future of
 * its own ("would take place") is intended, as an intent to meet. One who "reaffirmed that" reports; scare quotes break no clause. Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "Egypt and Saudi Arabia called for an immediate humanitarian truce, and the African Union said it was ready to mediate between the warring parties.",
    expect: ["REQUEST EGY>-", "REQUEST SAU>-"],
    absent: ["REQUEST EGY>IGO", "REQUEST SAU>IGO"],
  },
  {
    text: "The Security Council will meet on Wednesday. Kenya urged calm, and the African Union said it would send envoys to Khartoum.",
    expect: [],
    absent: ["REQUEST KEN>IGO"],
  },
  {
    text: "Kremlin spokesman Dmitry Peskov told reporters that Moscow remained open to negotiations but that Kyiv must accept the new realities.",
    expect: ["AGREE RUS>-"],
    absent: ["REQUEST RUS>RUS"],
  },
  {
    text: "Lavrov said that the United States and its allies must stop arming Ukraine.",
    expect: ["REQUEST RUS>USA"],
  },
  {
    text: "Trump said on Friday that his summit with Kim Jong Un would take place in Singapore on June 12.",
    date: "2018-06-02",
    expect: ["AGREE USA>PRK"],
    absent: ["CONSULT USA>PRK"],
  },
  {
    text: "Washington reaffirmed that the defence treaty covers attacks on Philippine public vessels.",
    expect: [],
    exact: true,
  },
  {
    text: 'China\'s coast guard said a Philippine vessel had "deliberately rammed" one of its ships.',
    expect: ["ASSAULT PHL>-"],
    exact: true,
  },
];

runGoldenCases("clause ends and named bodies", cases);
