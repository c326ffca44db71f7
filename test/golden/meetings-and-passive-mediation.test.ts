/**
 * Golden sentences on meetings held by two sides ("held a meeting in Istanbul") and on mediation
 * told in the passive: a mediator acts on the sides of the talks or deal it brought about, named
 * after "between" or as the subject that held or signed it, and is never the target of the
 * sides' own act on the deal. Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "Russia and Ukraine held a meeting in Istanbul.",
    expect: ["CONSULT RUS>UKR", "CONSULT UKR>RUS"],
    exact: true,
  },
  {
    text: "Iranian and Saudi officials held a meeting in Baghdad on Friday.",
    expect: ["CONSULT IRN>SAU", "CONSULT SAU>IRN"],
    exact: true,
  },
  {
    text: "The foreign minister held a news conference in Ankara.",
    expect: [],
    exact: true,
  },
  {
    text: "Russia and Ukraine held talks in Doha mediated by Qatar and Turkey.",
    expect: [
      "CONSULT RUS>UKR",
      "CONSULT UKR>RUS",
      "CONSULT QAT>RUS",
      "CONSULT QAT>UKR",
      "CONSULT TUR>RUS",
      "CONSULT TUR>UKR",
    ],
    exact: true,
  },
  {
    text: "Talks between Armenia and Azerbaijan, mediated by the United States, ended on Friday.",
    expect: ["CONSULT ARM>AZE", "CONSULT AZE>ARM", "CONSULT USA>ARM", "CONSULT USA>AZE"],
    exact: true,
  },
  {
    text: "The deal between Ethiopia and Eritrea was brokered by the European Union.",
    expect: ["CONSULT IGO>ETH", "CONSULT IGO>ERI"],
    exact: true,
  },
  {
    text: "A truce brokered by Qatar between Israel and Hamas took effect on Sunday.",
    expect: ["CONSULT QAT>ISR", "CONSULT QAT>PSE"],
  },
  {
    text: "Israel and Hamas signed a deal brokered by Egypt.",
    expect: ["SUPPORT ISR>PSE", "SUPPORT PSE>ISR", "CONSULT EGY>ISR", "CONSULT EGY>PSE"],
    exact: true,
    absent: ["SUPPORT ISR>EGY", "SUPPORT PSE>EGY"],
  },
  {
    text: "Russia and China praised the deal brokered by Turkey.",
    expect: ["CONSULT TUR>-"],
    absent: ["CONSULT TUR>RUS", "CONSULT TUR>CHN"],
  },
  // The holding verb may stand a long object before the mediated noun, and restoring ties is done together.
  {
    text: "Armenia and Azerbaijan freed dozens of detained soldiers on Friday in an exchange brokered by Washington.",
    expect: ["CONSULT USA>ARM", "CONSULT USA>AZE"],
  },
  {
    text: "Bahrain restored diplomatic relations with Qatar in an agreement mediated by Kuwait.",
    expect: ["CONSULT KWT>BHR", "CONSULT KWT>QAT"],
  },
];

runGoldenCases("golden sentences: meetings and mediation told in the passive", cases);
