/**
 * Golden actor tests on leaders' names as wire services spell them (AFP's "Kadhafi" and "Beshir",
 * "Zelenskiy", "Timoshenko") and on leaders of states the people files lacked, each resolved on the
 * sentence's date. Our own sentences, run through the bundled coder.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createCoder } from "../../src/index.js";
import type { Coder } from "../../src/pipeline/coder.js";
import { expectEvents } from "./golden-runner.js";
import { renderFullCodes } from "./render-event.js";

const cases: readonly { readonly text: string; readonly date: string; readonly expect: readonly string[] }[] =
  [
    {
      text: "Moamer Kadhafi accused France of plotting against Libya.",
      date: "2008-08-06",
      expect: ["ACCUSE LBYGOV>FRA"],
    },
    {
      text: "Kadhafi accused France of plotting against Libya.",
      date: "2008-08-06",
      expect: ["ACCUSE LBYGOV>FRA"],
    },
    {
      text: "Sudanese President Omar al-Beshir rejected the court's demand.",
      date: "2009-03-05",
      expect: ["REJECT SDNGOV>-"],
    },
    { text: "Zelenskiy accused Russia of war crimes.", date: "2023-04-03", expect: ["ACCUSE UKRGOV>RUS"] },
    {
      text: "Yulia Timoshenko accused Russia of blackmail.",
      date: "2009-01-10",
      expect: ["ACCUSE UKRGOV>RUS"],
    },
    {
      text: "Khalifa Hafter accused Turkey of backing militias.",
      date: "2020-01-10",
      expect: ["ACCUSE LBYMIL>TUR"],
    },
    {
      text: "Salva Kiir accused Sudan of bombing border areas.",
      date: "2012-04-20",
      expect: ["ACCUSE SSDGOV>SDN"],
    },
    {
      text: "Riek Machar accused Uganda of backing the government.",
      date: "2014-01-15",
      expect: ["ACCUSE SSDREB>UGA"],
    },
    {
      text: "Rafael Correa accused Colombia of violating Ecuador's sovereignty.",
      date: "2008-03-02",
      expect: ["ACCUSE ECUGOV>COL"],
    },
    {
      text: "Evo Morales expelled the US ambassador.",
      date: "2008-09-11",
      expect: ["SANCTION BOLGOV>USAGOV"],
    },
    {
      text: "Eritrean President Isaias Afwerki met Ethiopian Prime Minister Abiy Ahmed in Asmara.",
      date: "2018-07-14",
      expect: ["CONSULT ERIGOV>ETHGOV"],
    },
    {
      text: "Hashim Thaci urged Serbia to recognise Kosovo.",
      date: "2017-02-01",
      expect: ["REQUEST UNKGOV>SRB"],
    },
    {
      text: "Volker Türk condemned the executions in Iran.",
      date: "2023-05-20",
      expect: ["ACCUSE IGOUNO>-"],
    },
  ];

describe("golden leader spellings", () => {
  let coder: Coder;
  beforeAll(() => {
    coder = createCoder();
  });
  for (const c of cases) {
    it(c.text, () => {
      const rendered = coder.code({ text: c.text, date: c.date }).events.map(renderFullCodes);
      expectEvents(rendered, c.expect);
      expect(rendered.length).toBeGreaterThan(0);
    });
  }
});
