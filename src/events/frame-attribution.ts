/**
 * What the reporting frames around a trigger say of its event: who reports it and how (asserted,
 * confirmed, denied, unconfirmed), and which mentions may not be its source or target.
 *
 * @example
 * frameAttribution(frames, trigger).status; // "…, Seoul denied" → "denied"
 */
import type { ReportingFrame } from "../attribution/reporting-frames.js";
import type { ActorMention, AttributionStatus, Reporter } from "../core/types.js";

const STATUS_OF_FRAME = {
  report: "asserted",
  confirm: "confirmed",
  deny: "denied",
  unconfirm: "unconfirmed",
} as const satisfies Record<ReportingFrame["kind"], AttributionStatus>;

/** The frames that bear on one trigger's event. @example { reportFrame, status: "asserted", reporter: null } */
export interface FrameAttribution {
  /** The innermost plain report around the trigger; its reporter is the event's. */
  readonly reportFrame: ReportingFrame | null;
  /** The innermost frame of any kind around the trigger; its kind gives the status. */
  readonly statusFrame: ReportingFrame | null;
  readonly status: AttributionStatus;
  readonly reporter: Reporter | null;
}

/**
 * The status the innermost frame gives the event and the reporter of the innermost plain report.
 * @example frameAttribution(frames, trigger).reporter?.verb // "…, KCNA said" → "said"
 */
export function frameAttribution(frames: readonly ReportingFrame[], trigger: number): FrameAttribution {
  const frame = innermostFrame(frames, trigger);
  const reportFrame = innermostFrame(frames, trigger, true);
  const status: AttributionStatus = frame ? STATUS_OF_FRAME[frame.kind] : "asserted";
  const reporter: Reporter | null = reportFrame?.reporter
    ? {
        code: reporterCode(reportFrame),
        text: reportFrame.reporter.text,
        verb: reportFrame.verb,
      }
    : null;
  return { reportFrame, statusFrame: frame ?? null, status, reporter };
}

/** The reporter's actor code, with the country of a state outlet the text names without one ("state television"). */
function reporterCode(frame: ReportingFrame): string | null {
  const actor = frame.reporter!.actor;
  if (frame.reporterCountry && !actor.country) return `${frame.reporterCountry}${actor.sector ?? actor.code}`;
  return actor.code || null;
}

/**
 * The mentions that may not be the trigger's source or target.
 * @example reporterExclusions(frames, mentions, trigger).has(kcna) // "…, KCNA said" → true
 */
export function reporterExclusions(
  frames: readonly ReportingFrame[],
  mentions: readonly ActorMention[],
  trigger: number,
  host: number | null = null,
): Set<ActorMention> {
  // A reporter is never the source or target of what it reports, nor of the clauses around it; an
  // event reported inside a frame takes its actors from the reported words alone.
  // A speaker carried over to ", saying …" from the main clause still acts in that main clause.
  // "Iran denied supplying weapons", "Moscow confirmed sending troops": a gerund right after a verb
  // of denying or confirming is the speaker's own act, so the speaker stays its subject.
  // "Japan said it would consider the request and criticised China": a verb coordinated with the
  // reporting verb is the reporter's own act.
  const own = frames.find((f) => ownAct(f, trigger) || (host !== null && f.verbToken === host))?.reporter;
  const excluded = new Set<ActorMention>();
  for (const f of frames) {
    // "Kyiv confirmed the exchange and accused Moscow …": a confirmation of an earlier event leaves
    // its speaker free to act in the rest of the sentence.
    if (f.reporter && f.verbToken !== trigger && (inFrame(f, trigger) || (!f.anaphoric && nearVerb(f))))
      excluded.add(f.reporter);
  }
  for (const f of frames) {
    if (!inFrame(f, trigger)) continue;
    for (const m of mentions) if (m.span.end <= f.content[0] || m.span.start >= f.content[1]) excluded.add(m);
  }
  if (own) excluded.delete(own);
  return excluded;
}

/** True when the trigger is the bare verb right after a denying or confirming verb. */
function ownAct(frame: ReportingFrame, trigger: number): boolean {
  return (
    (frame.kind === "deny" || frame.kind === "confirm") &&
    frame.content[0] === frame.verbToken + 1 &&
    trigger === frame.content[0]
  );
}

/**
 * True when the reporter stands by its reporting verb ("KCNA said", "said a spokesman"); a speaker
 * carried over to ", saying …" is the subject of the main clause, however short that clause is.
 */
function nearVerb(frame: ReportingFrame): boolean {
  if (frame.carried) return false;
  const r = frame.reporter!.span;
  return r.end >= frame.verbToken - 4 && r.start <= frame.verbToken + 4;
}

function inFrame(frame: ReportingFrame, i: number): boolean {
  return i >= frame.content[0] && i < frame.content[1];
}

/** The narrowest frame whose content holds the trigger (of plain reports only, if asked); a status frame outranks a plain report. */
function innermostFrame(
  frames: readonly ReportingFrame[],
  i: number,
  reportsOnly = false,
): ReportingFrame | null {
  let best: ReportingFrame | null = null;
  for (const f of frames) {
    if (!inFrame(f, i) || (reportsOnly && f.kind !== "report")) continue;
    if (!best || f.content[0] > best.content[0] || (f.kind !== "report" && best.kind === "report")) best = f;
  }
  return best;
}
