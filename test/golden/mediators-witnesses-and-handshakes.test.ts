/**
 * Golden sentences on verbs of mediation, onlookers' reports, requests that occasion an act,
 * handshakes and inquiries: "will mediate between Angola and Namibia" names both sides; "…,
 * witnesses said" accuses no one; "at the request of the United States" names neither the target
 * nor the place; leaders who shake hands have met, and two who put their signatures to a document
 * signed it; "an inquiry into war crimes by Sri Lankan forces" is aimed at the forces; the sides
 * a mediator brings together are not its own; "Beijing's military buildup" is Beijing's. Our own
 * sentences, in the style of older wire copy, not the gold sets.
 */
import { describe, expect, it } from "vitest";
import { createCoder } from "../../src/index.js";
import { runGoldenCases, type Golden } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "Chiluba will mediate between Angola and Namibia.",
    expect: ["CONSULT ZMB>AGO", "CONSULT ZMB>NAM"],
  },
  {
    text: "Yugoslav troops shelled ethnic Albanian villages in Kosovo, witnesses said.",
    expect: ["ASSAULT SRB>UNK"],
    exact: true,
  },
  {
    text: "Cuba released 53 political prisoners at the request of the United States.",
    expect: ["RETREAT CUB>-"],
    absent: ["RETREAT CUB>USA"],
  },
  {
    text: "Israeli Prime Minister Yitzhak Rabin and PLO chairman Yasser Arafat shook hands at the White House.",
    date: "1993-09-14",
    expect: ["CONSULT ISR>PSE", "CONSULT PSE>ISR"],
    exact: true,
  },
  // Past an inquiry's topic, "by" names whom the topic accuses; who launched the inquiry inquires.
  {
    text: "The United Nations launched an inquiry into alleged war crimes by Sri Lankan forces.",
    expect: ["ACCUSE IGO>LKA"],
    exact: true,
  },
  {
    text: "The investigation into the killing of protesters by Iranian security forces continues.",
    expect: [],
    absent: ["ACCUSE IRN>IRN"],
  },
  // The sides a third party mediates between are not the mediator's.
  {
    text: "Norway said it was ready to facilitate negotiations between the government and the rebels.",
    expect: ["AGREE NOR>-"],
    absent: ["AGREE NOR>NOR"],
  },
  { text: "Talks between the government and the rebels resumed in Bogota.", expect: ["CONSULT COL>COL"] },
  // A possessed build-up is its owner's, whoever voices concern over it.
  {
    text: "Washington expressed concern over Beijing's military buildup near Taiwan.",
    expect: ["MOBILIZE CHN>TWN"],
    absent: ["MOBILIZE USA>TWN"],
  },
];

runGoldenCases("golden sentences: mediators, witnesses and handshakes", cases);

describe("golden articles: a handshake and signatures", () => {
  it("codes the meeting and the signing both ways", () => {
    const text =
      "Donald Trump and Kim Jong Un shook hands in Singapore on Tuesday, opening a summit. " +
      "After about five hours of talks, the two leaders put their signatures to a four-point document.";
    const events = createCoder().code({ text, date: "2018-06-12" }).events;
    const rendered = events.map((e) => `${e.cameo} ${e.source[0]?.code}>${e.target[0]?.code}`);
    expect(rendered).toEqual(
      expect.arrayContaining([
        "040 USAGOV>PRKGOV",
        "040 PRKGOV>USAGOV",
        "057 USAGOV>PRKGOV",
        "057 PRKGOV>USAGOV",
      ]),
    );
  });
});
