/**
 * Golden sentences on titles the tagger reads as adjectives: in "Italy's premier expressed
 * solidarity" the participle after "premier" is the main verb, not an adjective before its noun;
 * "drought-stricken" is an adjective however it is tagged.
 * Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  { text: "Italy's premier expressed solidarity with Morocco.", expect: ["SUPPORT ITA>MAR"] },
  { text: "The Chinese premier expressed support for Pakistan.", expect: ["SUPPORT CHN>PAK"] },
  // A hyphenated participle in -en describes its noun as one in -ed does.
  { text: "Japan sent food aid to drought-stricken Kenya.", expect: ["AID JPN>KEN"], exact: true },
];

runGoldenCases("golden sentences: titles tagged as adjectives", cases);
