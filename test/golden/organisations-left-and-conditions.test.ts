/**
 * Golden sentences for organisations left and threats with conditions: quitting or withdrawing
 * from a named international organisation cuts ties (SANCTION), withdrawing from a place does not;
 * "threatened Beijing with sanctions if it armed Russia" threatens sanctions, the condition's verb
 * being no threat of force. Our own sentences, not the gold sets.
 */
import { expect, it } from "vitest";
import { cameoCodes, runGoldenCases } from "./golden-runner.js";

runGoldenCases("golden sentences: organisations left", [
  {
    text: "Mali, Burkina Faso and Niger quit ECOWAS.",
    expect: ["SANCTION MLI>-", "SANCTION BFA>-", "SANCTION NER>-"],
    exact: true,
  },
  {
    text: "The United States withdrew from the World Health Organization.",
    expect: ["SANCTION USA>-"],
    exact: true,
  },
  { text: "Nicaragua pulled out of the OAS.", expect: ["SANCTION NIC>-"], exact: true },
  { text: "Zelensky left Kyiv for Washington.", expect: [], exact: true },
  { text: "Russian troops pulled out of Kherson.", expect: ["RETREAT RUS>UKR"], exact: true },
]);

const codes = cameoCodes();
it("reads a threat's condition as a clause of its own", () => {
  expect(codes("Washington threatened Beijing with sanctions if it armed Russia.")).toContain("1312 USA>CHN");
});
