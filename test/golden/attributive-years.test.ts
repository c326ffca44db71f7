/**
 * Golden sentences on a year written before a noun ("a 2021 ceasefire agreement", "their 2018
 * summit"): it dates that noun alone, so what is done to the agreement now is current, while
 * holding, attending or signing the dated event happened then. Our own sentences, not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  {
    text: "Ethiopia said it remained committed to a 2022 peace deal with Tigray rebels.",
    date: "2025-03-04",
    expect: ["AGREE ETH>ETH"],
    exact: true,
  },
  {
    text: "Iran pledged on Monday to honour a 2015 nuclear agreement with world powers.",
    date: "2025-03-04",
    expect: ["AGREE IRN>-"],
  },
  {
    text: "Japan and South Korea held a 2019 summit in Osaka.",
    date: "2025-03-04",
    expect: ["~CONSULT JPN>KOR", "~CONSULT KOR>JPN"],
    exact: true,
  },
  {
    text: "Trump and Kim held their 2018 summit in Singapore.",
    date: "2025-03-04",
    expect: ["~CONSULT USA>PRK", "~CONSULT PRK>USA"],
    exact: true,
  },
];

runGoldenCases("golden sentences: years written before a noun", cases);
