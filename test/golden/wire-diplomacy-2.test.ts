/**
 * Golden sentences on invitations, venues, hosts and mediators in diplomatic wire prose: an
 * invitation received is the inviter's offer and no visit yet; the city an agreement is signed in
 * is no party to it; two states hosting or brokering talks do not talk to each other. Our own
 * sentences, not the gold sets.
 */
import { describe, expect, it } from "vitest";
import { cameoCodes, type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  // Invitations: the inviter's act, an intent; the visit has not happened.
  {
    text: "Indonesian President Prabowo Subianto received an invitation to visit Beijing.",
    expect: ["AGREE CHN>IDN"],
    exact: true,
    absent: ["CONSULT IDN>CHN"],
  },
  {
    text: "Israeli Prime Minister Benjamin Netanyahu received an invitation from Donald Trump to visit the White House next month.",
    date: "2025-03-10",
    expect: ["AGREE USA>ISR"],
    exact: true,
  },
  {
    text: "Brazilian President Luiz Inacio Lula da Silva accepted an invitation from Xi Jinping to attend the summit.",
    date: "2025-03-10",
    expect: ["AGREE BRA>CHN"],
    exact: true,
  },
  {
    text: "Prabowo accepted an invitation from Chinese leader Xi Jinping to visit China in November.",
    date: "2025-03-10",
    expect: ["AGREE IDN>CHN"],
    exact: true,
  },
  {
    text: "Russian President Vladimir Putin received an invitation to the BRICS summit.",
    expect: ["AGREE IGO>RUS"],
    exact: true,
  },
  {
    text: "Chinese President Xi Jinping sent an invitation to the Vietnamese leader.",
    expect: ["AGREE CHN>VNM"],
    exact: true,
  },
  // Venues of agreements.
  {
    text: "Iran signed the deal in Vienna.",
    expect: ["SUPPORT IRN>-"],
    exact: true,
    absent: ["SUPPORT IRN>AUT"],
  },
  {
    text: "The agreement was signed in Vienna by Iran and six world powers.",
    expect: ["SUPPORT IRN>-"],
    absent: ["SUPPORT IRN>AUT"],
  },
  {
    text: "Rwanda and the Democratic Republic of Congo signed a peace agreement in Washington on Friday.",
    expect: ["SUPPORT RWA>COD", "SUPPORT COD>RWA"],
    exact: true,
  },
  // Hosts and mediators.
  {
    text: "Saudi Arabia and the United States offered to host talks between the two sides.",
    expect: ["AGREE SAU>-", "AGREE USA>-"],
    exact: true,
    absent: ["AGREE SAU>USA", "AGREE USA>SAU"],
  },
  {
    text: "Qatar and Egypt hosted indirect talks in Doha on Sunday.",
    expect: ["CONSULT QAT>-", "CONSULT EGY>-"],
    exact: true,
    absent: ["CONSULT QAT>EGY", "CONSULT EGY>QAT"],
  },
  {
    text: "Egypt and Qatar mediated the ceasefire.",
    expect: ["CONSULT EGY>-", "CONSULT QAT>-"],
    exact: true,
    absent: ["CONSULT EGY>QAT"],
  },
  {
    text: "Oman hosted talks between Iran and the United States.",
    // The host mediated; the two sides held the talks.
    expect: ["CONSULT OMN>IRN", "CONSULT OMN>USA", "CONSULT IRN>USA", "CONSULT USA>IRN"],
    exact: true,
  },
  {
    text: "Qatar hosted talks with a Taliban delegation.",
    expect: ["CONSULT QAT>AFG", "CONSULT AFG>QAT"],
  },
  // Trips and their purposes: one visit, as certain as the journey.
  {
    text: "Colombian President Gustavo Petro will travel to Caracas on Friday to meet Venezuelan leader Nicolas Maduro, his office said.",
    date: "2025-03-10",
    expect: ["CONSULT COL>VEN"],
    exact: true,
  },
  {
    text: "Egyptian mediators met Hamas leaders in Cairo on Monday to discuss a ceasefire proposal.",
    expect: ["CONSULT EGY>PSE"],
    exact: true,
  },
  {
    text: "Iran agreed to a new round of nuclear talks with the United States.",
    expect: ["AGREE IRN>USA"],
    exact: true,
  },
  // Hosting told in the passive; agreements reached by concluding talks.
  {
    text: "US envoy Steve Witkoff was received by Vladimir Putin in St Petersburg on Friday.",
    date: "2025-04-11",
    expect: ["CONSULT RUS>USA"],
    exact: true,
  },
  { text: "The aid was received by Sudan.", expect: [], exact: true },
  { text: "The move was welcomed by Germany in a statement.", expect: ["SUPPORT DEU>-"], exact: true },
  {
    text: "The European Union and Japan concluded negotiations on a free trade agreement.",
    expect: ["SUPPORT IGO>JPN", "SUPPORT JPN>IGO"],
    exact: true,
  },
  // What two states are urged to do is not done; a decision's maker named after "by" acts.
  {
    text: "China urged the United States and Iran to return to negotiations.",
    expect: ["REQUEST CHN>USA", "REQUEST CHN>IRN"],
    exact: true,
  },
  {
    text: "Iran condemned the decision by Britain and France to reimpose sanctions.",
    expect: ["ACCUSE IRN>GBR", "SANCTION GBR>-", "SANCTION FRA>-"],
    absent: ["SANCTION IRN>-"],
  },
  // Withheld comment is no rejection; a future meeting in a time clause is planned.
  {
    text: "Russia declined to comment on the meeting between Zelensky and Trump.",
    date: "2025-03-10",
    expect: ["CONSULT UKR>USA", "CONSULT USA>UKR"],
    exact: true,
    absent: ["REJECT RUS>UKR", "REJECT RUS>USA"],
  },
  {
    text: "When Modi met Trump in February, they discussed trade.",
    date: "2025-03-10",
    expect: ["CONSULT IND>USA"],
  },
  {
    text: "The United States and China announced a 90-day pause in tariffs.",
    expect: ["RETREAT USA>CHN", "RETREAT CHN>USA"],
    exact: true,
  },
  { text: "Economists called for a pause in tariffs.", expect: [], exact: true },
  // One's own capital is where one meets; troops pulling apart step back from each other.
  {
    text: "Putin held talks in Moscow on Friday.",
    expect: ["CONSULT RUS>-"],
    exact: true,
    absent: ["CONSULT RUS>RUS"],
  },
  {
    text: "Turkish President Recep Tayyip Erdogan hosted a summit in Ankara.",
    expect: ["CONSULT TUR>-"],
    exact: true,
    absent: ["CONSULT TUR>TUR"],
  },
  {
    text: "Chinese and Indian troops completed disengagement at two friction points, the Indian army said.",
    expect: ["RETREAT CHN>IND", "RETREAT IND>CHN"],
    exact: true,
  },
  // Commentary and hypotheticals code nothing.
  { text: "Analysts say talks between the two Koreas are unlikely to resume soon.", expect: [], exact: true },
  { text: "Whether the talks will succeed remains unclear.", expect: [], exact: true },
  {
    text: "The meeting, if it happens, would be the first between the two leaders since 2019.",
    expect: [],
    exact: true,
  },
  { text: "Critics say the summit was little more than a photo opportunity.", expect: [], exact: true },
];

runGoldenCases("golden sentences: invitations, venues and mediators", cases);

describe("golden sentences: the modality of meetings in time clauses and trips", () => {
  const codes = cameoCodes("2025-03-10", true);
  it("a meeting in a time clause of a future is planned", () => {
    expect(codes("Lula will raise the issue when he meets Xi next month.")).toContain("040 BRA>CHN intended");
  });
  it("a meeting in a time clause of the past happened", () => {
    expect(codes("When Modi met Trump in February, they discussed trade.")).toContain("040 IND>USA actual");
  });
  it("the purpose of a trip is as certain as the trip", () => {
    expect(codes("Petro will travel to Caracas to meet Maduro.")).toContain("042 COL>VEN intended");
  });
});
