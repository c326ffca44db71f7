/**
 * Golden sentences on lists of actors that open a clause after a word wink tags as a preposition
 * ("hours after Seoul and Washington began drills"): every member is a subject. Our own sentences,
 * not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "North Korea fired two missiles into the sea on Thursday, South Korea's military said, hours after Seoul and Washington began a joint air exercise.",
    expect: ["COOPERATE KOR>USA", "COOPERATE USA>KOR"],
  },
  {
    text: "The talks collapsed after Russia and Ukraine traded accusations over the shelling.",
    expect: ["ACCUSE RUS>UKR", "ACCUSE UKR>RUS"],
  },
  {
    text: "Trade has grown since Ethiopia and Kenya signed a free trade agreement in Nairobi.",
    expect: ["SUPPORT ETH>KEN", "SUPPORT KEN>ETH"],
  },
  {
    text: "Oil prices fell as Saudi Arabia and Russia agreed to raise output.",
    expect: ["AGREE SAU>RUS", "AGREE RUS>SAU"],
  },
  // A list after a plain preposition is still its object.
  {
    text: "Protesters marched against Russia and China in Vilnius on Sunday.",
    expect: [],
    absent: ["PROTEST RUS>CHN", "PROTEST CHN>RUS"],
  },
  // A name and a participle right after "until", "unless" or "once" are a clause's subject and
  // verb, not a noun the participle describes.
  {
    text: "Israel said it would not withdraw from Gaza until Hamas disarmed.",
    expect: ["?RETREAT PSE>-"],
  },
  {
    text: "Washington said sanctions would remain in place until Pyongyang denuclearized.",
    expect: ["?RETREAT PRK>-"],
  },
  // A pattern's gap does not run into the clause "after" opens: halting talks halts no attack.
  {
    text: "The Philippines suspended talks after communist rebels attacked an army patrol.",
    expect: ["SANCTION PHL>-", "ASSAULT PHL>-"],
    absent: ["RETREAT PHL>-"],
  },
];

runGoldenCases("golden sentences: lists opening a clause after a preposition", cases);
