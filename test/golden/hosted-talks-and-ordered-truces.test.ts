/**
 * Golden sentences on talks a third party hosted or mediated, which the two sides held too, truces
 * ordered or announced, pairs of states and aerial attacks: "Saudi Arabia hosted talks between US
 * and Russian officials" is Saudi mediation and US–Russian talks; "Qatar mediated talks between
 * Israel and Hamas" gives the talks to Israel and Hamas, not to Qatar; "Putin ordered a 30-hour
 * Easter truce" declares one; a ceasefire announced between two sides is theirs; "the two
 * countries" are states, not the jets named before them; missiles answered with and bombs dropped
 * are aerial attacks. Our own sentences, not the gold sets.
 */
import { describe, expect, it } from "vitest";
import { createCoder } from "../../src/index.js";
import { type Golden, runGoldenCases } from "./golden-runner.js";
import { renderFullCodes } from "./render-event.js";

const cases: readonly Golden[] = [
  {
    text: "Saudi Arabia hosted talks between US and Russian officials in Riyadh.",
    expect: ["CONSULT SAU>USA", "CONSULT SAU>RUS", "CONSULT USA>RUS", "CONSULT RUS>USA"],
    exact: true,
  },
  {
    text: "Oman hosted indirect talks between Iran and the United States.",
    expect: ["CONSULT OMN>IRN", "CONSULT OMN>USA", "CONSULT IRN>USA", "CONSULT USA>IRN"],
    exact: true,
  },
  {
    text: "Qatar mediated talks between Israel and Hamas.",
    expect: ["CONSULT QAT>ISR", "CONSULT QAT>PSE", "CONSULT ISR>PSE", "CONSULT PSE>ISR"],
    exact: true,
  },
  // Talks only offered bind neither side.
  {
    text: "Erdogan offered to host talks between Putin and Zelensky.",
    expect: ["AGREE TUR>RUS", "AGREE TUR>UKR"],
    exact: true,
  },
  // A mediator's own noun keeps its owner: Egypt mediates, it holds no talks with either side.
  {
    text: "Egypt's mediation between Israel and Hamas continued on Sunday.",
    expect: ["CONSULT EGY>ISR", "CONSULT EGY>PSE"],
    absent: ["CONSULT ISR>PSE"],
  },
  { text: "Putin ordered a 30-hour Easter truce.", expect: ["RETREAT RUS>-"], exact: true },
  // A ceasefire announced between two sides is theirs, not the announcer's.
  {
    text: "Trump announced a ceasefire between Israel and Iran.",
    expect: ["RETREAT ISR>IRN", "RETREAT IRN>ISR"],
    exact: true,
  },
  // Missiles a state answers with, and bombs dropped on a place, are aerial attacks.
  {
    text: "Iran retaliated with waves of ballistic missiles on Tel Aviv and Haifa.",
    expect: ["ASSAULT IRN>ISR"],
    exact: true,
  },
  { text: "Russian jets dropped guided bombs on Kharkiv.", expect: ["ASSAULT RUS>UKR"], exact: true },
  { text: "The government responded with a statement on its website.", expect: [], exact: true },
  // "The two countries" are the states, whatever agents of theirs were named last.
  {
    text: "Pakistan said it shot down five Indian fighter jets. The two countries agreed to a ceasefire after four days of fighting.",
    expect: ["ASSAULT PAK>IND", "AGREE PAK>IND", "AGREE IND>PAK"],
    exact: true,
  },
  { text: "The court ordered Israel to halt its offensive.", expect: [], absent: ["RETREAT ISR>-"] },
];

runGoldenCases("hosted talks and ordered truces", cases);

describe("a pair of states named by 'the two countries'", () => {
  it("codes the states, not the jets named before them", () => {
    const events = createCoder().code({
      text: "Pakistan said it shot down five Indian fighter jets. The two countries agreed to a ceasefire after four days of fighting.",
      date: "2025-05-10",
    }).events;
    const agreed = events.filter((e) => e.cameo === "0356").map(renderFullCodes);
    expect(agreed).toEqual(["AGREE PAK>IND", "AGREE IND>PAK"]);
  });
});
