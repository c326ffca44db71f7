/**
 * Golden sentences on a second verb joined by "and" to a finite one ("raided the office and
 * arrested journalists"), which is a verb, not an adjective before its object, unless it names a
 * kind of thing ("the West Bank and occupied territories"); on strikes staged by workers; and on
 * protesters named as the object of their dispersal ("disperse demonstrators protesting …").
 * Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "Lebanese demonstrators set fire to tyres and blocked roads in Beirut.",
    expect: ["PROTEST LBN>-"],
  },
  {
    text: "Israeli soldiers entered the town and detained dozens of men, Palestinian officials said.",
    expect: ["COERCE ISR>-"],
  },
  {
    text: "Turkish police raided the newspaper's offices and arrested journalists.",
    expect: ["COERCE TUR>-"],
  },
  {
    text: "Israel built settlements in the West Bank and occupied territories.",
    expect: [],
    exact: true,
  },
  {
    text: "Garment workers in Bangladesh staged a strike demanding higher wages.",
    expect: ["PROTEST BGD>-"],
  },
  {
    text: "Dockworkers in Greece staged strikes over pension cuts.",
    expect: ["PROTEST GRC>-"],
  },
  {
    text: "Kenyan riot police fired tear gas to disperse demonstrators protesting the election results in Kisumu.",
    expect: ["ASSAULT KEN>KEN", "PROTEST KEN>-"],
  },
];

runGoldenCases("golden sentences: second verbs after 'and', staged strikes", cases);
