/**
 * A mention with no source joins the event it refers back to; within one state the target's
 * country is too coarse to tell which: strikes on the RSF's bases are not the RSF's own seizure.
 * Our own sentences, not the gold sets.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createCoder } from "../../src/index.js";
import type { Coder } from "../../src/pipeline/coder.js";

describe("source-less mentions within one state", () => {
  let coder: Coder;
  beforeAll(() => {
    coder = createCoder();
  });

  it("keeps strikes on one side apart from the other side's act against the government", () => {
    const text =
      "The army carried out air strikes on RSF bases around the capital, while the RSF said it had seized the presidential palace and the airport, a claim the army denied.";
    const events = coder.code({ text, date: "2023-04-16" }).events;
    const seizure = events.find((e) => e.source.some((a) => a.code === "SDNREB"));
    expect(seizure?.mentions).toHaveLength(1);
    expect(seizure?.mentions[0]?.ruleId).not.toBe("launch-offensive");
  });

  it("still joins a source-less mention across countries", () => {
    const text =
      "North Korea rejected a letter from Trump on Monday. The rejection of the letter surprised Washington.";
    const rejection = coder.code({ text, date: "2025-06-12" }).events.find((e) => e.event === "REJECT");
    expect(rejection?.mentions.length).toBe(2);
  });
});
