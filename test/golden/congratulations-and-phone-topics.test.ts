/**
 * Golden sentences for congratulations carried by a message ("sent a cable of congratulations to
 * the new Lebanese president"), which praise as "congratulated" does, and for leaders who discussed
 * a place's situation by phone. Our own sentences.
 */
import { runGoldenCases } from "./golden-runner.js";

runGoldenCases("congratulations and calls", [
  {
    text: "The Saudi king sent a cable of congratulations to the new Lebanese president.",
    expect: ["SUPPORT SAU>LBN"],
    exact: true,
  },
  {
    text: "Vietnam's leader sent a congratulatory letter to Xi.",
    expect: ["SUPPORT VNM>CHN"],
    exact: true,
  },
  {
    text: "Modi extended congratulations to Prabowo on his election victory.",
    expect: ["SUPPORT IND>IDN"],
    exact: true,
  },
  { text: "Kim sent a letter to Trump.", expect: ["CONSULT PRK>USA"], exact: true },
  {
    text: "Sisi and Macron discussed the situation in Gaza by phone.",
    expect: ["CONSULT EGY>FRA", "CONSULT FRA>EGY"],
    exact: true,
  },
  {
    text: "Egypt and France discussed the situation in Gaza by phone on Sunday.",
    expect: ["CONSULT EGY>FRA", "CONSULT FRA>EGY"],
    exact: true,
  },
]);
