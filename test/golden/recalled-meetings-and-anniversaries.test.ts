/**
 * Golden sentences on news against history in cooperative reports: a meeting recalled as the last
 * or first of its kind is background once a month has passed, and what is done on an anniversary
 * is news however old the event it marks. Our own sentences, dated 2025-06-12.
 */
import { runGoldenCases } from "./golden-runner.js";

const date = "2025-06-12";

runGoldenCases("recalled meetings and anniversaries", [
  {
    text: "Ishiba and Xi last met in Lima in November 2024.",
    date,
    expect: ["~CONSULT JPN>CHN", "~CONSULT CHN>JPN"],
    exact: true,
  },
  {
    text: "Ishiba and Xi had last met in Lima in November 2024.",
    date,
    expect: ["~CONSULT JPN>CHN", "~CONSULT CHN>JPN"],
    exact: true,
  },
  {
    text: "Modi and Sharif last spoke by phone in March.",
    date,
    expect: ["~CONSULT IND>PAK", "~CONSULT PAK>IND"],
    exact: true,
  },
  {
    text: "Modi and Sharif last spoke by phone on Monday.",
    date,
    expect: ["CONSULT IND>PAK", "CONSULT PAK>IND"],
    exact: true,
  },
  {
    text: "Ishiba and Xi met in Lima on Monday.",
    date,
    expect: ["CONSULT JPN>CHN", "CONSULT CHN>JPN"],
    exact: true,
  },
  {
    text: "On the anniversary of their 2018 summit, Kim sent a letter to Trump.",
    date,
    expect: ["CONSULT PRK>USA"],
    exact: true,
  },
  {
    text: "On the fifth anniversary of the 2020 peace deal, the Taliban hosted a delegation from Qatar.",
    date,
    expect: ["CONSULT AFG>QAT"],
    exact: true,
  },
  {
    text: "At their 2018 summit, Trump and Kim signed a joint declaration.",
    date,
    expect: ["~SUPPORT USA>PRK", "~SUPPORT PRK>USA"],
    exact: true,
  },
  {
    text: "This year marks the 75th anniversary of diplomatic ties between China and India.",
    date,
    expect: [],
    exact: true,
  },
]);
