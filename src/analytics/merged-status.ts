/**
 * The status of a merged event, derived from every sentence of every article that reports it, and
 * the sides behind it.
 *
 * @example
 * deriveMergedStatus(records, mergeKeyOf(records[0].event)).unconfirmedBy; // ["USA"]
 */
import type { AttributionStatus } from "../core/types.js";
import type { MentionRecord, MergeKey } from "./event-merge.js";

/** The side a reporter or actor speaks for: its country code; "outlet" for a news outlet's own voice. @example sideOf("PRKMED") // "PRK" */
export function sideOf(code: string | null | undefined): string {
  if (!code) return "outlet";
  return /^[A-Z]{3}/.test(code) && !code.startsWith("IGO") ? code.slice(0, 3) : code;
}

/** The status of a merged event and the sides behind it. @example { status: "unconfirmed", unconfirmedBy: ["USA"], ... } */
export interface MergedStatus {
  readonly status: AttributionStatus;
  readonly confirmedBy: readonly string[];
  readonly deniedBy: readonly string[];
  readonly unconfirmedBy: readonly string[];
}

/**
 * Status from every sentence of every article: denied when the accused side (the source) denies;
 * confirmed when anyone explicitly confirms, when both sides of the dyad say so, or when two
 * independent outlets report it in their own voice and nobody left it unconfirmed; unconfirmed
 * when someone declined to confirm or a third party denied; asserted otherwise.
 * @example deriveMergedStatus(records, mergeKeyOf(records[0].event)).status
 */
export function deriveMergedStatus(records: readonly MentionRecord[], key: MergeKey): MergedStatus {
  const confirmed = new Set<string>();
  const denied = new Set<string>();
  const unconfirmed = new Set<string>();
  const claimants = new Set<string>();
  const ownVoice = new Set<string>();
  const pendingUnknown: number[] = [];
  for (const record of records) {
    for (const m of record.event.mentions) {
      const side = m.reporter ? sideOf(m.reporter.code) : "outlet";
      if (m.status === "confirmed") confirmed.add(side);
      else if (m.status === "denied") denied.add(side);
      else if (m.status === "unconfirmed") {
        if (side === "outlet" && !m.reporter) pendingUnknown.push(record.articleId);
        else unconfirmed.add(side);
      } else if (side === "outlet") ownVoice.add(record.outlet ?? `article:${record.articleId}`);
      else claimants.add(side);
    }
  }
  // "She did not confirm" often names no one the coder can place: it is the side that did not make the claim.
  if (pendingUnknown.length > 0) {
    const silent = [key.target, key.source].find((s) => s !== "" && !claimants.has(s));
    unconfirmed.add(silent ?? "outlet");
  }
  const status: AttributionStatus =
    key.source !== "" && denied.has(key.source)
      ? "denied"
      : confirmed.size > 0 || (key.source !== "" && claimants.has(key.source) && claimants.has(key.target))
        ? "confirmed"
        : unconfirmed.size > 0 || denied.size > 0
          ? "unconfirmed"
          : ownVoice.size >= 2
            ? "confirmed"
            : "asserted";
  const sorted = (s: Set<string>) => [...s].sort();
  return {
    status,
    confirmedBy: sorted(confirmed),
    deniedBy: sorted(denied),
    unconfirmedBy: sorted(unconfirmed),
  };
}
