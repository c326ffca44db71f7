/**
 * Golden sentences on concessions in wire prose: laws repealed or decrees withdrawn, peacekeepers
 * and inspectors let in, sites opened to inspectors and borders to refugees, access granted to
 * sites, mediation accepted, states taken off a list, security handed over. Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "Romania's government withdrew the emergency decree after mass protests.",
    expect: ["CONCEDE ROU>-"],
    exact: true,
  },
  {
    text: "The Indian government repealed the three farm laws after a year of protests.",
    expect: ["CONCEDE IND>-"],
    exact: true,
  },
  {
    text: "Georgia's ruling party dropped the controversial foreign agents bill.",
    expect: ["CONCEDE GEO>-"],
    exact: true,
  },
  {
    text: "Belgrade accepted the deployment of NATO-led peacekeepers in Kosovo.",
    expect: ["CONCEDE SRB>IGO"],
    exact: true,
  },
  {
    text: "Iran granted the IAEA access to the Parchin military site.",
    expect: ["CONCEDE IRN>IGO"],
    exact: true,
  },
  {
    text: "North Korea readmitted IAEA inspectors in 2007.",
    date: "2007-07-20",
    expect: ["CONCEDE PRK>IGO"],
    exact: true,
  },
  {
    text: "The Sri Lankan government accepted Norwegian mediation in the conflict with the Tamil Tigers.",
    expect: ["AGREE LKA>NOR"],
    exact: true,
  },
  { text: "Egypt accepted the good offices of Algeria.", expect: ["AGREE EGY>DZA"], exact: true },
  {
    text: "Washington removed Cuba from its list of state sponsors of terrorism.",
    expect: ["RETREAT USA>CUB"],
    exact: true,
  },
  {
    text: "Britain handed over security in Basra to Iraqi forces.",
    expect: ["RETREAT GBR>IRQ"],
    exact: true,
  },
  {
    text: "Israel allowed fuel to enter Gaza for the first time since the war began.",
    expect: ["CONCEDE ISR>PSE"],
    exact: true,
  },
  { text: "The school let the children into the playground.", expect: [], exact: true },
  { text: "Iran opened its nuclear sites to UN inspectors.", expect: ["CONCEDE IRN>IGO"], exact: true },
  {
    text: "Syria agreed to open its territory to Arab League monitors.",
    expect: ["AGREE SYR>IGO"],
    exact: true,
  },
  { text: "The museum opened its doors to visitors.", expect: [], exact: true },
  {
    text: "Poland opened its borders to Ukrainian refugees.",
    expect: ["AID POL>UKR"],
    exact: true,
  },
  { text: "The Parliament dropped the debate on the budget.", expect: [], exact: true },
];

runGoldenCases("golden sentences: concessions in wire prose", cases);
