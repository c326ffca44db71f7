import { describe, expect, it } from "vitest";
import { passivePattern } from "../../src/events/passive-patterns.js";

describe("passivePattern", () => {
  it("puts the object first, then a form of be, then the verb and its particle", () => {
    expect(passivePattern("sign * &agreement")).toBe("&agreement * be|being * sign");
    expect(passivePattern("carry out * &attack")).toBe("&attack * be|being * carry out");
    expect(passivePattern("present|produce * evidence|proof against|of")).toBe(
      "evidence|proof * be|being * present|produce",
    );
  });

  it("keeps a phrase of several words as the object", () => {
    expect(passivePattern("hold|have * video * call|conference")).toBe(
      "video * call|conference * be|being * hold|have",
    );
  });

  it("derives nothing without an object to put first", () => {
    expect(passivePattern("reject")).toBeNull();
    expect(passivePattern("sign * with")).toBeNull();
    expect(passivePattern("weigh whether")).toBeNull();
    expect(passivePattern("welcome * 's * statement")).toBeNull();
    expect(passivePattern("meet @target")).toBeNull();
  });

  it("derives nothing where the agent after by would turn the roles round", () => {
    expect(passivePattern("receive * &weapon from the? @source")).toBeNull();
  });
});
