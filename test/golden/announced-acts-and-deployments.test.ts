/**
 * Golden sentences on acts named by a noun with no owner of their own: whoever announced the act
 * did it ("The Pentagon announced the deployment of troops"); a deployment or withdrawal that opens
 * the sentence is the moved forces' state's; one demanded, rejected or discussed is no one's act
 * yet. Also: a deal brokered by a mediator, a joint statement signed, a pattern word that opens
 * an actor's name ("an aid worker"), and the date of a noun's own predicate. Our own sentences,
 * not the gold sets.
 */
import { describe, expect, it } from "vitest";
import { cameoCodes, type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  // Announced acts.
  {
    text: "The Pentagon announced the deployment of 3,000 more troops to Poland.",
    expect: ["MOBILIZE USA>POL"],
    exact: true,
  },
  {
    text: "Israel announced the killing of a senior Hezbollah commander.",
    expect: ["ASSAULT ISR>LBN"],
    exact: true,
  },
  {
    text: "Iran's foreign ministry announced the arrest of two French nationals.",
    expect: ["COERCE IRN>FRA"],
    exact: true,
  },
  {
    text: "The White House announced the lifting of sanctions on Syria.",
    expect: ["RETREAT USA>SYR"],
    exact: true,
  },
  {
    text: "Seoul announced the suspension of joint military drills with Washington.",
    expect: ["RETREAT KOR>-"],
    exact: true,
  },
  {
    text: "Russia's defence ministry announced the start of nuclear drills near Ukraine.",
    expect: ["MOBILIZE RUS>-"],
    exact: true,
  },
  {
    text: "North Korea announced the launch of a new reconnaissance satellite.",
    expect: ["MOBILIZE PRK>-"],
    exact: true,
  },
  // State media report an act; they do not do it.
  {
    text: "North Korea's state media announced the launch of a new reconnaissance satellite.",
    expect: [],
    exact: true,
  },
  // Dismissed as interference: a criticism.
  {
    text: "Beijing dismissed the G7 statement as interference in its internal affairs.",
    expect: ["ACCUSE CHN>IGO"],
    exact: true,
  },
  // Forces moved, and own forces as no target.
  {
    text: "The deployment of 3,000 US troops to Poland began on Monday.",
    expect: ["MOBILIZE USA>POL"],
    exact: true,
  },
  {
    text: "The Kremlin announced the withdrawal of Russian troops from Kherson.",
    expect: ["RETREAT RUS>UKR"],
    exact: true,
    absent: ["RETREAT RUS>RUS"],
  },
  {
    text: "The withdrawal of US troops from Afghanistan was completed in August 2021.",
    date: "2025-06-12",
    expect: ["~RETREAT USA>AFG"],
    exact: true,
  },
  // Not yet anyone's act.
  { text: "The talks focused on the withdrawal of Russian troops.", expect: [], exact: true },
  {
    text: "Russia rejected the deployment of Western troops to Ukraine.",
    expect: ["REJECT RUS>-"],
    exact: true,
    absent: ["MOBILIZE RUS>UKR"],
  },
  {
    text: "Russia demanded the withdrawal of Ukrainian troops from four regions.",
    expect: ["REQUEST RUS>UKR"],
    exact: true,
  },
  // Joint statements.
  {
    text: "Putin and Xi signed a joint statement on a new era of partnership.",
    expect: ["SUPPORT RUS>CHN", "SUPPORT CHN>RUS"],
    exact: true,
  },
  // A deal brokered: the mediator acts on the sides that made it.
  {
    text: "Israel and Hamas agreed to a truce, mediated by Egypt and Qatar.",
    expect: [
      "AGREE ISR>PSE",
      "AGREE PSE>ISR",
      "CONSULT EGY>ISR",
      "CONSULT EGY>PSE",
      "CONSULT QAT>ISR",
      "CONSULT QAT>PSE",
    ],
    exact: true,
  },
  {
    text: "Armenia and Azerbaijan signed a peace treaty at the White House, brokered by Trump.",
    date: "2025-08-09",
    expect: ["SUPPORT ARM>AZE", "SUPPORT AZE>ARM", "CONSULT USA>ARM", "CONSULT USA>AZE"],
    exact: true,
  },
  // A pattern word that opens an actor's name.
  { text: "The UN announced the death of an aid worker in Gaza.", expect: [], exact: true },
  {
    text: "Georgian demonstrators launched missiles at the Georgian government.",
    expect: ["ASSAULT GEO>GEO"],
  },
];

runGoldenCases("golden sentences: announced acts, deployments and joint statements", cases);

describe("golden sentences: the dates of noun events", () => {
  const codes = cameoCodes("2025-06-12", true);
  it("a date of the noun's own predicate dates the noun's event, past its phrase", () => {
    expect(codes("The withdrawal of US troops from Afghanistan was completed in August 2021.")).toEqual([
      "0874 USA>AFG actual",
    ]);
  });
  it("a participle after an object noun claims its own date", () => {
    expect(
      codes(
        "A court in Guyana issued arrest warrants for two Brazilian men sought in the slaying of two American missionaries three years ago.",
      ),
    ).toContain("173 GUY>BRA actual");
  });
});
