/**
 * Golden sentences and articles on strikes carried out, aspect verbs before a gerund, "since" dates
 * with a "when" clause, and silence on strikes: "Israel carried out a strike on the Iranian
 * embassy" is Israel's strike; "began publicising Chinese manoeuvres" holds no manoeuvres;
 * "since 2023, when …" dates the clause to 2023; "The Kremlin did not comment on the strikes"
 * leaves the strikes open, not a demand told between; a capital an act fell on is its country.
 * Our own sentences, not the gold sets.
 */
import { describe, expect, it } from "vitest";
import { createCoder } from "../../src/index.js";
import { type Golden, runGoldenCases } from "./golden-runner.js";

const cases: readonly Golden[] = [
  // A phrasal verb of doing makes its subject the agent of the act its object names.
  { text: "Israel carried out a strike on the Iranian embassy.", expect: ["ASSAULT ISR>IRN"], exact: true },
  {
    text: "Israel carried out a strike on the Iranian consulate in Damascus.",
    expect: ["ASSAULT ISR>IRN"],
    exact: true,
    absent: ["ASSAULT SYR>IRN"],
  },
  { text: "Russia stepped up attacks on Kharkiv.", expect: ["ASSAULT RUS>UKR"], exact: true },
  // A participle hyphened to a name ("Saudi-led") is no main verb that would make "carried" a passive.
  {
    text: "The Saudi-led coalition carried out air strikes on Houthi positions in Sanaa.",
    expect: ["ASSAULT SAU>YEM"],
    exact: true,
  },
  { text: "Washington ruled out an invasion of Venezuela.", expect: ["REJECT USA>VEN"], exact: true },
  // The gerund after an aspect verb heads the act.
  {
    text: "Manila began publicising Chinese manoeuvres in the waterway.",
    expect: ["MOBILIZE CHN>-"],
    exact: true,
  },
  { text: "China began holding drills near Taiwan.", expect: ["MOBILIZE CHN>TWN"], exact: true },
  // "since <date>, when …": the clause happened at the date.
  {
    text: "Relations have soured since 2019, when Japan imposed export controls on South Korea.",
    date: "2025-06-12",
    expect: ["~SANCTION JPN>KOR"],
    exact: true,
  },
  {
    text: "Tensions have escalated since 2023, when Manila began publicising Chinese drills near the shoal.",
    date: "2025-06-12",
    expect: ["~MOBILIZE CHN>-"],
    exact: true,
  },
];

runGoldenCases("golden sentences: strikes carried out, aspect verbs and since-when", cases);

describe("golden articles: silence on strikes", () => {
  it("leaves the strikes unconfirmed, not the demand told between them and the silence", () => {
    const text =
      "Russia launched a drone attack on Ukraine overnight.\n\n" +
      "President Volodymyr Zelensky called on Western allies to speed up deliveries of air defence systems.\n\n" +
      "The Kremlin did not comment on the strikes.";
    const events = createCoder().code({ text, date: "2025-05-14" }).events;
    expect(events.map((e) => `${e.event} ${e.attribution.status}`)).toEqual([
      "ASSAULT unconfirmed",
      "REQUEST asserted",
    ]);
  });
});

describe("golden sentences: a capital as the place an act fell on", () => {
  it("aims the act at the capital's country, not at its government", () => {
    const coder = createCoder();
    const target = (text: string) =>
      coder.code({ text, date: "2025-05-14" }).events.map((e) => e.target.map((a) => a.code).join("+"));
    expect(target("The government of Peru declared a state of emergency in Lima.")).toEqual(["PER"]);
    expect(target("The army deployed troops in Bangkok.")).toEqual(["THA"]);
    expect(target("Protesters rallied in Lima against the government.")).toEqual(["PERGOV"]);
  });
});
