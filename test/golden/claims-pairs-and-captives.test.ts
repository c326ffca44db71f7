/**
 * Golden sentences on claims to own something, pairs acting where one of them is at home, actors
 * named "it" after a verb of charging, deals brokered by a third party, captives set free and
 * waters entered, "shot down" read as a verb, states recognised and occasions after "during":
 * rejecting a claim to waters refuses it and denies no report; "Greece and Turkey
 * met in Ankara and pledged …" is a pledge both ways; "accusing it of" accuses the state named
 * before. Our own sentences, not the gold sets.
 */
import { runGoldenCases, type Golden } from "./golden-runner.js";

const cases: readonly Golden[] = [
  // A claim to own something is rejected, as a demand is; a claim that something happened is denied.
  {
    text: "Indonesia rejected a Chinese claim to waters off the Natuna Islands.",
    expect: ["REJECT IDN>CHN"],
    exact: true,
  },
  {
    text: "The Philippines dismissed China's claims over the Scarborough Shoal.",
    expect: ["REJECT PHL>CHN"],
    exact: true,
  },
  {
    text: "Vietnam rejected Beijing's territorial claims in the South China Sea.",
    expect: ["REJECT VNM>CHN"],
    exact: true,
  },
  { text: "Kyiv denied claims that it had shelled the plant.", expect: [], absent: ["REJECT UKR>-"] },
  // A pair acting at the home of one of them acts towards each other.
  {
    text: "Greece and Turkey met in Ankara and pledged to keep channels of communication open.",
    expect: ["CONSULT GRC>TUR", "CONSULT TUR>GRC", "AGREE GRC>TUR", "AGREE TUR>GRC"],
    exact: true,
  },
  {
    text: "Greek and Turkish leaders met in Athens and pledged to keep channels of communication open.",
    expect: ["CONSULT GRC>TUR", "CONSULT TUR>GRC", "AGREE GRC>TUR", "AGREE TUR>GRC"],
    exact: true,
  },
  // One accuses or urges an actor: "it" after such a verb is a state, not a thing.
  {
    text: "Algeria cut diplomatic ties with Morocco, accusing it of hostile acts.",
    expect: ["SANCTION DZA>MAR", "ACCUSE DZA>MAR"],
    exact: true,
  },
  { text: "China denied the report, calling it a fabrication.", expect: [], exact: true },
  // A deal brokered by a third party: the mediation is aimed at the deal's makers.
  {
    text: "Saudi Arabia and Iran agreed to reopen their embassies within two months under a deal brokered by China.",
    expect: ["AGREE SAU>IRN", "AGREE IRN>SAU", "CONSULT CHN>SAU", "CONSULT CHN>IRN"],
    exact: true,
  },
  {
    text: "Russia and Ukraine swapped 90 prisoners of war in an exchange brokered by the United Arab Emirates.",
    expect: ["CONSULT ARE>RUS", "CONSULT ARE>UKR"],
  },
  // Hostages are someone else's people: their release is not aimed at the captor's own state.
  { text: "Hamas freed 13 hostages.", expect: ["RETREAT PSE>-"], absent: ["RETREAT PSE>PSE"] },
  {
    text: "Thirteen hostages were freed by Hamas on Friday.",
    expect: ["RETREAT PSE>-"],
    absent: ["RETREAT PSE>PSE"],
  },
  { text: "Israel freed 39 prisoners.", expect: ["RETREAT ISR>ISR"], exact: true },
  // Waters or airspace "its" entered or violated belong to another state than the intruder's.
  {
    text: "Japan lodged a formal protest with China after a Chinese survey ship entered its territorial waters.",
    expect: ["ACCUSE JPN>CHN", "REJECT CHN>JPN"],
    exact: true,
  },
  {
    text: "Russia said Ukrainian drones entered its airspace overnight.",
    expect: ["REJECT UKR>RUS"],
    exact: true,
  },
  // Entering an air defence zone is a show of force.
  {
    text: "Russian bombers entered Japan's air defence identification zone.",
    expect: ["MOBILIZE RUS>JPN"],
    exact: true,
  },
  {
    text: "Chinese warplanes entered Taiwan's air defence zone on Monday, the island's defence ministry said.",
    expect: ["MOBILIZE CHN>TWN"],
    exact: true,
  },
  // A deal the clause's act praises is no deal the praisers made.
  {
    text: "Russia and China praised the deal brokered by Turkey.",
    expect: ["CONSULT TUR>-"],
    absent: ["CONSULT TUR>RUS"],
  },
  // "shot down": wink reads "shot" as a noun after a noun phrase.
  { text: "The US military shot down a Chinese drone.", expect: ["ASSAULT USA>CHN"], exact: true },
  // Recognising a state is diplomatic recognition; recognising its efforts is not.
  { text: "Guatemala recognized Taiwan.", expect: ["SUPPORT GTM>TWN"], exact: true },
  { text: "The EU recognized Ukraine's efforts to fight corruption.", expect: [], exact: true },
  // An occasion after "during" names no one acted on.
  {
    text: "Macron condemned the attack during a meeting with the Israeli president.",
    expect: ["ACCUSE FRA>-"],
    absent: ["ACCUSE FRA>ISR"],
  },
  // Export controls announced are imposed; a short talk "briefly on the sidelines" is a meeting there.
  { text: "China announced export controls on gallium.", expect: ["SANCTION CHN>-"], exact: true },
  { text: "Japan announced new export controls on South Korea.", expect: ["SANCTION JPN>KOR"], exact: true },
  {
    text: "Modi and Xi talked briefly on the sidelines of the BRICS summit.",
    expect: ["CONSULT IND>CHN", "CONSULT CHN>IND"],
  },
];

runGoldenCases("golden sentences: claims, pairs at home, captives and waters entered", cases);
