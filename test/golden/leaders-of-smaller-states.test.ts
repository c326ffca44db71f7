/**
 * Golden leader tests: heads of state and government and foreign ministers of European, Gulf and
 * African states, coded with the role each held on the text's date (GOV while in office, the
 * country alone before or after). Our own sentences.
 */
import { type FullCodeGolden, runFullCodeCases } from "./full-code-runner.js";

const cases: readonly FullCodeGolden[] = [
  { text: "Chancellor Christian Stocker urged Hungary to respect EU rules.", expect: ["REQUEST AUTGOV>HUN"] },
  { text: "Nehammer criticised Turkey over migration.", date: "2023-03-01", expect: ["ACCUSE AUTGOV>TUR"] },
  {
    text: "Austrian President Alexander Van der Bellen met Zelensky in Kyiv.",
    expect: ["CONSULT AUTGOV>UKRGOV"],
  },
  { text: "Foreign Minister Beate Meinl-Reisinger visited Belgrade.", expect: ["CONSULT AUTGOV>SRBGOV"] },
  { text: "Bart De Wever rejected the plan to seize Russian assets.", expect: ["REJECT BELGOV>-"] },
  {
    text: "De Croo condemned the attack on Belgian soldiers.",
    date: "2023-10-20",
    expect: ["ACCUSE BELGOV>-"],
  },
  { text: "Mette Frederiksen accused Washington of pressuring Denmark.", expect: ["ACCUSE DNKGOV>USAGOV"] },
  {
    text: "Lars Lokke Rasmussen summoned the US envoy over the spying report.",
    expect: ["ACCUSE DNKGOV>USAGOV"],
  },
  { text: "Taoiseach Micheal Martin met Starmer in London.", expect: ["CONSULT IRLGOV>GBRGOV"] },
  {
    text: "Leo Varadkar criticised Israel's offensive in Gaza.",
    date: "2023-11-20",
    expect: ["ACCUSE IRLGOV>ISR"],
  },
  // A common name shared with a country's leader is not enough on its own.
  { text: "Michael Martin criticised the council.", expect: [], exact: true },
  {
    text: "Sultan Haitham received the Iranian foreign minister in Muscat.",
    expect: ["CONSULT OMNGOV>IRNGOV"],
  },
  { text: "Badr Albusaidi met Araghchi in Rome.", expect: ["CONSULT OMNGOV>IRNGOV"] },
  {
    text: "Kuwait's emir Sheikh Mishal al-Ahmad received the Saudi crown prince.",
    expect: ["CONSULT KWTGOV>SAUGOV"],
  },
  {
    text: "Sheikh Sabah urged Qatar and its neighbours to end the rift.",
    date: "2017-06-10",
    expect: ["REQUEST KWTGOV>QAT"],
  },
  { text: "Robert Golob urged Israel to halt the offensive.", expect: ["REQUEST SVNGOV>ISR"] },
  {
    text: "Cypriot President Nikos Christodoulides met Erdogan in New York.",
    expect: ["CONSULT CYPGOV>TURGOV"],
  },
  { text: "Anastasiades accused Turkey of provocations.", date: "2020-10-10", expect: ["ACCUSE CYPGOV>TUR"] },
  {
    text: "Slovak President Peter Pellegrini met Putin.",
    date: "2025-05-09",
    expect: ["CONSULT SVKGOV>RUSGOV"],
  },
  { text: "Winston Peters visited Beijing for talks.", expect: ["CONSULT NZLGOV>CHNGOV"] },
  { text: "Brice Oligui Nguema met Macron in Paris.", expect: ["CONSULT GABGOV>FRAGOV"] },
  { text: "Faure Gnassingbe hosted talks between Mali and Algeria.", expect: ["CONSULT TGOGOV>-"] },
  { text: "Netumbo Nandi-Ndaitwah criticised Germany's colonial record.", expect: ["ACCUSE NAMGOV>DEU"] },
  { text: "Rodrigo Chaves accused Nicaragua of harbouring criminals.", expect: ["ACCUSE CRIGOV>NIC"] },
];

// Undated cases are read on a day of mid-2025.
runFullCodeCases(
  "leaders of smaller states",
  cases.map((c) => ({ date: "2025-06-12", ...c })),
);
