/**
 * Golden sentences for acts of force that are only foreseen: an event noun that is the object of
 * "fear", "expect", "predict" or of "warn of" / "brace for" is hypothetical, not an attack that
 * happened, and so is one whose consequence "would" follow; the same nouns launched or carried out
 * stay actual. Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "Western intelligence officials fear a Russian offensive in the Baltic states.",
    expect: [],
    exact: true,
  },
  {
    text: "Military analysts predicted an Azerbaijani assault on Armenia within weeks.",
    expect: [],
    exact: true,
  },
  {
    text: "Seoul expects North Korean provocations ahead of the election.",
    expect: [],
    exact: true,
  },
  {
    text: "Taiwanese officials warned of a Chinese invasion before 2027.",
    expect: [],
    exact: true,
  },
  {
    text: "Fears of an Israeli attack on Lebanon have grown in Beirut.",
    expect: [],
    exact: true,
  },
  {
    text: "Any Turkish incursion into northern Syria would be a grave mistake, Damascus said.",
    expect: [],
    exact: true,
  },
  {
    text: "A Serbian attack on Kosovo would be met with a NATO response.",
    expect: [],
    exact: true,
  },
  {
    text: "An Israeli air strike on a school in Gaza on Sunday will be investigated, the army said.",
    expect: ["ASSAULT ISR>PSE"],
  },
  {
    text: "Russia launched an offensive in the Kharkiv region on Friday.",
    expect: ["ASSAULT RUS>UKR"],
    exact: true,
  },
];

runGoldenCases("foreseen acts of force", cases);
