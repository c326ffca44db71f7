import { describe, expect, it } from "vitest";
import { explainArticle } from "../../src/cli/event-output.js";
import { createCoder } from "../../src/index.js";

describe("explainArticle", () => {
  it("names an actor found in another sentence by its own text, not a slice of this sentence", () => {
    const text =
      "The launch was the first since January, when Pyongyang tested a new solid-fuel missile. " +
      "South Korea's Joint Chiefs of Staff condemned the launch as a grave provocation.";
    const coded = createCoder().code({ id: "a", text, date: "2025-03-03" });
    const condemned = coded.events.find((e) => e.cameo === "111");
    expect(condemned?.target.map((a) => a.text)).toEqual(["Pyongyang"]);
    const explained = explainArticle(coded);
    expect(explained).toContain("target Pyongyang (characters 45–54, another sentence)");
  });
});
