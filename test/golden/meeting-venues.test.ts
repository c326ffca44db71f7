/**
 * Golden sentences for the place of talks: a city or country after "in" where parties meet or talk
 * is the venue, not the party met ("Putin will hold talks in Istanbul" meets no Turk); a summit
 * attended abroad keeps its place, and an attack's place is still what it hit. Our own sentences.
 */
import { runGoldenCases } from "./golden-runner.js";

runGoldenCases("golden sentences: meeting venues", [
  { text: "Putin will hold talks in Istanbul.", expect: ["CONSULT RUS>-"], absent: ["CONSULT RUS>TUR"] },
  { text: "Rubio met Smith in Paris on Monday.", expect: ["CONSULT USA>-"], absent: ["CONSULT USA>FRA"] },
  { text: "Zelensky held talks in Washington.", expect: ["CONSULT UKR>-"], absent: ["CONSULT UKR>USA"] },
  {
    text: "Iran and the United States held talks in Oman.",
    expect: ["CONSULT IRN>USA", "CONSULT USA>IRN"],
    exact: true,
  },
  { text: "Russia launched a missile attack in Kharkiv.", expect: ["ASSAULT RUS>UKR"], exact: true },
]);
