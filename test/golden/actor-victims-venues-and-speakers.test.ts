/**
 * Golden actor tests on whose people and places are: victims of a state's weapons are not that
 * state's, where leaders meet is not whose they are, a speaker's "his government" is his own, "the
 * two countries" are the pair a mediator brought together, and an agent noun serves every state
 * listed after it. Our own wire-style sentences, run through the bundled coder.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createCoder } from "../../src/index.js";
import type { Coder } from "../../src/pipeline/coder.js";
import { expectEvents } from "./golden-runner.js";
import { renderFullCodes } from "./render-event.js";

interface Case {
  readonly text: string;
  readonly date?: string;
  /** Events "TYPE SRC>TGT" with full codes ("-" for no target, any target accepted). */
  readonly events?: readonly string[];
  /** Mentions "text=CODE" the text must hold. */
  readonly mentions?: readonly string[];
  /** Codes no mention or event may carry, or events ("TYPE SRC>TGT", full codes) that must not be coded. */
  readonly never?: readonly string[];
}

const cases: readonly Case[] = [
  // A state's weapons and fire strike far from home: those they hit are not that state's.
  { text: "Israeli shelling killed three people on Tuesday, local officials said.", never: ["ISRCVL"] },
  { text: "Israeli warplanes struck a school, killing 12 people.", never: ["ISRCVL", "ISREDU"] },
  { text: "Saudi-led coalition air strikes killed 20 civilians in a market.", never: ["SAUCVL"] },
  { text: "US air strikes killed 30 militants overnight.", never: ["USAREB"] },
  { text: "Police said they had shot down three Russian drones.", never: ["RUSCOP"] },
  { text: "A Russian drone attack killed two people overnight.", events: ["ASSAULT RUSMIL>-"] },
  { text: "Israeli tank fire killed two Palestinian children.", events: ["ASSAULT ISRMIL>PSECVL"] },
  // A state's name before a noun of fire is its fire, as a demonym before it is; a verb is not.
  { text: "US strikes on a boat in the Caribbean killed six people.", events: ["ASSAULT USA>-"] },
  { text: "UK raids on Houthi targets continued overnight.", mentions: ["UK raids=GBR"] },
  { text: "Israel strikes Iran's nuclear sites.", mentions: ["Israel=ISR"] },
  // The place, when the sentence names one, says whose they are.
  {
    text: "Russian missiles struck a hospital in Sumy on Friday, killing two patients.",
    events: ["ASSAULT RUSMIL>UKRHLH"],
    never: ["RUSHLH"],
  },
  {
    text: "A Russian glide bomb hit an apartment block in Zaporizhzhia, wounding 14 people.",
    never: ["RUSCVL"],
  },
  {
    text: "Drone strikes on a market in Kramatorsk killed four civilians, the regional governor said.",
    mentions: ["civilians=UKRCVL"],
  },
  { text: "Israeli troops raided the Nur Shams camp near Tulkarem.", mentions: ["Nur Shams=PSE"] },
  { text: "Militants attacked a police post in Bannu, killing three officers.", mentions: ["police=PAKCOP"] },
  { text: "RSF fighters shelled a displacement camp near El Geneina.", mentions: ["Geneina=SDN"] },
  { text: "Gunmen killed 11 villagers in Zamfara state.", mentions: ["villagers=NGACVL"] },
  // Nigerian states whose bare names are ordinary words, or another state's, with "State" after them.
  { text: "Gunmen attacked a village in Plateau state, killing 40 people.", mentions: ["Gunmen=NGAREB"] },
  { text: "Gunmen killed 12 people in Niger State.", mentions: ["Niger State=NGA"], never: ["NER"] },
  { text: "Police fired tear gas at protesters in Culiacan.", mentions: ["Police=MEXCOP"] },
  { text: "M23 rebels seized the town of Uvira on Wednesday.", mentions: ["Uvira=COD"] },
  // A state's own troops still place those they fight at home.
  { text: "Pakistani troops killed six militants in a raid.", mentions: ["militants=PAKREB"] },
  // Where leaders meet, gather or arrive is no sign of whose they are.
  { text: "The foreign ministers met in Paris on Monday.", mentions: ["foreign ministers=GOV"] },
  {
    text: "The foreign minister arrived in Paris on Monday for two days of talks.",
    mentions: ["foreign minister=GOV"],
  },
  { text: "Heads of state gathered in Addis Ababa for the summit.", mentions: ["Heads of state=GOV"] },
  // What sits at home is still placed by it.
  { text: "The cabinet met in Kabul on Sunday.", mentions: ["cabinet=AFGGOV"] },
  { text: "Officials in Tehran accused Israel of sabotage.", events: ["ACCUSE IRNGOV>ISR"] },
  {
    text: "The prime minister, speaking in Islamabad, accused India of aggression.",
    events: ["ACCUSE PAKGOV>IND"],
  },
  // A plural agent noun serves every state listed after its own.
  {
    text: "The foreign ministers of Egypt and Jordan met in Paris on Monday.",
    events: ["CONSULT EGYGOV>JORGOV", "CONSULT JORGOV>EGYGOV"],
  },
  {
    text: "Officials from Egypt, Qatar and the United States met in Cairo.",
    mentions: ["Qatar=QATGOV", "United States=USAGOV"],
  },
  { text: "Troops from Kenya and Burundi attacked al-Shabaab positions.", mentions: ["Burundi=BDIMIL"] },
  // A speaker set off by a clause between him and his verb still owns "his government".
  {
    text: "Polish Prime Minister Donald Tusk, after meeting Volodymyr Zelensky, said his government would send more weapons to Ukraine.",
    date: "2025-09-10",
    mentions: ["his government=POLGOV"],
    never: ["AGREE UKRGOV>UKR"],
  },
  {
    text: "French President Emmanuel Macron met Narendra Modi and said his government would sell more jets to India.",
    date: "2025-09-10",
    mentions: ["his government=FRAGOV"],
  },
  // The two sides a mediator brought together, even with "the" before the second.
  {
    text: "Qatar hosted talks between Rwanda and the Democratic Republic of Congo. The two countries agreed on a ceasefire.",
    events: ["AGREE RWA>COD", "AGREE COD>RWA"],
    never: ["AGREE QAT>RWA", "AGREE RWA>QAT"],
  },
  // The pair the words join is meant over one a later aside names.
  {
    text: "Chinese Foreign Minister Wang Yi held talks with his Indian counterpart in New Delhi on Monday. The meeting came weeks after US tariffs on India took effect. The two countries agreed to resume border trade.",
    events: ["AGREE CHNGOV>INDGOV", "AGREE INDGOV>CHNGOV"],
    never: ["AGREE USA>IND", "AGREE IND>USA"],
  },
  // The Quad, capitalised, is the grouping.
  {
    text: "The Quad foreign ministers met in Tokyo on Tuesday.",
    mentions: ["Quad foreign ministers=IGOQUD"],
  },
  { text: "Police seized a quad bike at the border.", never: ["IGOQUD"] },
];

/** Every code the state's mentions and events carry, and every event as "TYPE SRC>TGT". */
const allCodes = (state: ReturnType<Coder["analyse"]>): string[] => [
  ...state.resolvedMentions.flat().map((m) => m.actor.code),
  ...state.events.flatMap((e) => [...e.source, ...e.target].map((a) => a.code)),
  ...state.events.map(renderFullCodes),
];

let coder: Coder;
beforeAll(() => {
  coder = createCoder();
});

describe("golden actor victims, venues and speakers", () => {
  it.each(cases)("$text", (c) => {
    const state = coder.analyse({ id: "t", text: c.text, date: c.date ?? "2025-06-12" });
    expectEvents(state.events.map(renderFullCodes), c.events ?? []);
    const mentions = state.resolvedMentions.flat().map((m) => `${m.text}=${m.actor.code}`);
    for (const wanted of c.mentions ?? []) expect(mentions).toContain(wanted);
    const codes = allCodes(state);
    for (const code of c.never ?? []) expect(codes).not.toContain(code);
  });
});
