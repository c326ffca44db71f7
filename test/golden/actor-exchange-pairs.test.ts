/**
 * Golden articles on "the two leaders", "both leaders" and "the two countries" when a third state
 * is named between the exchange and the phrase: the pair is the two principals of the exchange
 * ("met", "hosted", "held talks with"), not the last two states named. A sentence naming two
 * others is a new topic. Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const date = "2025-06-12";
const cases: readonly Golden[] = [
  {
    text: "Colombian President Gustavo Petro met Brazilian President Luiz Inacio Lula da Silva in Bogota on Tuesday. Petro urged Venezuela to release political prisoners. Both leaders also agreed to protect the Amazon.",
    date,
    expect: ["AGREE COL>BRA", "AGREE BRA>COL"],
    absent: ["AGREE COL>VEN", "AGREE VEN>COL"],
  },
  {
    text: "Colombian President Gustavo Petro met Brazilian President Luiz Inacio Lula da Silva in Bogota on Tuesday. Petro said Venezuela must hold fair elections. The two countries signed a trade agreement.",
    date,
    expect: ["SUPPORT COL>BRA", "SUPPORT BRA>COL"],
    absent: ["SUPPORT COL>VEN", "SUPPORT VEN>COL"],
  },
  {
    text: "Indian Prime Minister Narendra Modi hosted Japanese Prime Minister Shigeru Ishiba in New Delhi. Ishiba said China's military buildup was a concern. The two leaders signed a defence pact.",
    date,
    expect: ["COOPERATE IND>JPN", "COOPERATE JPN>IND"],
    absent: ["COOPERATE JPN>CHN", "COOPERATE CHN>JPN"],
  },
  {
    text: "French President Emmanuel Macron received Kenyan President William Ruto at the Elysee. Macron said Russia posed a threat. Ruto said Somalia needed more help. The two leaders agreed to boost trade.",
    date,
    expect: ["AGREE FRA>KEN", "AGREE KEN>FRA"],
    absent: ["AGREE KEN>SOM", "AGREE SOM>KEN"],
  },
  {
    // Two other states named since the meeting are the pair meant.
    text: "Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow. Egypt's foreign minister said Ethiopia's dam threatened its water supply. The two countries have held talks for a decade.",
    date,
    expect: ["CONSULT CHN>RUS", "CONSULT EGY>ETH", "CONSULT ETH>EGY"],
    exact: true,
  },
  {
    // "The two ministers" is one per state, not ministers of the state they criticise.
    text: "Russia's Foreign Minister Sergei Lavrov met North Korean Foreign Minister Choe Son Hui in Wonsan. The two ministers criticised Washington.",
    date,
    expect: ["CONSULT RUS>PRK", "ACCUSE RUS>USA", "ACCUSE PRK>USA"],
    exact: true,
  },
  {
    text: "Indian Foreign Minister S. Jaishankar met his Chinese counterpart on Monday. The two ministers agreed to resume flights.",
    date,
    expect: ["AGREE IND>CHN", "AGREE CHN>IND"],
  },
];

runGoldenCases("pairs of an exchange", cases);
