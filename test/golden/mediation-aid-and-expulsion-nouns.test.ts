/**
 * Golden sentences on three noun events: a mediation its owner names reaches both sides after
 * "between", whatever verb follows; aid "from" a state that arrives somewhere was sent by it; and
 * "the expulsion of X from Y" is Y's act.
 * Our own sentences.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "Egypt's mediation between Israel and Hamas produced a truce.",
    expect: ["CONSULT EGY>ISR", "CONSULT EGY>PSE"],
    exact: true,
  },
  {
    text: "Turkey's mediation between Russia and Ukraine angered Washington.",
    expect: ["CONSULT TUR>RUS", "CONSULT TUR>UKR"],
  },
  { text: "Aid from Japan arrived in Turkey on Tuesday.", expect: ["AID JPN>TUR"], exact: true },
  {
    text: "Humanitarian aid from the United Arab Emirates reached Gaza.",
    expect: ["AID ARE>PSE"],
    exact: true,
  },
];

runGoldenCases("mediation's two sides and aid from a state", cases);

// "The expulsion of X from Y": the state they are expelled from expels them.
const expelledFrom: readonly Golden[] = [
  {
    text: "The expulsion of French troops from Niger marked the end of an era.",
    expect: ["COERCE NER>FRA"],
    exact: true,
  },
  {
    text: "The expulsion of two Russian diplomats from Poland angered Moscow.",
    expect: ["SANCTION POL>RUS"],
    absent: ["COERCE POL>RUS"],
  },
];

runGoldenCases("expelled from a state", expelledFrom);
