/**
 * Accusations implied by reports: a state that claims another did wrong accuses it, whatever the
 * reported event's own code.
 *
 * @example
 * allegationEvents(ctx, frames, events, tokens, timeAt).accusations[0]?.code.code; // "The US claimed that ISIL had attacked Iraq" → "112"
 */
import type { EventTime } from "../attribution/event-time.js";
import type { ReportingFrame } from "../attribution/reporting-frames.js";
import type { Sentence } from "../core/types.js";
import type { EventMentionCandidate, ExtractionContext } from "./event-mention-candidate.js";

const ALLEGATION_CODE = "112";
// "claim|take|accept|bear responsibility": CAMEO 015.
const RESPONSIBILITY_CODE = "015";

// Prepositions that name where an act happened, not whom it struck ("at it", "on Israel" do).
const PLACE_PREPOSITIONS = new Set([
  "in",
  "near",
  "inside",
  "outside",
  "across",
  "throughout",
  "within",
  "along",
  "around",
  "off",
]);

/** True when the target is only where the act happened: "poisoned a spy in Britain". */
function placeOf(tokens: Sentence["tokens"], t: EventMentionCandidate["targets"][number]): boolean {
  let j = t.span.start - 1;
  while (j >= 0 && t.span.start - j <= 3 && (tokens[j]!.lower === "the" || tokens[j]!.pos === "ADJ")) j--;
  return PLACE_PREPOSITIONS.has(tokens[j]?.lower ?? "");
}
// Object pronouns that stand for the reporting state itself: "fired at it" names no one harmed.
const BARE_VICTIMS = new Set(["it", "us", "them", "itself", "themselves", "ourselves"]);

/** True when the target is people or things of the reporter's own state: "its soldiers", "Syrian troops". */
function harmedOf(
  tokens: Sentence["tokens"],
  t: EventMentionCandidate["targets"][number],
  country: string | null,
): boolean {
  if (t.actor.country !== country || placeOf(tokens, t)) return false;
  return !(t.span.end - t.span.start === 1 && BARE_VICTIMS.has(tokens[t.span.start]?.lower ?? ""));
}
const OPPONENT_SECTORS = new Set(["REB", "OPP", "UAF", "RAD", "CRM"]);
const ONLOOKERS: ReadonlySet<string> = new Set(["agent:witnesses"]);

/** The accusations a sentence's reports make, and the reported acts they stand for. @example { accusations: [accuse], alleged: new Set([attack]) } */
export interface Allegations {
  readonly accusations: readonly EventMentionCandidate[];
  /** Acts known only from one party's word against another: the accusation is what is coded. */
  readonly alleged: ReadonlySet<EventMentionCandidate>;
}

/**
 * "The US claimed that ISIL had attacked Iraq": a report that alleges wrongdoing is itself an
 * accusation by the reporter against the wrongdoer, and the alleged act is that accusation's
 * content, not a second event: one party's word does not establish it. A victim's plain report of
 * harm done to its own people or places ("Syria said its soldiers were killed") keeps the act too.
 * The accusation is made when its reporting verb says (`timeAt`), not when the act it alleges was.
 * @example allegationEvents(ctx, frames, events, tokens, timeAt).accusations.map((e) => e.code.code) // ["112"]
 */
export function allegationEvents(
  ctx: ExtractionContext,
  frames: readonly ReportingFrame[],
  events: readonly EventMentionCandidate[],
  tokens: Sentence["tokens"],
  timeAt: (token: number) => EventTime,
): Allegations {
  const accuse = ctx.rules.cameo.get(ALLEGATION_CODE);
  const out: EventMentionCandidate[] = [];
  const alleged = new Set<EventMentionCandidate>();
  if (!accuse) return { accusations: out, alleged };
  for (const frame of frames) {
    const verb = frame.verb.split(" ").pop()?.toLowerCase() ?? "";
    const reporter = frame.reporter;
    if (frame.kind !== "report" || !reporter || !reporter.actor.country) continue;
    // Journalism is not accusation: a news outlet reporting violence accuses no one.
    if (reporter.kind === "media" || reporter.actor.sector === "MED") continue;
    // "…, witnesses said": onlookers tell what they saw; they are no party to accuse anyone.
    if (reporter.entryIds.some((id) => ONLOOKERS.has(id))) continue;
    const alleging = ctx.cues.allegationVerbs.some((v) => verb.startsWith(v));
    for (const e of events) {
      if (e.trigger < frame.content[0] || e.trigger >= frame.content[1] || e.sources.length === 0) continue;
      if (e.code.code.startsWith("11") || e.negated || e.modality === "hypothetical") continue;
      // "Israel said a mortar was fired at it from Gaza": a report of another party's violence accuses
      // it; with "claimed" or "alleged", any conflictual report is an accusation.
      const violent = ["18", "19", "20"].includes(e.code.code.slice(0, 2));
      const otherParty = e.sources.every((s) => s.actor.country !== reporter.actor.country);
      // Without "claimed"/"alleged", only the victim's own report accuses: "Israel said a mortar was fired at it".
      // "The US said that Iraq had attacked …": a state's explicit report of another's violence.
      const thatClause = frame.content[0] > 0 && tokens[frame.content[0] - 1]?.lower === "that";
      // The victim is the reporter itself ("fired at it"), not a place of its country where the
      // fighting was ("on the Thai border, Thai police said"; "officials in Nairobi said").
      const victim =
        thatClause ||
        e.targets.some(
          (t) =>
            (t.actor.code === reporter.actor.code && !placeOf(tokens, t)) ||
            (t.coreferent && t.actor.country === reporter.actor.country) ||
            t.group?.some((g) => g.code === reporter.actor.code),
        );
      // "The Indian army claimed it had killed 20 militants": a claim about one's own side's deeds
      // accuses no one; its rebels or opposition are another party.
      const ownSide = e.sources.every(
        (s) => s.actor.country === reporter.actor.country && !OPPONENT_SECTORS.has(s.actor.sector ?? ""),
      );
      // "China's foreign ministry said the Philippines bore responsibility for the incident": blame
      // laid on another party is an accusation, not that party's own admission.
      const blamed = e.code.code === RESPONSIBILITY_CODE && tokens[e.trigger]?.lemma === "bear" && otherParty;
      if (!blamed && !(alleging ? e.code.quadClass >= 3 && !ownSide : violent && otherParty && victim))
        continue;
      // "Syria said its soldiers were killed by Israeli shelling": a victim's plain report of harm to
      // its people or places is both an accusation and the attack, coded on its word. "Israel said a
      // mortar was fired at it" names no harm, and a claim or a third party's report is the claim only.
      if (blamed || alleging || !e.targets.some((t) => harmedOf(tokens, t, reporter.actor.country)))
        alleged.add(e);
      out.push({
        ...e,
        rule: {
          id: "allegation-of-wrongdoing",
          cameo: ALLEGATION_CODE,
          patterns: ["(reporting frame) allege|claim|charge that …"],
        },
        pattern: `${frame.verb} that …`,
        code: accuse,
        trigger: frame.verbToken,
        matchEnd: frame.verbToken + 1,
        // "Russia said on Tuesday that drones had attacked … the previous day": accused on Tuesday.
        time: timeAt(frame.verbToken),
        sources: [reporter],
        targets: e.sources,
        reporter: null,
        channel: null,
        literals: 1,
        passive: false,
      });
    }
  }
  return { accusations: out, alleged };
}
