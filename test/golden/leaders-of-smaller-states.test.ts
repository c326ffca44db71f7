/**
 * Golden leader tests: heads of state and government and foreign ministers of European, Gulf and
 * African states, coded with the role each held on the text's date (GOV while in office, the
 * country alone before or after). Our own sentences.
 */
import { type FullCodeCase, runFullCodeCases } from "./full-code-runner.js";

const cases: readonly FullCodeCase[] = [
  { text: "Chancellor Christian Stocker urged Hungary to respect EU rules.", events: ["REQUEST AUTGOV>HUN"] },
  { text: "Nehammer criticised Turkey over migration.", date: "2023-03-01", events: ["ACCUSE AUTGOV>TUR"] },
  {
    text: "Austrian President Alexander Van der Bellen met Zelensky in Kyiv.",
    events: ["CONSULT AUTGOV>UKRGOV"],
  },
  { text: "Foreign Minister Beate Meinl-Reisinger visited Belgrade.", events: ["CONSULT AUTGOV>SRBGOV"] },
  { text: "Bart De Wever rejected the plan to seize Russian assets.", events: ["REJECT BELGOV>-"] },
  {
    text: "De Croo condemned the attack on Belgian soldiers.",
    date: "2023-10-20",
    events: ["ACCUSE BELGOV>-"],
  },
  { text: "Mette Frederiksen accused Washington of pressuring Denmark.", events: ["ACCUSE DNKGOV>USAGOV"] },
  {
    text: "Lars Lokke Rasmussen summoned the US envoy over the spying report.",
    events: ["ACCUSE DNKGOV>USAGOV"],
  },
  { text: "Taoiseach Micheal Martin met Starmer in London.", events: ["CONSULT IRLGOV>GBRGOV"] },
  {
    text: "Leo Varadkar criticised Israel's offensive in Gaza.",
    date: "2023-11-20",
    events: ["ACCUSE IRLGOV>ISR"],
  },
  // A common name shared with a country's leader is not enough on its own.
  { text: "Michael Martin criticised the council.", events: [], exact: true },
  {
    text: "Sultan Haitham received the Iranian foreign minister in Muscat.",
    events: ["CONSULT OMNGOV>IRNGOV"],
  },
  { text: "Badr Albusaidi met Araghchi in Rome.", events: ["CONSULT OMNGOV>IRNGOV"] },
  {
    text: "Kuwait's emir Sheikh Mishal al-Ahmad received the Saudi crown prince.",
    events: ["CONSULT KWTGOV>SAUGOV"],
  },
  {
    text: "Sheikh Sabah urged Qatar and its neighbours to end the rift.",
    date: "2017-06-10",
    events: ["REQUEST KWTGOV>QAT"],
  },
  { text: "Robert Golob urged Israel to halt the offensive.", events: ["REQUEST SVNGOV>ISR"] },
  {
    text: "Cypriot President Nikos Christodoulides met Erdogan in New York.",
    events: ["CONSULT CYPGOV>TURGOV"],
  },
  { text: "Anastasiades accused Turkey of provocations.", date: "2020-10-10", events: ["ACCUSE CYPGOV>TUR"] },
  {
    text: "Slovak President Peter Pellegrini met Putin.",
    date: "2025-05-09",
    events: ["CONSULT SVKGOV>RUSGOV"],
  },
  { text: "Winston Peters visited Beijing for talks.", events: ["CONSULT NZLGOV>CHNGOV"] },
  { text: "Brice Oligui Nguema met Macron in Paris.", events: ["CONSULT GABGOV>FRAGOV"] },
  { text: "Faure Gnassingbe hosted talks between Mali and Algeria.", events: ["CONSULT TGOGOV>-"] },
  { text: "Netumbo Nandi-Ndaitwah criticised Germany's colonial record.", events: ["ACCUSE NAMGOV>DEU"] },
  { text: "Rodrigo Chaves accused Nicaragua of harbouring criminals.", events: ["ACCUSE CRIGOV>NIC"] },
];

runFullCodeCases("leaders of smaller states", cases);
