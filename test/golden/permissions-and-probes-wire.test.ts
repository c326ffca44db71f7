/**
 * Golden sentences on permissions, handovers, resumed loans, training, rescues and fact-finding in
 * wire prose: what a state lets others do has not happened yet, letting inspectors in is the
 * concession. Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "Turkey allowed a team of UN human rights investigators to visit its southeastern provinces.",
    expect: ["CONCEDE TUR>IGO", "?CONSULT IGO>TUR"],
    exact: true,
  },
  {
    text: "Washington allowed Ukraine to strike targets inside Russia with US missiles.",
    expect: [],
    exact: true,
  },
  {
    text: "Iraq handed over 1,200 pages of documents on its weapons programmes to UN inspectors.",
    expect: ["COOPERATE IRQ>IGO"],
    exact: true,
  },
  { text: "The court handed the documents to the defence lawyers.", expect: [], exact: true },
  {
    text: "Japan resumed yen loans to China, which it had frozen after the Tiananmen Square crackdown.",
    expect: ["AID JPN>CHN"],
  },
  {
    text: "Greece resumed loan talks with the EU.",
    expect: ["CONSULT GRC>IGO", "CONSULT IGO>GRC"],
    exact: true,
  },
  {
    text: "The Organisation of African Unity sent a fact-finding mission to Burundi.",
    expect: ["ACCUSE IGO>BDI"],
    exact: true,
  },
  {
    text: "The International Monetary Fund approved a 1.2 billion dollar standby credit for Argentina.",
    expect: ["AGREE IGO>ARG"],
    exact: true,
  },
  { text: "The parliament approved a 50 billion dollar budget.", expect: [], exact: true },
  { text: "The government announced 2 million job cuts.", expect: [], exact: true },
  {
    text: "The United States trained Afghan commandos at a base in Kandahar.",
    expect: ["AID USA>AFG"],
    exact: true,
  },
  {
    text: "China provided satellite images to Pakistan during the crisis.",
    expect: ["COOPERATE CHN>PAK"],
    exact: true,
  },
  { text: "The French navy rescued 300 migrants in the Mediterranean.", expect: ["AID FRA>-"], exact: true },
  {
    text: "Peru set up a commission to investigate the deaths of protesters.",
    expect: ["ACCUSE PER>PER"],
    exact: true,
  },
  { text: "The company set up a team to look at costs.", expect: [], exact: true },
  {
    text: "The FBI helped Kenyan police probe the attack on the embassy.",
    expect: ["COOPERATE USA>KEN"],
  },
  { text: "My brother helped me investigate the noise.", expect: [], exact: true },
];

runGoldenCases("golden sentences: permissions, handovers and probes in wire prose", cases);
