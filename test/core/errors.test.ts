/** ParleyError and the helpers that recognise and wrap thrown values. */
import { describe, expect, it } from "vitest";
import { asError, isParleyError, ParleyError } from "../../src/core/errors.js";

describe("asError", () => {
  it("keeps an Error as it is and wraps anything else thrown", () => {
    const error = new ParleyError("E_DATE", "--date: not a date");
    expect(asError(error)).toBe(error);
    expect(isParleyError(asError(error))).toBe(true);
    expect(asError("boom")).toBeInstanceOf(Error);
    expect(asError("boom").message).toBe("boom");
    expect(asError(42).message).toBe("42");
  });
});
