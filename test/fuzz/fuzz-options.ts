/**
 * How many generated inputs each fuzz property runs: FUZZ_RUNS (`npm run fuzz` sets 10,000), else a
 * small default for `npm test`. The timeout grows with the count; it guards against hangs only.
 */
import { expect } from "vitest";
import { isParleyError } from "../../src/core/errors.js";

export const fuzzRuns = Number(process.env.FUZZ_RUNS ?? "150");
export const fuzzTimeout = Math.max(60_000, fuzzRuns * 100);

/** Runs `work`; a throw must be a ParleyError with one of `codes` and a message. */
export function okOrParleyError<T>(work: () => T, codes: RegExp): T | null {
  try {
    return work();
  } catch (error) {
    if (!isParleyError(error)) throw error;
    expect(error.code).toMatch(codes);
    expect(error.message.length).toBeGreaterThan(0);
    return null;
  }
}
