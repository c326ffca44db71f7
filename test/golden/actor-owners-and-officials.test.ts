/**
 * Golden actor tests on states named only as owners of things, on officials in office in 2025 and
 * 2026 (by full name, surname and title), on peoples' armed men and on "the group" after a group's
 * spokesman. Each sentence gives the full codes a careful analyst would. Our own sentences.
 */
import { type FullCodeGolden, runFullCodeCases } from "./full-code-runner.js";

const LATE_2025 = "2025-11-20";

const owners: readonly FullCodeGolden[] = [
  // A state's own land, sky or drills are no one its government or forces act on.
  {
    text: "Ethiopia's prime minister pledged to protect Ethiopian sovereignty.",
    date: LATE_2025,
    expect: ["AGREE ETHGOV>-"],
    never: ["ETH"],
  },
  {
    text: "The Iranian foreign minister vowed to defend Iranian airspace.",
    date: LATE_2025,
    expect: ["AGREE IRNGOV>-"],
    never: ["IRN"],
  },
  {
    text: "The Japanese government said it would halt Japanese-American naval drills.",
    date: LATE_2025,
    expect: ["AGREE JPNGOV>-"],
    never: ["JPN"],
  },
  // Another state's land or sky is still the target.
  {
    text: "Russian drones violated Polish airspace on Wednesday, Warsaw said.",
    date: LATE_2025,
    expect: ["REJECT RUSMIL>POL"],
  },
  {
    text: "Israeli jets struck Lebanese territory overnight.",
    date: LATE_2025,
    expect: ["ASSAULT ISRMIL>LBN"],
  },
  // A name ending in a word of land is no owner ("Ivory Coast"), and villagers or rebels fighting
  // for land act on the state.
  { text: "Ivory Coast rebels vowed to fight on.", expect: ["THREATEN CIVREB>CIV"] },
];

const officials: readonly FullCodeGolden[] = [
  {
    text: "Chinese Vice Premier He Lifeng met Maros Sefcovic in Geneva on Monday.",
    date: LATE_2025,
    expect: ["CONSULT CHNGOV>IGOEEC"],
  },
  // A Chinese family name "He" after a title is no pronoun, known or not.
  {
    text: "Chinese Vice Foreign Minister He Yafei met the Russian ambassador in Beijing.",
    date: "2009-05-15",
    expect: ["CONSULT CHNGOV>RUSGOV"],
  },
  {
    text: "Turkish Defence Minister Yasar Guler met his Greek counterpart in Athens.",
    date: LATE_2025,
    expect: ["CONSULT TURGOV>GRCGOV"],
  },
  {
    text: "UAE President Mohamed bin Zayed hosted Putin in Abu Dhabi.",
    date: LATE_2025,
    expect: ["CONSULT AREGOV>RUSGOV"],
  },
  {
    text: "Mossad chief David Barnea travelled to Doha for talks with Qatari mediators.",
    date: LATE_2025,
    expect: ["CONSULT ISRSPY>QATGOV"],
  },
  {
    text: "Tom Barrack, the US envoy for Syria, met Sharaa in Damascus.",
    date: LATE_2025,
    expect: ["CONSULT USAGOV>SYRGOV"],
  },
  {
    text: "US Ambassador to Israel Mike Huckabee criticised France.",
    date: LATE_2025,
    expect: ["ACCUSE USAGOV>FRA"],
  },
  // Deputies, envoys, governors and spokesmen whom wire copy quotes by name.
  {
    text: "Lavrov's deputy Sergei Ryabkov warned Washington against deploying missiles in Europe.",
    date: LATE_2025,
    expect: ["THREATEN RUSGOV>USAGOV"],
  },
  {
    text: "Belgorod governor Vyacheslav Gladkov said Ukrainian drones killed two civilians.",
    date: LATE_2025,
    expect: ["ASSAULT UKRMIL>RUSCVL"],
  },
  {
    text: "UN envoy Hans Grundberg urged the Houthis to release UN staff.",
    date: LATE_2025,
    expect: ["REQUEST IGOUNO>YEMREB"],
  },
  // The body a title names outranks the state a person once served; warring parties are no parties.
  {
    text: "UNHCR chief Barham Salih visited refugees in Chad.",
    date: LATE_2025,
    expect: ["CONSULT IGOUNOREFHCR>-"],
    never: ["IRQ"],
  },
  {
    text: "The African Union urged Sudan's warring parties to agree a truce.",
    date: LATE_2025,
    expect: ["REQUEST IGOAFU>SDN"],
    never: ["SDNPTY"],
  },
  // A state's possessive before its leader's name is the leader: "Brazil's Lula".
  {
    text: "Argentine President Javier Milei criticised Brazil's Lula.",
    date: LATE_2025,
    expect: ["ACCUSE ARGGOV>BRAGOV"],
  },
  {
    text: "Russia's Lavrov met Turkey's Fidan in Antalya.",
    date: LATE_2025,
    expect: ["CONSULT RUSGOV>TURGOV"],
  },
  {
    text: "Estonian Prime Minister Kristen Michal accused Russia of violating the country's airspace.",
    date: LATE_2025,
    expect: ["ACCUSE ESTGOV>RUS"],
  },
];

