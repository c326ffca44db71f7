/**
 * Golden sentences on whose agent a "by" names after an event noun: in "demonstrations against
 * the human rights violations by the army" the army commits the violations and does not
 * demonstrate; and a participle after a state's possessive describes its agent ("Algeria's
 * leading human rights activist"). Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    // The Syrian forces detain; they are not the demonstrators.
    text: "Two students were hurt in Beirut during demonstrations against the detention of journalists by Syrian forces.",
    expect: ["COERCE SYR>LBN", "PROTEST LBN>-"],
    absent: ["PROTEST SYR>LBN"],
  },
  {
    text: "Mahmoud Rahimi, Iran's leading rights lawyer, began a hunger strike in protest against the torture of detainees by Iranian security forces.",
    expect: ["PROTEST IRN>-"],
  },
  {
    text: "China's ruling party expelled two senior officials.",
    expect: ["COERCE CHN>CHN"],
  },
];

runGoldenCases("golden sentences: agents of inner nouns", cases);
