/**
 * Golden sentences on a second act after "and" in a form that heads a clause ("called for
 * restraint and offered to mediate"): it is the subject's own act, neither inside the first
 * pattern's gap nor governed by the first verb. Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "The African Union called on both sides to exercise restraint and offered to mediate.",
    expect: ["REQUEST IGO>-", "AGREE IGO>-"],
  },
  {
    text: "The Arab League called for calm and offered to send observers to the border.",
    expect: ["REQUEST IGO>-", "AGREE IGO>-"],
    absent: ["AID IGO>-"],
  },
  {
    text: "Russia called for talks and has offered to host them in Moscow.",
    expect: ["REQUEST RUS>-", "AGREE RUS>-"],
  },
  {
    text: "Turkey threatened a new offensive and has deployed tanks along the Syrian border.",
    expect: ["THREATEN TUR>-", "MOBILIZE TUR>-"],
  },
  // A bare verb after "and" shares the demand's infinitive: what was asked, not done.
  {
    text: "The European Union urged Iran to halt enrichment and allow inspectors into Fordow.",
    expect: ["REQUEST IGO>IRN"],
    exact: true,
  },
];

runGoldenCases("golden sentences: a second act after 'and'", cases);
