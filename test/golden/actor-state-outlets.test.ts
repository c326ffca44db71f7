/**
 * Golden sentences on state media and the state they speak for: "the kingdom" or "the country" in
 * a state news agency's report is that state (not its media); another outlet's "the country" is no
 * one the words name. Capitals and seats of government stand for their states. Our own sentences,
 * not the gold sets.
 */
import { type Golden, runGoldenCases } from "./golden-runner.js";

const date = "2025-06-12";
const cases: readonly Golden[] = [
  {
    text: "The Saudi Press Agency said the kingdom welcomed the ceasefire.",
    date,
    expect: ["SUPPORT SAU>-"],
    exact: true,
  },
  {
    text: "State news agency IRNA said the country had expelled a British diplomat.",
    date,
    expect: ["SANCTION IRN>GBR"],
    exact: true,
  },
  {
    text: "Syria's official SANA news agency said the country had expelled a Turkish diplomat.",
    date,
    expect: ["SANCTION SYR>TUR"],
    exact: true,
  },
  { text: "The BBC reported that the country had expelled a diplomat.", date, expect: [], exact: true },
  {
    text: "KCNA accused South Korea of flying drones over Pyongyang.",
    date,
    expect: ["ACCUSE PRK>KOR"],
    exact: true,
  },
  {
    text: "Foggy Bottom urged Pyongyang to return to talks.",
    date,
    expect: ["REQUEST USA>PRK"],
    exact: true,
  },
  { text: "Ouagadougou suspended French broadcasters.", date, expect: ["COERCE BFA>FRA"], exact: true },
  { text: "Kinshasa accused Kigali of backing the rebels.", date, expect: ["ACCUSE COD>RWA"], exact: true },
];

runGoldenCases("state outlets and seats of government", cases);
