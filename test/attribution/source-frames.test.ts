import { describe, expect, it } from "vitest";
import { defaultAttributionCues } from "../../src/attribution/attribution-cues.js";
import { findReportingFrames } from "../../src/attribution/reporting-frames.js";
import { createWinkAnalyser } from "../../src/nlp/wink-analyser.js";

const analyser = createWinkAnalyser();

/** The frames of a one-sentence text, with their content as words. */
function frames(text: string): { kind: string; verb: string; content: string }[] {
  const [sentence] = analyser.analyse(text);
  return findReportingFrames(sentence!, [], defaultAttributionCues).map((f) => ({
    kind: f.kind,
    verb: f.verb,
    content: sentence!.tokens
      .slice(f.content[0], f.content[1])
      .map((t) => t.text)
      .join(" "),
  }));
}

describe("source frames", () => {
  it("reads a report judged false by its predicate as a denial of its clause", () => {
    expect(frames("Reports that Riyadh had agreed to normalise ties were false.")).toContainEqual({
      kind: "deny",
      verb: "were",
      content: "Riyadh had agreed to normalise ties",
    });
  });

  it('reads "not true" and quoted judgements, past adverbs', () => {
    const found = frames('Claims that Cairo had closed the border were "simply not true".');
    expect(found.map((f) => f.kind)).toContain("deny");
  });

  it("leaves a report whose predicate judges nothing", () => {
    const found = frames("Reports that Tehran had sent drones were first published on Monday.");
    expect(found.map((f) => f.kind)).not.toContain("deny");
  });

  it('reads "according to" before and after what it reports', () => {
    expect(frames("According to officials, Seoul sent aid.")[0]).toMatchObject({
      kind: "report",
      content: "Seoul sent aid .",
    });
    expect(frames("Seoul sent aid, according to unconfirmed reports.")[0]).toMatchObject({
      kind: "unconfirm",
      content: "Seoul sent aid",
    });
  });
});
