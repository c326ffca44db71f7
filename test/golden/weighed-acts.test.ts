/**
 * Golden sentences for acts that are only weighed, wished for, talked about or beyond reach, and
 * for objects that must not be taken from the next clause or the act asked for. Our own sentences,
 * not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    // The giving up is the topic of a refused discussion, not an act.
    text: "North Korea said it will not discuss giving up its nuclear weapons.",
    expect: [],
    exact: true,
  },
  {
    text: "The European Union is considering imposing new sanctions on Belarus.",
    expect: ["?SANCTION IGO>BLR"],
    exact: true,
  },
  {
    text: "Washington is weighing sending more troops to Poland.",
    expect: ["?MOBILIZE USA>POL"],
    exact: true,
  },
  {
    // wink tags "lifting" here as a noun; with an object it is the verb, and what is discussed is not done.
    text: "Cuban ministers discussed lifting the embargo on Venezuela.",
    expect: [],
    exact: true,
  },
  {
    // Aspect verbs keep the act: the withdrawal is under way.
    text: "Israel began withdrawing troops from Gaza on Sunday.",
    date: "2025-03-10",
    expect: ["RETREAT ISR>PSE"],
  },
  {
    text: "Trump said he would love to meet Kim Jong Un.",
    date: "2025-03-10",
    expect: ["AGREE USA>PRK"],
    exact: true,
  },
  {
    text: "Japan's prime minister said he would like to visit China next month.",
    expect: ["AGREE JPN>CHN"],
    exact: true,
  },
  {
    // "he accused Ukraine" is a new clause: Ukraine is not whom Putin offered to negotiate with.
    text: "Putin said he was ready to negotiate, and on Monday he accused Ukraine of sabotage.",
    expect: ["AGREE RUS>-", "ACCUSE RUS>UKR"],
  },
  {
    // Being unable to agree is no agreement, and no one refused.
    text: "Israel and Hamas were unable to agree on a ceasefire.",
    expect: ["!AGREE ISR>PSE"],
    exact: true,
  },
  {
    // The one urged is the target; Washington belongs to the talks asked for.
    text: "Seoul urged Pyongyang to resume talks with Washington.",
    expect: ["REQUEST KOR>PRK"],
    exact: true,
  },
  {
    // Refusing talks is one side's act: the talks' other side did not refuse anything.
    text: "Iran's foreign minister said Tehran would never hold talks with Washington.",
    expect: ["REJECT IRN>USA"],
    exact: true,
  },
  {
    // Abstaining from tests is no test.
    text: "Pakistan said it would refrain from further missile tests.",
    expect: ["!MOBILIZE PAK>-"],
    exact: true,
  },
  {
    // A subject under "no" names who did not act.
    text: "No sitting Japanese prime minister has ever visited North Korea.",
    expect: [],
    exact: true,
  },
  {
    // What a demand asks for has not happened.
    text: "The European Union demanded that Belarus release all political prisoners.",
    expect: ["REQUEST IGO>BLR"],
    exact: true,
  },
  {
    // What a demand asks to have explained did happen.
    text: "China demanded that Japan explain why its warships had fired on Chinese fishing boats.",
    expect: ["REQUEST CHN>JPN", "ASSAULT JPN>CHN"],
    exact: true,
  },
];

runGoldenCases("golden sentences: weighed acts and clause limits", cases);
