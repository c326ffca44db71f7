/**
 * Golden leader tests: regional governments, party leaders and commanders of non-state forces that
 * wire news names by name alone, coded with the role each holds on the text's date. Our own sentences.
 */
import { type FullCodeGolden, runFullCodeCases } from "./full-code-runner.js";

const cases: readonly FullCodeGolden[] = [
  {
    text: "Masrour Barzani met Iraqi Prime Minister Mohammed Shia al-Sudani in Baghdad.",
    date: "2025-10-20",
    expect: ["CONSULT IRQGOV>IRQGOV"],
  },
  {
    text: "Mazloum Abdi accused Turkey of shelling Kurdish villages.",
    date: "2025-10-20",
    expect: ["ACCUSE SYRREB>TUR"],
  },
  {
    text: "Devlet Bahceli urged Abdullah Ocalan to call on the PKK to disarm.",
    date: "2025-10-20",
    expect: ["REQUEST TURPTY>TURREB"],
  },
  {
    text: "Ozgur Ozel accused Erdogan of jailing opponents.",
    date: "2025-10-20",
    expect: ["ACCUSE TUROPP>TURGOV"],
  },
  // Out of his party's leadership since 2023, he is Lebanon's alone.
  {
    text: "Walid Jumblatt met Syrian leader Ahmed al-Sharaa in Damascus.",
    date: "2025-10-20",
    expect: ["CONSULT LBN>SYRGOV"],
  },
];

runFullCodeCases("golden party and regional leaders", cases);
