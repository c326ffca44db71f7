/**
 * Golden actor tests on leaders' names as wire services spell them (AFP's "Kadhafi" and "Beshir",
 * "Zelenskiy", "Timoshenko"), on leaders of states the people files lacked and on short names used
 * alone, each resolved on the sentence's date; and on groupings CAMEO codes as regions. Our own
 * sentences, run through the bundled coder.
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
    // Leaders of the 1990s on the dates they held office.
    {
      text: "Shimon Peres accused Syria of stalling the talks.",
      date: "1995-12-01",
      expect: ["ACCUSE ISRGOV>SYR"],
    },
    {
      text: "Alain Juppe accused Iraq of defying the inspectors.",
      date: "1996-06-01",
      expect: ["ACCUSE FRAGOV>IRQ"],
    },
    {
      text: "Ali Akbar Velayati accused Washington of hostility.",
      date: "1995-06-01",
      expect: ["ACCUSE IRNGOV>USAGOV"],
    },
    {
      text: "Mullah Omar rejected the US demand to hand over bin Laden.",
      date: "1998-09-01",
      expect: ["REJECT AFGGOV>USA"],
    },
    {
      text: "Fidel Ramos urged China to respect the code of conduct.",
      date: "1995-06-01",
      expect: ["REQUEST PHLGOV>CHN"],
    },
    {
      text: "Jean-Bertrand Aristide urged the UN to restore democracy in Haiti.",
      date: "1993-06-01",
      expect: ["REQUEST HTIGOV>IGOUNO"],
    },
    // The 1980s: a full name that holds a capital is the person, not the government there.
    {
      text: "Miguel de la Madrid accused Washington of meddling.",
      date: "1985-06-01",
      expect: ["ACCUSE MEXGOV>USAGOV"],
    },
    {
      text: "Ferdinand Marcos accused the opposition of plotting a coup.",
      date: "1985-06-01",
      expect: ["ACCUSE PHLGOV>-"],
    },
    {
      text: "Najibullah urged Pakistan to stop arming the rebels.",
      date: "1988-06-01",
      expect: ["REQUEST AFGGOV>PAK"],
    },
    // Members of Congress, named or by party.
    {
      text: "Senator Lindsey Graham urged new sanctions on Russia.",
      date: "2024-05-15",
      expect: ["REQUEST USALEG>RUS"],
    },
    {
      text: "Speaker Nancy Pelosi met Taiwan's president in Taipei.",
      date: "2022-08-03",
      expect: ["CONSULT USALEG>TWNGOV"],
    },
    {
      text: "A Republican senator accused Iran of supporting terrorism.",
      date: "2024-05-15",
      expect: ["ACCUSE USALEG>IRN"],
    },
    // A short name alone is the one active holder who heads a state; none when two do.
    { text: "Kim accused South Korea of provocations.", date: "2024-05-15", expect: ["ACCUSE PRKGOV>KOR"] },
    { text: "Kim accused Japan of provocations.", date: "2010-06-01", expect: ["ACCUSE PRKGOV>JPN"] },
    // Religious leaders code as their state's religious sector; regional groupings by CAMEO region codes.
    {
      text: "The Dalai Lama met Obama at the White House.",
      date: "2014-02-21",
      expect: ["CONSULT CHNREL>USAGOV"],
    },
    {
      text: "Grand Ayatollah Ali al-Sistani urged Iraqis to join the fight.",
      date: "2014-06-13",
      expect: ["REQUEST IRQREL>-"],
    },
    {
      text: "Gulf Arab states pledged billions in aid to Egypt.",
      date: "2013-07-10",
      expect: ["AGREE PGS>EGY"],
    },
    {
      text: "Nordic countries criticised Russia's military exercises.",
      date: "2015-06-09",
      expect: ["ACCUSE SCN>RUS"],
    },
    {
      text: "African leaders called for a ceasefire in Sudan.",
      date: "2023-05-01",
      expect: ["REQUEST AFR>SDN"],
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
