/**
 * "The group has previously denied targeting civilians", "Iran has long denied seeking nuclear
 * weapons": a denial made before the act told, or a standing one, is background. It neither
 * denies this act nor is news of its own.
 *
 * @example
 * standingDenial(tokens, frame); // "Rwanda has consistently denied backing the rebels" → true
 */
import type { Token } from "../core/types.js";
import type { ReportingFrame } from "./reporting-frames.js";

// "has previously denied", "has long denied", "had earlier denied": the denial came first.
const BEFOREHAND: ReadonlySet<string> = new Set([
  "previously",
  "long",
  "repeatedly",
  "consistently",
  "always",
  "routinely",
  "earlier",
]);

/** True when `frame` is a denial that an adverb just before its verb sets before, or apart from, the act. @example standingDenial(tokens, frame) */
export function standingDenial(tokens: readonly Token[], frame: ReportingFrame | null): boolean {
  if (frame?.kind !== "deny") return false;
  for (let j = frame.verbToken - 1; j >= 0 && j >= frame.verbToken - 3; j--) {
    const t = tokens[j]!;
    if (BEFOREHAND.has(t.lower)) return true;
    if (t.pos !== "AUX" && t.pos !== "ADV") return false;
  }
  return false;
}
