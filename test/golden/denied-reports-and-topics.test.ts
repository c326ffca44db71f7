/**
 * Golden reports on who stands by a cooperative event and whether it happened: a report denied or
 * confirmed by name ("Tehran dismissed the report"), a claim rejected, and acts only planned,
 * invited or talked about ("a plan for Sisi to visit", "talks on normalising relations"). Our own
 * sentences.
 */
import { runGoldenCases } from "./golden-runner.js";
import { runStatusCases } from "./status-runner.js";

runStatusCases("a report denied or confirmed by name", [
  {
    text: "Iranian Foreign Minister Abbas Araghchi met US envoy Steve Witkoff in Muscat on Saturday, Axios reported. Tehran dismissed the report.",
    why: "dismissing the report denies the meeting it told",
    event: "CONSULT IRN>USA",
    status: "denied",
  },
  {
    text: "Turkish President Recep Tayyip Erdogan spoke with Syrian President Ahmed al-Sharaa by phone, Turkish media reported. Ankara denied the report on Monday.",
    why: "a date after the report noun opens no content of its own",
    event: "CONSULT TUR>SYR",
    status: "denied",
  },
  {
    text: "Hamas has accepted an Egyptian proposal for a ceasefire, a Hamas official told AFP. Israel rejected the claim as propaganda.",
    why: "rejecting a claim denies it",
    event: "AGREE PSE>EGY",
    status: "denied",
  },
  {
    text: "Kenya and Uganda signed a defence pact on Friday, the Daily Monitor reported. Nairobi confirmed the report.",
    why: "confirming the report confirms the signing",
    event: "COOPERATE KEN>UGA",
    status: "confirmed",
  },
  {
    text: "Chinese Foreign Minister Wang Yi will visit Pakistan next week, the foreign ministry in Islamabad said. Beijing has not commented on the report.",
    why: "no comment on a report of a visit still leaves the visit as Islamabad told it",
    event: "CONSULT CHN>PAK",
    status: "asserted",
  },
  {
    text: "Iran's foreign ministry denied reports that Foreign Minister Abbas Araghchi had met US envoy Steve Witkoff in Oman.",
    why: "the reports' own clause is what is denied",
    event: "CONSULT IRN>USA",
    status: "denied",
  },
]);

runGoldenCases("denied reports and claims code no event of their own", [
  {
    text: "Hamas has accepted an Egyptian proposal for a ceasefire, a Hamas official told AFP. Israel rejected the claim as propaganda.",
    expect: ["AGREE PSE>EGY"],
    exact: true,
  },
  { text: "Israel rejected the proposal.", expect: ["REJECT ISR>-"], exact: true },
  { text: "Moscow rejected the allegations.", expect: [], exact: true },
]);

runGoldenCases("acts planned, invited or talked about", [
  {
    text: "The Egyptian foreign ministry said it was not aware of any plan for Sisi to visit Ankara.",
    expect: ["?CONSULT EGY>TUR"],
    exact: true,
  },
  { text: "There are plans for the Indian prime minister to visit Dhaka.", expect: [], exact: true },
  {
    text: "Putin accepted Xi's invitation to attend a military parade in Beijing.",
    expect: ["AGREE RUS>CHN"],
    exact: true,
  },
  {
    text: "Seoul rejected calls to hold talks with Pyongyang.",
    expect: ["REJECT KOR>PRK"],
    exact: true,
  },
  {
    text: "Saudi Arabia and Israel have held secret talks on normalising relations.",
    expect: ["CONSULT SAU>ISR", "CONSULT ISR>SAU", "?SUPPORT SAU>ISR"],
    exact: true,
  },
  {
    text: "Turkey and Armenia reached an agreement on reopening their border.",
    expect: ["SUPPORT TUR>ARM", "SUPPORT ARM>TUR"],
    exact: true,
  },
  {
    text: "Israel and Hamas are negotiating over releasing hostages.",
    expect: ["CONSULT ISR>PSE", "CONSULT PSE>ISR"],
    exact: true,
  },
  {
    text: "Israel released 90 Palestinian prisoners in an exchange with Hamas.",
    expect: ["RETREAT ISR>-"],
  },
]);