const groups: readonly FullCodeGolden[] = [
  // A people's armed men are rebels of the state they live in, not its army.
  {
    text: "Tigrayan forces attacked the town of Alamata.",
    date: LATE_2025,
    expect: ["ASSAULT ETHREB>-"],
    never: ["ETHMIL"],
  },
  {
    text: "Tigray fighters seized the town of Adigrat, residents said.",
    date: LATE_2025,
    expect: ["ASSAULT ETHREB>-"],
    never: ["ETHMIL"],
  },
  // Armed groups active in 2024-2026.
  {
    text: "Wazalendo fighters clashed with M23 rebels near Goma.",
    date: LATE_2025,
    expect: ["ASSAULT CODUAF>CODREB"],
  },
  {
    text: "Viv Ansanm gangs attacked the town of Mirebalais.",
    date: LATE_2025,
    expect: ["ASSAULT HTICRM>-"],
  },
  // Myanmar's ethnic armed groups named by their people; "Karen" as a given name is no group.
  {
    text: "Government troops attacked Kachin fighters near the Chinese border.",
    date: LATE_2025,
    expect: ["ASSAULT MMRMIL>MMRREB"],
  },
  { text: "Karenni rebels captured the town of Loikaw.", date: LATE_2025, expect: ["ASSAULT MMRREB>-"] },
  { text: "Karen Bass said Los Angeles would rebuild.", date: LATE_2025, expect: [], never: ["MMRREB"] },
  // Refugees are coded by where they come from, or else by where they are.
  {
    text: "Rohingya refugees in Bangladesh protested on Sunday.",
    date: LATE_2025,
    expect: ["PROTEST MMRREF>-"],
  },
  { text: "Refugees in Bangladesh protested on Sunday.", date: LATE_2025, expect: ["PROTEST BGDREF>-"] },
  // A rebel leader's forces are rebels; a state commander's stay the army.
  {
    text: "Hemedti's forces seized El Fasher.",
    date: LATE_2025,
    expect: ["ASSAULT SDNREB>-"],
    never: ["SDNMIL"],
  },
  { text: "Putin's troops shelled Kharkiv.", date: LATE_2025, expect: ["ASSAULT RUSMIL>UKR"] },
  // What an army holds or drives is the army when hit; its aid is no one.
  {
    text: "Al-Shabaab fighters attacked a military base in southern Somalia on Tuesday.",
    date: LATE_2025,
    expect: ["ASSAULT SOMREB>SOMMIL"],
  },
  {
    text: "A suicide bomber hit a military convoy in North Waziristan.",
    date: LATE_2025,
    expect: ["ASSAULT PAKREB>PAKMIL"],
  },
  { text: "Russia sent military aid to Syria.", date: LATE_2025, expect: ["AID RUS>SYR"], never: ["RUSMIL"] },
  // "The paramilitaries" after the RSF are the RSF, not unidentified armed men.
  {
    text: "The general said his forces would fight until the RSF was defeated. The paramilitaries accused him of blocking peace efforts.",
    date: LATE_2025,
    expect: ["ACCUSE SDNREB>-"],
    never: ["SDNUAF"],
  },
  // "The group" after a group's spokesman is the group.
  {
    text: "Houthi military spokesman Yahya Saree said the group had targeted an Israeli ship.",
    date: LATE_2025,
    expect: ["ASSAULT YEMREB>ISR"],
    never: ["YEMOPP"],
  },
];

