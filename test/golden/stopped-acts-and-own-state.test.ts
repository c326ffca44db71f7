/**
 * Golden sentences where an event noun is not its clause subject's act (what a state blocks, what
 * intelligence is shared on), and where a state would be coded as acting on itself by a misread
 * pronoun. Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    // Who blocks sanctions imposes none.
    text: "Diplomats in Brussels said Hungary had blocked new sanctions against Russia.",
    expect: [],
    exact: true,
  },
  {
    text: "South Korea shared intelligence with Japan on the missile launch.",
    expect: ["COOPERATE KOR>JPN"],
    exact: true,
  },
  {
    // The verb before "on" keeps the agreement the subject's.
    text: "Israel and Hamas agreed on a ceasefire.",
    expect: ["AGREE ISR>PSE", "AGREE PSE>ISR"],
    exact: true,
  },
  {
    text: "Lithuania expelled Russia's ambassador and closed its consulate in Vilnius.",
    expect: ["SANCTION LTU>RUS"],
    exact: true,
  },
  {
    // Its own officials are what a state sends, not whom it acts on.
    text: "North Korea agreed to send athletes and officials to the Games.",
    expect: ["AGREE PRK>-"],
  },
  {
    // A capital stands for the government: its own president is not what it proposes to.
    text: "Umerov said Kyiv had proposed a meeting between Presidents Volodymyr Zelensky and Vladimir Putin.",
    expect: ["AGREE UKR>RUS"],
    exact: true,
  },
  {
    text: "Moscow arrested a Russian journalist.",
    expect: ["COERCE RUS>RUS"],
    exact: true,
  },
  {
    // A demand by a state named by its capital, with no one named, is not aimed at itself.
    text: "Beijing called for restraint.",
    expect: ["REQUEST CHN>-"],
    exact: true,
  },
];

runGoldenCases("golden sentences: stopped acts and a state's own parts", cases);
