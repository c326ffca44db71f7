/**
 * Golden sentences on aid told by its arrival ("the first shipment of US aid arrived in Gaza": the
 * aid's national modifier sent it), visits named "a visit by X to Y", and occasions looked forward
 * to ("security was tightened ahead of the pope's visit") or weighed ("a visit is unlikely"), which
 * have not happened yet. Our own sentences, not the gold sets.
 */
import { describe, expect, it } from "vitest";
import { createCoder } from "../../src/index.js";
import { type Golden, runGoldenCases } from "./golden-runner.js";

const arrivals: readonly Golden[] = [
  { text: "The first shipment of US aid arrived in Gaza on Thursday.", expect: ["AID USA>PSE"], exact: true },
  { text: "A convoy carrying Turkish aid reached Aleppo on Monday.", expect: ["AID TUR>SYR"], exact: true },
  { text: "Indian aid had reached Sri Lanka by Monday.", expect: ["AID IND>LKA"], exact: true },
  { text: "Aid arrived in Gaza on Thursday.", expect: [], exact: true },
  { text: "Humanitarian aid has not reached Tigray since June.", expect: [], exact: true },
  {
    text: "The European Commission proposed a new package of aid for Ukraine.",
    expect: ["AGREE IGO>UKR"],
    exact: true,
  },
  { text: "Trump proposed cutting foreign aid.", expect: [], exact: true },
];

const visitsBy: readonly Golden[] = [
  { text: "A visit by Scholz to India was called off.", expect: ["!CONSULT DEU>IND"], exact: true },
  {
    text: "The two leaders discussed trade during a visit by Modi to Washington.",
    expect: ["CONSULT IND>USA"],
    exact: true,
  },
];

runGoldenCases("golden sentences: aid told by its arrival", arrivals);
runGoldenCases("golden sentences: visits by someone to somewhere", visitsBy);

describe("occasions looked forward to", () => {
  const coder = createCoder();
  const modalityOf = (text: string) =>
    coder.code({ text, date: "2025-06-12" }).events.find((e) => e.cameo === "042")?.modality;

  it.each([
    "Security was tightened ahead of the pope's visit to Iraq.",
    "On the eve of Blinken's trip to Beijing, China released a detained American.",
    "Police were deployed in Baghdad in preparation for a visit by the pope to Iraq.",
  ])("%s", (text) => {
    expect(modalityOf(text)).toBe("intended");
  });

  it("an occasion its own predicate weighs is hypothetical", () => {
    expect(modalityOf("Analysts say a visit by Xi to Washington is unlikely before the election.")).toBe(
      "hypothetical",
    );
    expect(modalityOf("Xi's visit to Moscow was a success.")).toBe("actual");
  });

  it("a dated narrative orders past occasions", () => {
    expect(modalityOf("The ban was announced in 2018, ahead of Kim's visit to Beijing.")).toBe("actual");
  });
});
