/**
 * Golden sentences on titles the tagger reads as adjectives: in "Italy's premier expressed
 * solidarity" the participle after "premier" is the main verb, not an adjective before its noun.
 * Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  { text: "Italy's premier expressed solidarity with Morocco.", expect: ["SUPPORT ITA>MAR"] },
  { text: "The Chinese premier expressed support for Pakistan.", expect: ["SUPPORT CHN>PAK"] },
];

runGoldenCases("golden sentences: titles tagged as adjectives", cases);
