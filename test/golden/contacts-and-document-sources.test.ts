/**
 * Golden sentences for contacts named by verbs the coder lacked ("contacted", "reached out to",
 * "renewed its invitation"), for the source a document names ("according to a statement from Modi's
 * office") and for words that only look like intelligence sharing. Our own sentences.
 */
import { runGoldenCases } from "./golden-runner.js";
import { runStatusCases } from "./status-runner.js";

runGoldenCases("contacts and invitations", [
  {
    text: "The Indian military contacted Pakistan via a hotline on Saturday.",
    expect: ["CONSULT IND>PAK"],
    exact: true,
  },
  {
    text: "Washington has reached out to Tehran through Swiss intermediaries.",
    expect: ["CONSULT USA>IRN"],
    exact: true,
  },
  {
    text: "Kyiv has made contact with the new Syrian leadership.",
    expect: ["CONSULT UKR>SYR"],
    exact: true,
  },
  {
    text: "Colombia renewed its invitation to the ELN to return to the negotiating table.",
    expect: ["AGREE COL>COL"],
    exact: true,
  },
  {
    text: "Hungary issued an invitation to Putin and Trump to hold their summit in Budapest.",
    expect: ["AGREE HUN>RUS", "AGREE HUN>USA"],
  },
  { text: "Police contacted the families of the victims.", expect: [], exact: true },
  { text: "Troops came into contact with the enemy near the border.", expect: [], exact: true },
]);

runGoldenCases("intelligence sharing only where intelligence is shared", [
  {
    text: "Turkey's intelligence agency facilitated the exchange of prisoners between Moscow and Kyiv.",
    expect: ["CONSULT TUR>-"],
    absent: ["COOPERATE TUR>-"],
  },
  {
    text: "Jordan and Israel agreed to boost intelligence sharing.",
    expect: ["AGREE JOR>ISR", "AGREE ISR>JOR"],
    exact: true,
  },
  { text: "Ukraine shared intelligence with Poland.", expect: ["COOPERATE UKR>POL"], exact: true },
]);

runStatusCases("the source a document names", [
  {
    text: "Indian Prime Minister Narendra Modi spoke by phone with Pakistani Prime Minister Shehbaz Sharif on Saturday, according to a statement from Modi's office.",
    why: "the statement's author reports the call",
    event: "CONSULT IND>PAK",
    status: "asserted",
    reporters: ["INDGOV"],
  },
  {
    text: "According to a readout released by the White House, Trump spoke with Putin for two hours.",
    why: "a readout released by someone is theirs",
    event: "CONSULT USA>RUS",
    status: "asserted",
    reporters: ["USAGOV"],
  },
  {
    text: "Kim sent a letter to Trump, according to a recent report by the Yonhap news agency.",
    why: "an agency's report",
    event: "CONSULT PRK>USA",
    status: "asserted",
    reporters: ["KORMED"],
  },
  {
    text: 'Caracas rejected as "false" a report that Venezuela had agreed to accept deportation flights from the United States.',
    why: "a report rejected as false, the adjective in quotation marks",
    event: "AGREE VEN>USA",
    status: "denied",
  },
  {
    text: "Pakistan's army said the Indian military had contacted it via a hotline to propose a ceasefire, a claim Indian officials denied.",
    why: "a claim denied in apposition",
    event: "CONSULT IND>-",
    status: "denied",
  },
]);
