/**
 * Golden sentences on aid a recipient wants or plans to get ("hopes to receive aid from …"): the
 * giver named after "from" declared nothing, so the aid is only wished for, never the giver's
 * intent; aid received, or to be received, stays the giver's act. Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "Lebanon hopes to receive aid from Gulf states.",
    expect: [],
    exact: true,
    absent: ["AGREE PGS>LBN"],
  },
  {
    text: "Kenya plans to obtain new loans from China.",
    expect: [],
    exact: true,
    absent: ["AGREE CHN>KEN"],
  },
  {
    text: "Jordan received humanitarian aid from Japan on Tuesday.",
    expect: ["AID JPN>JOR"],
    exact: true,
  },
  {
    text: "Sudan refused to accept aid from the United Nations.",
    expect: ["REJECT SDN>IGO"],
    exact: true,
  },
];

runGoldenCases("golden sentences: aid a recipient hopes to get", cases);
