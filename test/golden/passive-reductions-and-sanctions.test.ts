/**
 * Golden sentences for reduced relations told in the passive with no agent (an envoy recalled, an
 * embassy closed: its own state acts on the host), victims caught "in" or "hit by" a state's
 * strike, sanctions agreed as a package, travel bans on foreign officials against bans at home,
 * and ultimatums given across a long phrase. Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "The Dutch ambassador to Turkey was recalled on Saturday.",
    expect: ["SANCTION NLD>TUR"],
    exact: true,
  },
  {
    text: "Mexico's ambassador to Lima has been recalled for consultations.",
    expect: ["SANCTION MEX>PER"],
    exact: true,
  },
  {
    text: "The British embassy in Kabul was closed last week.",
    expect: ["SANCTION GBR>AFG"],
    exact: true,
  },
  {
    text: "The Norwegian embassy in Caracas was closed by Venezuelan authorities.",
    expect: ["SANCTION VEN>NOR"],
    exact: true,
  },
  {
    text: "The treaty is due to be signed next month.",
    expect: [],
    exact: true,
  },
  {
    text: "Three Palestinian farmers were killed in an Israeli air strike near Khan Younis.",
    expect: ["ASSAULT ISR>PSE"],
    exact: true,
  },
  {
    text: "Six civilians died during a Turkish drone attack on a village in northern Iraq.",
    expect: ["ASSAULT TUR>IRQ"],
  },
  {
    text: "Odesa was hit by a massive Russian missile attack overnight.",
    expect: ["ASSAULT RUS>UKR"],
    exact: true,
  },
  {
    text: "Lithuania was hit by a cyber attack from Russia, officials said.",
    expect: ["ASSAULT RUS>LTU"],
  },
  {
    text: "Kharkiv was struck by Russian drones on Sunday night.",
    expect: ["ASSAULT RUS>UKR"],
    exact: true,
  },
  {
    text: "Saudi oil installations were hit by Houthi drones.",
    expect: ["ASSAULT YEM>SAU"],
    exact: true,
  },
  {
    text: "Northern Florida was hit by a powerful hurricane on Tuesday.",
    expect: [],
    exact: true,
  },
  {
    text: "The European Union agreed a twelfth package of sanctions against Russia on Monday.",
    expect: ["SANCTION IGO>RUS"],
    exact: true,
  },
  {
    text: "Canada imposed travel bans on four senior Iranian officials.",
    expect: ["SANCTION CAN>IRN"],
    exact: true,
  },
  {
    text: "A Pakistani court imposed a travel ban on the former prime minister.",
    expect: ["COERCE PAK>PAK"],
    absent: ["SANCTION PAK>PAK"],
  },
  {
    text: "The ECOWAS bloc gave Mali's military rulers a one-month ultimatum to hold elections.",
    expect: ["THREATEN IGO>MLI"],
    exact: true,
  },
];

runGoldenCases("passive reductions, strikes suffered and sanctions", cases);
