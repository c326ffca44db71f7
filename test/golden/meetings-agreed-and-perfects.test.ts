/**
 * Golden sentences on meetings agreed on somewhere ("agreed to meet in Budapest": the city is the
 * venue, the two leaders the parties) and perfects whose participle wink tags an adjective ("has
 * mediated several exchanges" is mediation, not an exchange held). Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "The Kremlin said Putin and Trump had agreed to meet in Budapest.",
    expect: ["AGREE RUS>USA", "AGREE USA>RUS"],
    exact: true,
  },
  {
    text: "Putin and Trump will meet in Budapest.",
    expect: ["CONSULT RUS>USA", "CONSULT USA>RUS"],
    exact: true,
  },
  { text: "Trump agreed to visit Hungary.", expect: ["AGREE USA>HUN"] },
  {
    text: "The UAE has mediated several exchanges between Russia and Ukraine.",
    expect: ["CONSULT ARE>RUS", "CONSULT ARE>UKR"],
    exact: true,
  },
  {
    text: "Qatar mediated the deal between Israel and Hamas.",
    expect: ["CONSULT QAT>ISR", "CONSULT QAT>PSE"],
    exact: true,
  },
];

runGoldenCases("meetings agreed and perfects", cases);
