/**
 * Golden sentences on expulsions and recalls of envoys (a reduction of relations, in the passive
 * too, and after "retaliated by") and on a possible act named by an indefinite noun before a
 * modal ("a Chinese invasion of Taiwan could come"). Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "Two Chinese diplomats were expelled from Canada.",
    expect: ["SANCTION CAN>CHN"],
    exact: true,
  },
  {
    text: "Mali's junta expelled the head of the UN peacekeeping mission.",
    expect: ["SANCTION MLI>IGO"],
    exact: true,
  },
  {
    text: "Italy expelled a Tunisian imam accused of preaching hatred.",
    expect: ["COERCE ITA>TUN"],
  },
  {
    text: "The Iraqi ambassador was recalled from Damascus, the foreign ministry said.",
    expect: ["SANCTION IRQ>SYR"],
    exact: true,
  },
  {
    text: "Moscow retaliated by expelling 23 British diplomats.",
    expect: ["SANCTION RUS>GBR"],
    exact: true,
  },
  {
    text: "Experts fear a Chinese invasion of Taiwan could come within five years.",
    expect: ["?ASSAULT CHN>TWN"],
    exact: true,
  },
  {
    text: "US sanctions on Iran may hurt European firms.",
    expect: ["SANCTION USA>IRN"],
  },
];

runGoldenCases("golden sentences: expulsions and recalls, possible acts", cases);
