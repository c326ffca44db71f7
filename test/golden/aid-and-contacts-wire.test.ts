/**
 * Golden sentences on aid, contacts and concessions in wire prose: aid sent in batches or tranches,
 * money lent or deposited, phone calls whose object is a topic, conferences hosted, embassies
 * reopened, captives released or children returned. Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "Germany delivered the first batch of Leopard tanks to Ukraine on Monday.",
    expect: ["AID DEU>UKR"],
    exact: true,
  },
  {
    text: "The EU disbursed a first tranche of 1.5 billion euros to Ukraine.",
    expect: ["AID IGO>UKR"],
    exact: true,
  },
  {
    text: "Qatar has sent several planeloads of food and medicine to Afghanistan.",
    expect: ["AID QAT>AFG"],
    exact: true,
  },
  {
    text: "Saudi Arabia deposited 3 billion dollars in Pakistan's central bank to shore up its reserves.",
    expect: ["AID SAU>PAK"],
  },
  { text: "Beijing lent Pakistan 4 billion dollars.", expect: ["AID CHN>PAK"], exact: true },
  { text: "India gifted two helicopters to the Maldives.", expect: ["AID IND>MDV"], exact: true },
  {
    text: "The World Food Programme distributed food to 200,000 people in northern Ethiopia.",
    expect: ["AID IGO>ETH"],
    exact: true,
  },
  {
    text: "Kenya has sent 200 tonnes of maize to Somalia, officials said Tuesday.",
    expect: ["AID KEN>SOM"],
    exact: true,
  },
  {
    text: "China and Russia signed a 400 billion dollar gas supply deal on Wednesday.",
    expect: ["SUPPORT CHN>RUS", "SUPPORT RUS>CHN"],
    exact: true,
  },
  { text: "The company signed a 2 billion dollar deal with Boeing.", expect: [], exact: true },
  { text: "The police distributed leaflets to residents.", expect: [], exact: true },
  { text: "The army received a new batch of tanks from the factory.", expect: [], exact: true },
  { text: "Washington sent a package of sanctions proposals to its allies.", expect: [], exact: true },
  {
    text: "Putin and Erdogan discussed the grain deal by phone.",
    expect: ["CONSULT RUS>TUR", "CONSULT TUR>RUS"],
    exact: true,
  },
  {
    text: "Macron and Scholz discussed Ukraine over the phone on Friday.",
    expect: ["CONSULT FRA>DEU", "CONSULT DEU>FRA"],
    exact: true,
  },
  { text: "Erdogan discussed Syria by phone with Putin.", expect: ["CONSULT TUR>RUS"], exact: true },
  { text: "Blinken spoke with Wang Yi by phone on Tuesday.", expect: ["CONSULT USA>CHN"], exact: true },
  { text: "Egypt hosted a meeting of Arab foreign ministers.", expect: ["CONSULT EGY>-"], exact: true },
  {
    text: "France will host an international conference on Lebanon next month.",
    expect: ["CONSULT FRA>LBN"],
    exact: true,
  },
  { text: "The stadium hosted a meeting of football fans.", expect: [], exact: true },
  {
    text: "Iran and Saudi Arabia reopened their embassies.",
    expect: ["SUPPORT IRN>SAU", "SUPPORT SAU>IRN"],
    exact: true,
  },
  { text: "Britain reopened its embassy in Tehran on Sunday.", expect: ["SUPPORT GBR>IRN"], exact: true },
  { text: "Poland hosts about 10,000 American troops.", expect: ["COOPERATE POL>USA"], exact: true },
  { text: "Egypt unfroze the assets of the opposition party.", expect: ["RETREAT EGY>EGY"], exact: true },
  { text: "North Korea released the detained Americans.", expect: ["RETREAT PRK>USA"], exact: true },
  {
    text: "Moscow released the captured Ukrainian servicemen.",
    expect: ["RETREAT RUS>UKR"],
    exact: true,
  },
  { text: "Russia returned 12 children to Ukraine.", expect: ["RETREAT RUS>UKR"], exact: true },
  { text: "The school returned the children to their parents.", expect: [], exact: true },
  { text: "Police released a statement on the arrested Iranian protesters.", expect: [], exact: true },
];

runGoldenCases("golden sentences: aid, contacts and concessions in wire prose", cases);
