import { describe, expect, it } from "vitest";
import { briefEvents as brief } from "./brief-events.js";

describe("applyRetaliationTargets: a threat of reprisal is aimed at whoever used force against the threatener", () => {
  it("aims a vow to retaliate at the attacker named sentences before", () => {
    const events = brief(
      "Israel's military said it killed a senior Hezbollah commander in an airstrike on Beirut's southern suburbs. " +
        "Hezbollah vowed to retaliate.",
    );
    expect(events).toContain("THREATEN LBN>ISR");
    expect(events).not.toContain("THREATEN LBN>LBN");
  });

  it("finds the attack later in the same sentence", () => {
    expect(
      brief("Iran promised a crushing response after Israeli jets struck its nuclear facilities."),
    ).toContain("THREATEN IRN>ISR");
  });

  it("leaves the target empty when no force against the threatener was told, and never aims it at the threatener's own state", () => {
    expect(brief("Hezbollah vowed to retaliate.")).toEqual(["THREATEN LBN>"]);
    expect(brief("Hamas vowed revenge.")).toEqual(["THREATEN PSE>"]);
  });

  it("answers no attack on someone else, and no threat that is not of reprisal", () => {
    const events = brief("Russia struck Kyiv overnight. Iran vowed to retaliate.");
    expect(events).toContain("THREATEN IRN>");
    expect(events).not.toContain("THREATEN IRN>RUS");
  });
});
