/**
 * Golden actor tests on heads and bodies named through their owner: "the UN's nuclear watchdog",
 * "NATO's chief", "the head of the IAEA", "the chief of the Russian army" (the body's sector, not
 * the government's), a head of the body nothing owns ("shot in the head"), and the papers of
 * parties and governments (the media). Our own sentences.
 */
import { type FullCodeGolden, runFullCodeCases } from "./full-code-runner.js";

const cases: readonly FullCodeGolden[] = [
  // A UN agency's name may come with the UN in the possessive.
  {
    text: "The UN's nuclear watchdog rebuked Tehran for blocking inspections.",
    expect: ["ACCUSE IGOUNOIAE>IRNGOV"],
  },
  { text: "The United Nations' health agency praised Rwanda's response.", expect: ["SUPPORT IGOUNOWHO>RWA"] },
  {
    text: "The U.N.'s refugee agency urged Greece to stop pushing back migrants.",
    expect: ["REQUEST IGOUNOREFHCR>GRC"],
  },
  // A chief, head or boss after its owner is the owner's.
  { text: "NATO's chief warned Moscow against escalation.", expect: ["THREATEN IGONAT>RUSGOV"] },
  { text: "The UN's chief condemned the coup in Gabon.", date: "2023-08-31", expect: ["ACCUSE IGOUNO>GAB"] },
  { text: "The IAEA's director general criticised Iran.", expect: ["ACCUSE IGOUNOIAE>IRN"] },
  { text: "The head of the IAEA met Iranian officials in Tehran.", expect: ["CONSULT IGOUNOIAE>IRNGOV"] },
  // A head of a body is of the body's sector.
  { text: "The head of Iran's judiciary criticised the verdict.", expect: ["ACCUSE IRNJUD>-"] },
  {
    text: "The chief of the Pakistani army met the Chinese defence minister.",
    expect: ["CONSULT PAKMIL>CHNMIL"],
  },
  // A paper or broadcaster is the media, whoever owns it.
  {
    text: "North Korea's ruling party newspaper denounced Seoul's drills.",
    expect: ["ACCUSE PRKMED>KORGOV"],
  },
  {
    text: "Police raided the offices of the opposition newspaper in Managua.",
    expect: [],
    never: ["NICOPP"],
  },
  { text: "Iran's state broadcaster accused Israel of the attack.", expect: ["ACCUSE IRNMED>ISR"] },
  // Legislatures by their own names.
  { text: "The Storting approved new sanctions on Russia.", expect: ["SANCTION NORLEG>RUS"] },
  { text: "Iran's Majlis condemned the US strikes.", expect: ["ACCUSE IRNLEG>USA"] },
  { text: "The Dail passed a motion condemning Israel.", expect: ["ACCUSE IRLLEG>ISR"] },
  // A head with no owner is no one.
  {
    text: "A police officer was shot in the head by gunmen in Karachi.",
    expect: ["ASSAULT PAKREB>PAKCOP"],
    exact: true,
  },
  { text: "The boy was hit on the head by a rubber bullet.", expect: [], exact: true },
  // The backer of an allied militia is not its state, whoever leads the militia.
  {
    text: "Gunmen killed the commander of Israel's militia ally in southern Lebanon.",
    date: "1998-05-01",
    never: ["ISRUAF", "ISRMIL"],
    expect: [],
  },
];

// Undated cases are read on a day of mid-2025.
runFullCodeCases(
  "heads and owned bodies",
  cases.map((c) => ({ date: "2025-06-12", ...c })),
);
