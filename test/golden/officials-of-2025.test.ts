/**
 * Golden officials tests: envoys, cabinet secretaries, spokespeople, commanders and heads of
 * regional bodies who came into office in 2024-2025, coded with the role each held on the text's
 * date. Our own sentences.
 */
import { type FullCodeGolden, runFullCodeCases } from "./full-code-runner.js";

const cases: readonly FullCodeGolden[] = [
  {
    text: "US envoy Keith Kellogg met Ukrainian officials in Kyiv on Thursday.",
    date: "2025-07-10",
    expect: ["CONSULT USAGOV>UKRGOV"],
  },
  {
    text: "Kirill Dmitriev praised the talks with US officials in Riyadh.",
    date: "2025-03-01",
    expect: ["SUPPORT RUSGOV>USAGOV"],
  },
  {
    text: "Commerce Secretary Howard Lutnick threatened new tariffs on Canada.",
    date: "2025-05-01",
    expect: ["THREATEN USAGOV>CAN"],
  },
  {
    text: "Jamieson Greer met Chinese Vice Premier He Lifeng in Geneva.",
    date: "2025-05-10",
    expect: ["CONSULT USAGOV>CHNGOV"],
  },
  {
    text: "Homeland Security Secretary Kristi Noem accused Mexico of failing to stop migrants.",
    date: "2025-04-01",
    expect: ["ACCUSE USAGOV>MEX"],
  },
  {
    text: "General Dan Caine met Israeli military chiefs in Tel Aviv.",
    date: "2025-06-01",
    expect: ["CONSULT USAMIL>ISRMIL"],
  },
  {
    text: "Foreign ministry spokesman Esmaeil Baghaei condemned the Israeli strikes.",
    date: "2025-06-15",
    expect: ["ACCUSE IRNGOV>ISR"],
  },
  {
    text: "Guo Jiakun urged Washington to stop arming Taiwan.",
    date: "2025-04-10",
    expect: ["REQUEST CHNGOV>USAGOV"],
  },
  {
    text: "Randhir Jaiswal accused Pakistan of backing the attackers.",
    date: "2025-05-01",
    expect: ["ACCUSE INDGOV>PAK"],
  },
  {
    text: "Ron Dermer held talks with Steve Witkoff in Washington.",
    date: "2025-07-01",
    expect: ["CONSULT ISRGOV>USAGOV"],
  },
  {
    // The warring parties are Sudan's army and its rebels, no political parties.
    text: "Mahmoud Ali Youssouf urged Sudan's warring parties to agree a truce.",
    date: "2025-06-01",
    expect: ["REQUEST IGOAFU>SDN"],
  },
  {
    text: "Mahmoud Ali Youssouf met the Ethiopian foreign minister in Addis Ababa.",
    date: "2024-06-01",
    expect: ["CONSULT DJIGOV>ETHGOV"],
  },
  {
    text: "Jasem Albudaiwi condemned the Israeli strike on Doha.",
    date: "2025-09-10",
    expect: ["ACCUSE IGOGCC>ISR"],
  },
  {
    text: "Colonel Michael Randrianirina met African Union envoys in Antananarivo.",
    date: "2025-10-25",
    expect: ["CONSULT MDGGOV>IGOAFU"],
  },
  {
    text: "Andry Rajoelina accused the army of plotting a coup.",
    date: "2025-10-12",
    expect: ["ACCUSE MDGGOV>MDGMIL"],
  },
  // A leader with no place and no other state named deals with his own army; a place elsewhere
  // leaves the army unplaced rather than of that place.
  {
    text: "Zelensky praised the army for holding the line.",
    date: "2025-10-12",
    expect: ["SUPPORT UKRGOV>UKRMIL"],
  },
  {
    text: "Chinese President Xi Jinping told the military to prepare for war.",
    expect: ["REQUEST CHNGOV>CHNMIL"],
  },
  {
    text: "Putin ordered the army to take Pokrovsk.",
    date: "2025-10-12",
    expect: ["REQUEST RUSGOV>-"],
    never: ["UKRMIL"],
  },
  {
    text: "Israel's Home Front Command ordered schools in the north to close.",
    expect: ["REQUEST ISRMIL>ISR"],
  },
  // A title once held is no role now: a named former holder is one of the elites, unless his own
  // role on the date is another; former soldiers are civilians.
  {
    text: "Former US President Joe Biden criticised Donald Trump's tariffs.",
    date: "2025-10-20",
    expect: ["ACCUSE USAELI>USAGOV"],
  },
  {
    text: "Former NATO chief Jens Stoltenberg met Chinese officials in Oslo.",
    date: "2025-10-20",
    expect: ["CONSULT NORGOV>CHNGOV"],
  },
  {
    text: "Former soldiers protested in Kyiv against pension cuts.",
    date: "2025-10-20",
    expect: ["PROTEST UKRCVL>UKRGOV"],
  },
];

runFullCodeCases("golden officials of 2025", cases);
