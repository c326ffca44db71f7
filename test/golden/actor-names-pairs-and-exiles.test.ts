/**
 * Golden actor tests, in full codes: the agents of a pair ("officials from the two Koreas"), offices
 * named by their seat ("the Pentagon chief"), governments in exile, country names that are a
 * person's ("Michael Jordan") or a thing's origin ("Spanish flu"), settlers in the Palestinian
 * territories, valleys and lakes named after states, and Kosovo before and after its independence. Our own sentences, run through the bundled coder.
 */
import { type FullCodeGolden, runFullCodeCases } from "./full-code-runner.js";

const cases: readonly FullCodeGolden[] = [
  // Agents from or of a pair are both states' agents, each with the agents' sector.
  {
    text: "Officials from the two Koreas met at the truce village on Wednesday.",
    expect: ["CONSULT PRKGOV>KORGOV", "CONSULT KORGOV>PRKGOV"],
    exact: true,
  },
  {
    text: "Military officers of both Koreas held talks on easing border tensions.",
    expect: ["CONSULT PRKMIL>KORMIL", "CONSULT KORMIL>PRKMIL"],
  },
  {
    text: "Delegates from the two Sudans met in Addis Ababa to discuss oil fees.",
    date: "2013-03-01",
    expect: ["CONSULT SDNGOV>SSDGOV", "CONSULT SSDGOV>SDNGOV"],
  },
  {
    text: "Armenia and Azerbaijan traded accusations on Monday. Diplomats from both sides met in Geneva on Tuesday.",
    expect: ["CONSULT ARMGOV>AZEGOV", "CONSULT AZEGOV>ARMGOV"],
  },
  {
    text: "Peru and Chile resumed contacts. Envoys of the two countries agreed to meet again in March.",
    expect: ["AGREE PERGOV>CHLGOV", "AGREE CHLGOV>PERGOV"],
  },
  // A state body opening a sentence is still the last subject's when no pair follows it.
  {
    text: "Iran summoned the Dutch ambassador. The foreign ministry urged the Netherlands to extradite the suspects.",
    expect: ["REQUEST IRNGOV>NLD"],
  },
  // The Pentagon chief is the US defence secretary, whoever holds the office.
  { text: "The Pentagon chief criticised Beijing's military buildup.", expect: ["ACCUSE USAMIL>CHNGOV"] },
  { text: "The Pentagon chief arrived in Hanoi for talks.", never: ["VNMMIL"], expect: [] },
  // A government in exile opposes the one at home.
  {
    text: "The Tibetan government-in-exile accused Beijing of erasing Tibetan culture.",
    expect: ["ACCUSE CHNOPP>CHNGOV"],
    exact: true,
  },
  {
    text: "Belarus's exiled government urged the European Union to tighten sanctions.",
    expect: ["REQUEST BLROPP>IGOEEC"],
  },
  // A country that is a person's given name or family name names no state.
  { text: "Michael Jordan criticised the league's new rules.", expect: [], exact: true },
  { text: "Retired basketball star Michael Jordan praised the deal.", expect: [], exact: true },
  { text: "Chad Johnson welcomed the ruling.", date: "2021-06-01", expect: [], exact: true },
  // The same countries stay states where nothing makes them a name.
  { text: "Landlocked Chad accused Sudan of arming rebels.", expect: ["ACCUSE TCD>SDN"] },
  { text: "Tiny Jordan condemned the Israeli air strike.", expect: ["ACCUSE JOR>-"] },
  { text: "Jordan recalled its ambassador from Israel.", expect: ["SANCTION JOR>ISR"] },
  { text: "Chad accused Johnson of lying to parliament.", date: "2021-06-01", expect: ["ACCUSE TCD>GBRGOV"] },
  {
    text: "Investigators from the Kenya Anti-Corruption Commission questioned the vice-president.",
    never: ["KENGOV"],
    expect: [],
  },
  // A demonym that only says where a thing comes from is no actor.
  { text: "Spanish flu killed millions of people after the war.", expect: [], exact: true },
  { text: "The Indian variant spread quickly across Europe.", expect: [], exact: true },
  {
    text: "Activists accused the laboratory of testing cosmetics on Guinea pigs.",
    expect: [],
    never: ["GIN"],
  },
  // A language, birthplace or period names no state's actor.
  { text: "Rebels fired Soviet-era rockets at the airport.", expect: [], never: ["RUSREB", "RUSMIL"] },
  { text: "A Russian-speaking gunman attacked police in Narva.", expect: [], never: ["RUS", "RUSREB"] },
  { text: "The Turkish-born striker criticised the German coach.", expect: [], exact: true },
  {
    text: "Russian-backed separatists attacked Ukrainian positions in Donetsk.",
    expect: ["ASSAULT UKRREB>UKR"],
  },
  // Citizens of a state are its citizens, whatever people they belong to.
  {
    text: "Arab citizens of Israel staged a general strike.",
    expect: ["PROTEST ISRCVL>-"],
    never: ["PSECVL"],
  },
  { text: "Iran detained two German citizens.", expect: ["COERCE IRN>DEUCVL"] },
  // Settlers in the Palestinian territories are Israelis wherever the sentence places them.
  {
    text: "Settlers attacked Palestinian farmers near Nablus.",
    expect: ["ASSAULT ISRCVL>PSEAGR"],
    never: ["PSECVL"],
  },
  { text: "Israeli police arrested two settlers in Hebron.", expect: ["COERCE ISRCOP>ISRCVL"] },
  { text: "Moroccan settlers protested in Laayoune.", expect: ["PROTEST MARCVL>-"] },
  // A valley or lake named after a state is no actor of it.
  {
    text: "Israeli troops raided a village in the Jordan Valley.",
    expect: ["ASSAULT ISRMIL>PSE"],
    never: ["JOR"],
  },
  {
    text: "Boko Haram fighters ambushed soldiers near Lake Chad.",
    expect: ["ASSAULT NGAREB>-"],
    never: ["TCD"],
  },
  // Kosovo was a province of Serbia until it declared independence on 17 February 2008.
  {
    text: "The Kosovo Liberation Army ambushed a Serbian police patrol.",
    date: "1998-06-01",
    expect: ["ASSAULT SRBREB>SRBCOP"],
    never: ["UNKREB"],
  },
  {
    text: "Kosovo accused Serbia of stirring unrest in the north.",
    date: "2023-06-01",
    expect: ["ACCUSE UNK>SRB"],
  },
  {
    text: "Thaci urged the European Union to recognise the new state.",
    date: "2008-03-01",
    expect: ["REQUEST UNKGOV>IGOEEC"],
  },
];

// Undated cases are read on a day of mid-2025.
runFullCodeCases(
  "actor names, pairs and exiles",
  cases.map((c) => ({ date: "2025-06-12", ...c })),
);
