/**
 * Golden sentences where an act is only described: a resolution not adopted demands nothing, a
 * launch owned by one state is not the act of another that blocks a statement about it, and a
 * gerund opening a clause names no doer. Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "The Security Council failed to adopt a resolution demanding a ceasefire in Gaza.",
    expect: ["!REQUEST IGO>PSE"],
    exact: true,
  },
  {
    text: "The General Assembly adopted a resolution demanding that Russia withdraw its troops.",
    expect: ["REQUEST IGO>RUS"],
  },
  {
    text: "China blocked a statement condemning North Korea's missile launch.",
    expect: ["REJECT CHN>-", "MOBILIZE PRK>-"],
    exact: true,
  },
  {
    // The deployment is only warned of, and not Moscow's.
    text: "Moscow warned that deploying Western troops in Ukraine would lead to a direct conflict with NATO.",
    expect: [],
    exact: true,
  },
  {
    // The critics named after "from" criticise the one who acted.
    text: "North Korea launched a spy satellite, drawing condemnation from Seoul and Tokyo.",
    expect: ["ACCUSE KOR>PRK", "ACCUSE JPN>PRK"],
    exact: true,
  },
  {
    text: "Hungary's prime minister visited Moscow, prompting a rebuke from the European Union.",
    expect: ["CONSULT HUN>RUS", "ACCUSE IGO>HUN"],
    exact: true,
  },
  {
    text: "The Pentagon said it had no evidence that China was preparing to invade Taiwan.",
    expect: ["?MOBILIZE CHN>TWN"],
    exact: true,
  },
  {
    // What the resolution seeks to do is not Italy's act.
    text: "Italy backed a draft resolution that seeks to expand sanctions and impose an arms embargo on Libya.",
    expect: ["SUPPORT ITA>-"],
    exact: true,
  },
  {
    text: "Germany supported an EU plan that would freeze Russian assets and ban imports of Russian steel.",
    expect: ["SUPPORT DEU>IGO", "SANCTION IGO>RUS"],
    exact: true,
  },
];

runGoldenCases("golden sentences: described acts", cases);
