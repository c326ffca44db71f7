/**
 * Golden sentences on occasions looked back on and on offers that are only the object of another
 * act. What a speaker recalls, cites as a reason or marks the collapse of took place before the
 * news ("citing the collapse of its talks with Washington in Hanoi"), and the one who cites an
 * attack is not its attacker. "Rejected an offer of talks from Seoul" is the rejection alone: the
 * offer is an act only where a verb makes it ("renewed its offer of talks"). Our own sentences.
 */
import { describe, expect, it } from "vitest";
import { cameoCodes, type Golden, runGoldenCases } from "./golden-runner.js";

const recalled: readonly Golden[] = [
  {
    text: "Putin praised Xi, recalling his visit to Moscow last year.",
    date: "2025-06-12",
    expect: ["SUPPORT RUS>CHN"],
    exact: true,
  },
  {
    text: "North Korea rejected the offer, pointing to the collapse of its talks with the United States in Hanoi.",
    expect: ["REJECT PRK>-", "~CONSULT PRK>USA"],
    exact: true,
  },
  {
    text: "North Korea rejected the offer, citing the collapse of talks in Hanoi.",
    expect: ["REJECT PRK>-"],
    exact: true,
    absent: ["REJECT PRK>VNM"],
  },
  {
    text: "Kim rejected a letter from Trump, KCNA said, recalling the leaders' meeting at Panmunjom in 2019.",
    date: "2025-06-12",
    expect: ["REJECT PRK>USA"],
    exact: true,
  },
  { text: "Xi recalled his meeting with Biden in San Francisco.", expect: [], exact: true },
  {
    text: "Netanyahu cited the attack on Israeli troops as the reason for the strike.",
    expect: [],
    absent: ["ASSAULT ISR>ISR", "~ASSAULT ISR>ISR"],
  },
];

const offers: readonly Golden[] = [
  {
    text: "North Korea rejected an offer of talks from South Korea on Monday, state media said.",
    expect: ["REJECT PRK>KOR"],
    exact: true,
  },
  { text: "Pyongyang rejected Seoul's offer of talks.", expect: ["REJECT PRK>KOR"], exact: true },
  { text: "Kim Jong Un did not reject the offer of talks.", expect: ["!REJECT PRK>-"], exact: true },
  { text: "Seoul renewed its offer of talks with Pyongyang.", expect: ["AGREE KOR>PRK"], exact: true },
  { text: "Seoul repeated its offer of dialogue to the North.", expect: ["AGREE KOR>PRK"], exact: true },
  {
    text: "Leavitt said Trump remained open to correspondence with Kim.",
    expect: ["AGREE USA>PRK"],
    exact: true,
  },
  { text: "Seoul said it was ready for contact with Pyongyang.", expect: ["AGREE KOR>PRK"], exact: true },
  { text: "The company is open to communication with customers.", expect: [], exact: true },
  {
    text: "Bangladesh welcomed an Indian proposal for signing a free trade agreement.",
    expect: ["SUPPORT BGD>IND"],
    exact: true,
  },
];

// "Has no intention of holding talks" refuses them as "has no plans to hold talks" does; "have"
// names talks had only with a determiner or an adjective of them between.
const refusedTalks: readonly Golden[] = [
  {
    text: "North Korea has no intention of holding talks with the United States, KCNA said.",
    expect: ["REJECT PRK>USA"],
    exact: true,
  },
  { text: "Seoul had no talks with Pyongyang last year.", expect: ["!CONSULT KOR>PRK"], exact: true },
  {
    text: "Modi had a long meeting with Putin in Moscow.",
    expect: ["CONSULT IND>RUS", "CONSULT RUS>IND"],
    exact: true,
  },
  { text: "Iran has had direct talks with the United States.", expect: ["CONSULT IRN>USA"] },
  { text: "Iran has a plan to hold talks with the US.", expect: [], absent: ["CONSULT IRN>USA"] },
];

// What is agreed to be resumed is talks only when talks are named; a prisoner swap is a compound
// noun, not a release's object a few words on.
const agreedAndSwapped: readonly Golden[] = [
  {
    text: "Armenia and Azerbaijan agreed to resume border talks.",
    expect: ["AGREE ARM>AZE", "AGREE AZE>ARM"],
    exact: true,
  },
  {
    text: "Venezuela released 10 American detainees in a prisoner swap with the United States.",
    expect: ["RETREAT VEN>USA"],
    absent: ["RETREAT USA>USA"],
  },
];

// A letter received from someone named by a possessive is theirs, not a visit they paid; partners
// pledging to cooperate against a third act toward each other.
const lettersAndPartners: readonly Golden[] = [
  { text: "Kim had received Trump's letter, KCNA said.", expect: ["CONSULT USA>PRK"], exact: true },
  { text: "Putin received Xi's message of congratulations.", expect: ["CONSULT CHN>RUS"], exact: true },
  {
    text: 'Trump said he had received a "beautiful letter" from Kim.',
    expect: ["CONSULT PRK>USA"],
    exact: true,
  },
  {
    text: "Turkey and Iraq agreed to cooperate against the PKK.",
    expect: ["AGREE TUR>IRQ", "AGREE IRQ>TUR"],
    exact: true,
  },
  {
    text: "Iraq agreed to cooperate with Turkey against the PKK.",
    expect: ["AGREE IRQ>TUR"],
    exact: true,
  },
];

runGoldenCases("golden sentences: occasions recalled or cited", recalled);
runGoldenCases("golden sentences: letters received and partners", lettersAndPartners);
runGoldenCases("golden sentences: agreed to resume, swapped", agreedAndSwapped);
runGoldenCases("golden sentences: talks had and refused", refusedTalks);
runGoldenCases("golden sentences: offers of talks", offers);

describe("what is agreed to be resumed", () => {
  const codes = cameoCodes();
  it("is no meeting unless talks are named", () => {
    expect(codes("India and China agreed to resume direct flights.")).not.toContain("036 IND>CHN");
  });
});
