/**
 * Golden actor tests on where actors are and what they are: a reporter's place lends no country,
 * a capital where a group is stays a place, and a state's adjective before an agent noun gives that
 * state the agent's role. Our own sentences, run through the bundled coder.
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
  /** Mentions "text=CODE" the sentence must hold. */
  readonly mentions?: readonly string[];
  /** Codes no mention may carry. */
  readonly never?: readonly string[];
  /** Words no mention may be. */
  readonly unmentioned?: readonly string[];
}

const cases: readonly Case[] = [
  // A place right after another state's actors is where they are, not whose "the government" is.
  {
    text: "Colombian rebels in Oslo began peace talks with the government on Thursday.",
    mentions: ["government=COLGOV"],
  },
  {
    text: "Syrian opposition leaders in Istanbul accused the government of war crimes.",
    mentions: ["government=SYRGOV"],
    never: ["TURGOV"],
  },
  { text: "Police in Kabul arrested two Pakistani nationals.", mentions: ["Police in Kabul=AFGCOP"] },
  // Where the reporter is says nothing of where the event was.
  {
    text: "Militants shelled a market town, killing 12 civilians, aid officials in Nairobi said.",
    mentions: ["Militants=REB", "civilians=CVL"],
    never: ["KENREB", "KENCVL"],
  },
  {
    text: "Insurgents ambushed a convoy, killing six soldiers, western diplomats in Islamabad said.",
    never: ["PAKREB", "PAKMIL"],
  },
  {
    text: "According to relief workers in Nairobi, rebels looted the town.",
    mentions: ["rebels=REB"],
  },
  {
    text: "Western diplomats in Islamabad said guerrillas had captured the town.",
    mentions: ["guerrillas=REB"],
  },
  // A reporter of the place still names his state, at the start of the sentence too.
  { text: "Officials in Kabul said militants attacked a checkpoint.", mentions: ["militants=AFGREB"] },
  // A reporter who is of the place still names its state, as any named actor does.
  {
    text: "Gunmen killed four policemen, a police spokesman in Peshawar said.",
    events: ["ASSAULT PAKREB>PAKCOP"],
  },
  {
    text: "Rebels killed ten soldiers in the north, army officers in Bamako said.",
    events: ["ASSAULT MLIREB>MLIMIL"],
  },
  // Diplomats based somewhere serve abroad; a news outlet reports from everywhere.
  {
    text: "Rebels attacked a convoy on Sunday, Western diplomats based in Nairobi said.",
    mentions: ["Western diplomats=GOV"],
    never: ["KENREB"],
  },
  {
    text: "Soldiers opened fire on protesters, the Reuters news agency reported.",
    never: ["GBRCVL", "GBRMIL"],
  },
  // An unplaced agent of the reporter's own body is the reporter's.
  {
    text: "The government accused Rwanda of backing the M23 rebels, a spokesman said in Kinshasa.",
    events: ["ACCUSE CODGOV>RWA"],
  },
  // The reporter's own agents are still placed from their own words.
  {
    text: "Police in Tbilisi said they had detained dozens of protesters.",
    mentions: ["Police in Tbilisi=GEOCOP"],
  },
  // A state's adjective before an agent noun gives that state the agent's role.
  {
    text: "Saudi agents killed the dissident inside the consulate, Turkish prosecutors said.",
    mentions: ["Saudi agents=SAUSPY"],
  },
  { text: "Jordanian planes bombed militant hideouts in southern Syria.", events: ["ASSAULT JORMIL>-"] },
  { text: "Russia's operatives poisoned a defector in England.", mentions: ["Russia's operatives=RUSSPY"] },
  { text: "Russian mercenaries burned a village in central Mali.", mentions: ["Russian mercenaries=RUSUAF"] },
  { text: "Iranian speedboats harassed a US warship in the Gulf.", mentions: ["Iranian speedboats=IRNMIL"] },
  { text: "Israeli snipers shot two protesters near the fence.", mentions: ["Israeli snipers=ISRMIL"] },
  // Alone, such nouns name no one.
  { text: "The regime used chemical agents against the rebels.", never: ["SPY"] },
  { text: "Mercenaries attacked a village in Mali.", never: ["MLIUAF", "UAF"] },
  // A body a state or organisation sets up is that state's or organisation's.
  { text: "A UN panel accused Eritrea of arming Somali militants.", events: ["ACCUSE IGOUNO>ERI"] },
  {
    text: "A Senate committee accused the Pentagon of hiding the costs.",
    mentions: ["Senate committee=USALEG"],
  },
  { text: "A panel discussion on Syria ended in Geneva.", never: ["GOV"] },
  // The pope is the Holy See's, by title alone or before a name.
  { text: "Pope Francis urged Israel and Hamas to agree a ceasefire.", mentions: ["Pope Francis=VATGOV"] },
  {
    text: "The pope met the Ukrainian president at the Vatican.",
    date: "2025-07-01",
    events: ["CONSULT VATGOV>UKRGOV"],
  },
  // A place after "in" and an adjective is still a place.
  { text: "Militias attacked a US base in western Iraq.", events: ["ASSAULT IRQUAF>USA"] },
  { text: "Militias shelled a UN compound in eastern Congo.", mentions: ["Militias=CODUAF"] },
  // A person's or an office's agent serves the same state.
  {
    text: "The Iranian president's chief of staff accused Washington of bad faith.",
    events: ["ACCUSE IRNGOV>USAGOV"],
  },
  { text: "Putin's spokesman dismissed the proposal.", mentions: ["Putin's spokesman=RUSGOV"] },
  // In "Supporters of Kenya's opposition leader" the possessive is Kenya's alone.
  {
    text: "Supporters of Kenya's opposition leader marched in Nairobi.",
    mentions: ["Supporters of Kenya=KENCVL", "opposition leader=KENOPP"],
  },
  // A diplomat a verb links to a state deals with it and is not its own.
  { text: "The Iranian foreign minister received the ambassador in Tehran.", mentions: ["ambassador=GOV"] },
  { text: "Diplomats met Iranian officials in Geneva.", mentions: ["Diplomats=GOV"] },
  { text: "Iranian negotiators met European diplomats in Vienna.", mentions: ["European diplomats=GOV"] },
  // A possessive pronoun already says whose an agent is; the place after it is where he serves.
  { text: "Brasilia recalled its ambassador from Tel Aviv.", mentions: ["its ambassador=BRAGOV"] },
  { text: "Turkey said it would close its embassy in Kabul.", mentions: ["its embassy=TURGOV"] },
  // A leader a verb links to another state meets or calls it; what he says of a state may be his own.
  { text: "The prime minister telephoned the Turkish president.", mentions: ["prime minister=GOV"] },
  {
    text: "The spokeswoman for the White House said the president remained open to talks with Kim Jong Un.",
    date: "2025-06-12",
    mentions: ["president=USAGOV"],
  },
  {
    text: "The foreign ministry summoned the French ambassador on Tuesday.",
    mentions: ["foreign ministry=GOV"],
  },
  // An envoy's state alone is not that of the people he deals with.
  { text: "The US envoy met opposition leaders.", mentions: ["opposition leaders=OPP"] },
  { text: "The Pope's envoy met rebel leaders in Bangui.", never: ["VATREB"] },
  // One's counterpart serves another state.
  { text: "The Iranian foreign minister met his Omani counterpart.", events: ["CONSULT IRNGOV>OMNGOV"] },
  { text: "The Chinese foreign minister held talks with his counterpart.", unmentioned: ["his"] },
  // A known short name inside an unknown name after a title is part of that name.
  { text: "Senator Mike Lee urged new sanctions.", mentions: ["Senator Mike Lee=LEG"] },
  { text: "Senator Lindsey Graham urged new sanctions.", mentions: ["Senator Lindsey Graham=USALEG"] },
  { text: "Spokesman Matthew Miller said the talks would go on.", unmentioned: ["Miller"] },
  // Peoples named in the plural are their state's.
  { text: "Thousands of Greeks marched against the bailout terms.", mentions: ["Greeks=GRC"] },
  {
    text: "Two Britons and three Filipinos were freed by the kidnappers.",
    mentions: ["Britons=GBR", "Filipinos=PHL"],
  },
  // A capital before a common noun is the city, not the government; a verb mistagged as a noun is no such noun.
  { text: "Rebels fired rockets at Kabul airport.", mentions: ["Kabul=AFG"] },
  { text: "Beijing views the visit as a provocation.", mentions: ["Beijing=CHNGOV"] },
  // A title of several words is one agent even when the tagger reads its last word as an adjective.
  {
    text: "The Indian army chief accused Pakistan of sheltering militants.",
    mentions: ["Indian army chief=INDMIL"],
  },
  // An office "of" a state's body is that body's.
  {
    text: "The speaker of Iran's parliament warned the United States.",
    mentions: ["speaker of Iran's parliament=IRNLEG"],
    never: ["USALEG"],
  },
  // Taiwan's capital stands for its government, as other capitals do.
  { text: "Beijing warned Taipei against declaring independence.", mentions: ["Taipei=TWNGOV"] },
  // A people or faith across borders names no state; its armed men are no army, its leaders no government.
  {
    text: "Kurdish forces in northern Syria handed over prisoners to Iraq.",
    mentions: ["Kurdish forces=SYRREB"],
  },
  { text: "Turkey pledged not to attack Kurdish forces.", never: ["TURREB"] },
  {
    text: "Druze leaders in southern Syria appealed for calm.",
    mentions: ["Druze leaders in southern Syria=SYRCVL"],
  },
  { text: "Baloch separatists attacked a Chinese convoy in Pakistan.", events: ["ASSAULT PAKREB>-"] },
  // A border lies between two states and places no one in either.
  {
    text: "Guerrillas ambushed Burmese troops near the Thai border.",
    events: ["ASSAULT MMRREB>MMRMIL"],
    never: ["THAREB"],
  },
  // The makers and traders of a thing are businesses, not the thing's users.
  { text: "Washington sanctioned Iranian drone makers.", events: ["SANCTION USAGOV>IRNBUS"] },
  { text: "Russian arms dealers sold rifles to the rebels.", mentions: ["Russian arms dealers=RUSBUS"] },
  // A state's elite guard is its military; alone it names no state.
  {
    text: "Iraq's Republican Guard attacked Kurdish positions.",
    date: "1996-08-31",
    mentions: ["Iraq's Republican Guard=IRQMIL"],
  },
  {
    text: "The Republican Guard attacked Kurdish positions.",
    date: "1996-08-31",
    unmentioned: ["Republican Guard"],
  },
  // Cities that are no capital code to their state; a venue of international talks does not.
  {
    text: "Police in Munich arrested two men, and protesters rallied in Sao Paulo and Cox's Bazar.",
    mentions: ["Munich=DEU", "Sao Paulo=BRA", "Cox's Bazar=BGD"],
  },
  {
    text: "U.S. and Russian negotiators return to Geneva this week for talks.",
    unmentioned: ["Geneva"],
  },
  // A pact named after a city is no party to anything.
  {
    text: "The Trump administration withdrew from the Paris agreement on climate change.",
    date: "2017-06-01",
    events: ["REJECT USAGOV>-"],
    never: ["FRA"],
  },
  // A given name unlike theirs makes a known family name someone else's; two short names in a row
  // are one unknown name.
  {
    text: "Melania Trump accused the press of bullying her son.",
    date: "2019-05-01",
    never: ["USAGOV"],
  },
  {
    text: "Hunter Biden criticised Republicans in Congress.",
    date: "2023-06-01",
    never: ["USAGOV"],
  },
  {
    text: "Mahmud Abbas met Netanyahu in Washington.",
    date: "2010-09-01",
    mentions: ["Mahmud Abbas=PSEGOV", "Netanyahu=ISRGOV"],
  },
  {
    text: "Felipe Gonzalez met Venezuelan opposition figures in Madrid.",
    date: "2024-09-01",
    unmentioned: ["Felipe", "Gonzalez"],
  },
  // Bare "Kashmir" is the Indian-administered part; the Pakistani part is named as such.
  {
    text: "Militants attacked an army camp in Kashmir on Sunday.",
    mentions: ["Kashmir=IND"],
    events: ["ASSAULT INDREB>INDMIL"],
  },
  {
    text: "An earthquake struck Pakistan-administered Kashmir.",
    mentions: ["Pakistan-administered Kashmir=PAK"],
  },
  {
    // A region where the event is places an agent even when other states are named.
    text: "India blamed Pakistan a day after gunmen killed 26 tourists near a resort town in Indian-administered Kashmir.",
    mentions: ["gunmen=INDREB"],
  },
  {
    text: "Britain urged Sudan's government and the rebels in Darfur to reach a deal.",
    mentions: ["rebels=SDNREB"],
  },
  // Rebels are not of the state they accuse; they strike at their own state's capital.
  {
    text: "Rebels accused Uganda of backing the government in Juba.",
    date: "2014-01-15",
    never: ["UGAREB"],
  },
  {
    text: "Rebels attacked N'Djamena on Saturday.",
    date: "2008-02-02",
    events: ["ASSAULT TCDREB>TCDGOV"],
  },
  // Another state's forces striking a capital strike the city, and so its country, not its government.
  {
    text: "Ukrainian drones struck Moscow overnight.",
    events: ["ASSAULT UKRMIL>RUS"],
  },
  {
    text: "Azerbaijani artillery shelled Yerevan on Tuesday.",
    events: ["ASSAULT AZEMIL>ARM"],
  },
  // Armed groups by the names and acronyms wire copy uses.
  {
    text: "SPLM-N rebels shelled Kadugli, and the MILF signed a peace deal in Manila.",
    date: "2014-03-27",
    mentions: ["SPLM-N rebels=SDNREB", "MILF=PHLREB"],
  },
  {
    text: "Fighters of the Hashed al-Shaabi and the Donetsk People's Republic were named in the report.",
    mentions: ["Fighters of the Hashed al-Shaabi=IRQMIL", "Donetsk People's Republic=UKRREB"],
  },
  // Bare "IRA" is the Irish Republican Army until the US Inflation Reduction Act took the name.
  {
    text: "The IRA announced a ceasefire on Wednesday.",
    date: "1994-08-31",
    mentions: ["IRA=GBRREB"],
  },
  {
    text: "The EU criticised the IRA subsidies for electric cars.",
    date: "2023-02-01",
    unmentioned: ["IRA"],
  },
  // What an unplaced agent acts on says nothing of whose it is; its own state's leaders and bodies do.
  {
    text: "A senator demanded new sanctions on Moscow.",
    mentions: ["senator=LEG"],
    never: ["RUSLEG"],
  },
  {
    text: "Police arrested two British tourists and a Chinese national.",
    mentions: ["Police=COP"],
    never: ["GBRCOP", "CHNCOP"],
  },
  {
    text: "Opposition leaders accused Russia of meddling in the election.",
    never: ["RUSOPP"],
  },
  {
    text: "Lawmakers criticised Prime Minister Fumio Kishida over the funding scandal.",
    events: ["ACCUSE JPNLEG>JPNGOV"],
  },
  {
    // Where people are sent back to is their home.
    text: "Hundreds of ethnic Uzbeks began a hunger strike to protest against plans to send them back to Uzbekistan.",
    mentions: ["Uzbeks=UZBCVL"],
  },
  {
    // "at" after a noun says where the agent is; after a verb it aims at someone.
    text: "Students at Tehran University protested against the hijab law.",
    mentions: ["Students=IRNEDU"],
  },
  {
    text: "Police fired at Chinese fishermen off the coast.",
    never: ["CHNCOP"],
  },
  {
    text: "Thousands of protesters took to the streets of Caracas on Saturday.",
    mentions: ["protesters=VENCVL"],
  },
];

/** Every code the state's mentions and events carry. */
const allCodes = (state: ReturnType<Coder["analyse"]>): string[] => [
  ...state.resolvedMentions.flat().map((m) => m.actor.code),
  ...state.events.flatMap((e) => [...e.source, ...e.target].map((a) => a.code)),
];

let coder: Coder;
beforeAll(() => {
  coder = createCoder();
});

describe("golden actor places and agents", () => {
  it.each(cases)("$text", (c) => {
    const state = coder.analyse({ id: "t", text: c.text, date: c.date ?? "2024-05-15" });
    expectEvents(state.events.map(renderFullCodes), c.events ?? []);
    const mentions = new Set(state.resolvedMentions.flat().map((m) => `${m.text}=${m.actor.code}`));
    for (const wanted of c.mentions ?? []) expect([...mentions]).toContain(wanted);
    const texts = state.resolvedMentions.flat().map((m) => m.text);
    for (const text of c.unmentioned ?? []) expect(texts).not.toContain(text);
    const codes = allCodes(state);
    for (const code of c.never ?? []) expect(codes).not.toContain(code);
  });
});