const sidesAndOpposition: readonly FullCodeGolden[] = [
  // Unnamed rebels striking a state's positions or villages are that state's rebels.
  {
    text: "Separatists shelled Ukrainian positions overnight.",
    date: LATE_2025,
    expect: ["ASSAULT UKRREB>UKR"],
  },
  {
    text: "Insurgents overran several Burkinabe army outposts.",
    date: LATE_2025,
    expect: ["ASSAULT BFAREB>BFAMIL"],
  },
  // People named by a demonym and a common noun still place no one ("French hostages").
  { text: "Rebels freed two French hostages.", date: LATE_2025, expect: [], never: ["FRAREB"] },
  // Officials a state installed or appointed are that state's.
  {
    text: "Russian-installed officials in Zaporizhzhia accused Ukraine of shelling a power plant.",
    date: LATE_2025,
    expect: ["ACCUSE RUSGOV>UKR"],
    never: ["UKRGOV"],
  },
  {
    text: "The Russian-appointed governor of Crimea accused Kyiv of terrorism.",
    date: LATE_2025,
    expect: ["ACCUSE RUSGOV>UKRGOV"],
  },
  // Opposition leaders in 2025, including former heads of state.
  {
    text: "Imamoglu accused Erdogan of silencing the opposition.",
    date: LATE_2025,
    expect: ["ACCUSE TUROPP>TURGOV"],
  },
  { text: "Badenoch criticised Starmer over the deal.", date: LATE_2025, expect: ["ACCUSE GBROPP>GBRGOV"] },
  {
    text: "Former Brazilian president Jair Bolsonaro accused the court of persecution.",
    date: LATE_2025,
    expect: ["ACCUSE BRAOPP>BRAJUD"],
  },
  // A state's bare "general" is an officer; "general election" is not.
  { text: "The top US general warned Iran.", date: LATE_2025, expect: ["THREATEN USAMIL>IRN"] },
  {
    text: "Israeli generals urged Netanyahu to accept a ceasefire.",
    date: LATE_2025,
    expect: ["REQUEST ISRMIL>ISRGOV"],
  },
  { text: "Iraq's general election was postponed.", date: LATE_2025, expect: [], never: ["IRQMIL"] },
  {
    text: "Zelensky urged European allies to tighten sanctions.",
    date: LATE_2025,
    expect: ["REQUEST UKRGOV>EUR"],
  },
];

// A state's own epithet stands for it once the report has named it, whatever else is in view.
const epithets: readonly FullCodeGolden[] = [
  {
    text: "Taiwan reported 30 Chinese military aircraft near the island on Tuesday. The self-ruled island accused Beijing of escalating tensions.",
    date: LATE_2025,
    expect: ["ACCUSE TWN>CHNGOV"],
  },
  {
    text: "Israel struck targets in Iran on Friday. The Islamic republic fired missiles at the Jewish state in response.",
    date: LATE_2025,
    expect: ["ASSAULT IRN>ISR"],
  },
];

// "The country's foreign ministry" opening the next sentence is the last subject's state.
const continued: readonly FullCodeGolden[] = [
  {
    text: "Algeria recalled its ambassador to France on Tuesday. The country's foreign ministry accused Paris of hostile acts.",
    date: LATE_2025,
    expect: ["ACCUSE DZAGOV>FRAGOV"],
  },
  // An international officer has no state for a home: a call with no one named aims at no "IGO".
  { text: "Guterres urged restraint.", date: LATE_2025, expect: ["REQUEST IGOUNO>-"], never: ["IGO"] },
  // A capitalised "General" before a known person is his rank.
  {
    text: "A newspaper defied a ban imposed by General Michel Aoun.",
    date: "1989-06-01",
    expect: ["REJECT LBNMED>LBNMIL"],
  },
  // ICE by name, with its officers after it; the bare word stays a word.
  { text: "ICE agents detained a Mexican journalist.", date: LATE_2025, expect: ["COERCE USACOP>MEXMED"] },
];

runFullCodeCases("states named as owners of things", owners);
runFullCodeCases("later references to a state's bodies", continued);
runFullCodeCases("states' own epithets", epithets);
runFullCodeCases("rebels' home states, installed officials and opposition leaders", sidesAndOpposition);
runFullCodeCases("officials in office in 2025 and 2026", officials);
runFullCodeCases("peoples' fighters and groups' spokesmen", groups);
