/**
 * Status frames that bear on an event told before them: "Seoul declined to comment", "Kyiv
 * confirmed the exchange", "There was no immediate comment from Tokyo".
 *
 * @example
 * applyStatusFrames(candidates, frames, sentences)[0]?.status; // "Pyongyang rejected the letter. Washington declined to comment." → "unconfirmed"
 */
import type { ReportingFrame } from "../attribution/reporting-frames.js";
import { standingDenial } from "../attribution/standing-denials.js";
import { chargedRelative, claimJudgedAt } from "../attribution/status-objects.js";
import type { AttributionStatus, Sentence } from "../core/types.js";
import type { EventMentionCandidate } from "../events/event-mention-candidate.js";
import { STRIKE_NOUNS } from "../events/force-nouns.js";

// How many sentences back a status frame may reach for its event.
const REACH = 2;
// Letters a named object shares with its event's trigger: "the exchange" → "exchanged", "the attack" → "attacked".
const STEM = 4;

/**
 * A status frame whose sentence codes no event inside it bears on the latest event before it: any
 * conflict, or any act of the speaker's own, after "declined to comment", and the event its object
 * names after "confirmed the exchange" (the latest event before it if none is named alike).
 * @example applyStatusFrames(candidates, frames, document.sentences)
 */
export function applyStatusFrames(
  candidates: readonly EventMentionCandidate[],
  frames: readonly (readonly ReportingFrame[])[],
  sentences: readonly Sentence[],
): EventMentionCandidate[] {
  const out = [...candidates];
  frames.forEach((list, sentence) => {
    for (const frame of list) {
      if (frame.kind === "report") continue;
      const inside = (c: EventMentionCandidate) =>
        c.sentence === sentence && c.trigger >= frame.content[0] && c.trigger < frame.content[1];
      // "…, a charge Kabul denies": a claim apposition judges its own sentence's claim alone.
      const tokens = sentences[sentence]?.tokens ?? [];
      if (out.some(inside) || claimJudgedAt(tokens, frame.verbToken) || chargedRelative(tokens, frame))
        continue;
      // "Israel denied the request" is itself the event (a refusal), not a denial of an earlier one.
      if (frame.anaphoric && out.some((c) => c.sentence === sentence && c.trigger === frame.verbToken))
        continue;
      // "The group has previously denied targeting civilians": a denial before the act, or a
      // standing one, says nothing of whether this act happened.
      if (standingDenial(tokens, frame)) continue;
      // "did not comment on the civilian toll": silence on a figure leaves the act as told.
      if (onDetails(sentences[sentence], frame)) continue;
      // "The Kremlin did not comment on the strikes": silence on force bears on force, not on a
      // demand told between.
      const force = onForce(sentences[sentence], frame);
      const k = frame.anaphoric
        ? namedEvent(out, frame, sentence, sentences)
        : latestBefore(
            out,
            frame,
            sentence,
            (c) =>
              (force ? c.code.quadClass === 4 : c.code.quadClass >= 3) ||
              (ownActLeftOpen(c, frame) && !onWords(sentences[sentence], frame)),
          );
      if (k < 0) continue;
      const c = out[k]!;
      // "… could not be verified. Israel later denied it.": a later denial or confirmation settles
      // what was left open; nothing reopens what was settled.
      const settles = c.status === "unconfirmed" && (frame.kind === "deny" || frame.kind === "confirm");
      if (c.status === "asserted" || settles) out[k] = { ...c, status: STATUS[frame.kind] };
    }
  });
  return out;
}

/**
 * "Iran and Saudi Arabia held talks in Baghdad, Iraqi officials said. Tehran declined to comment.":
 * one who withholds comment on an act of its own leaves it unconfirmed, unless a party to it told
 * it; a third party's silence, or that of the one the act is aimed at, bears on conflict alone.
 */
function ownActLeftOpen(c: EventMentionCandidate, frame: ReportingFrame): boolean {
  const country = frame.reporter?.actor.country;
  if (country == null || !c.sources.some((m) => m.actor.country === country)) return false;
  // "Wang Yi will visit Pakistan, the foreign ministry in Islamabad said. Beijing has not
  // commented.": one party's own word stands whatever the other says.
  const told = c.reporter?.code?.slice(0, 3);
  return !told || ![...c.sources, ...c.targets].some((m) => m.actor.country === told);
}

// Another's words, not the act: "did not comment on Trump's remarks" withholds an answer to them.
// ("declined to comment on the report" still leaves the reported act open.)
const WORDS: ReadonlySet<string> = new Set(["remark", "statement", "comment", "speech", "address"]);

/** True when the withheld comment is "on" someone's words: "did not comment on Trump's remarks". */
function onWords(sentence: Sentence | undefined, frame: ReportingFrame): boolean {
  return commentedOn(sentence, frame).some((t) => WORDS.has(t.lemma) || WORDS.has(t.lower.replace(/s$/, "")));
}

// Figures an act is told with, not the act: "the death toll", "the casualty figures".
const DETAILS: ReadonlySet<string> = new Set(["toll", "figure", "number", "casualty", "tally", "count"]);

/** True when the withheld comment is "on" a figure: "did not comment on the civilian toll". */
function onDetails(sentence: Sentence | undefined, frame: ReportingFrame): boolean {
  const on = commentedOn(sentence, frame);
  const head = on.findIndex(
    (t) => t.pos !== "DET" && t.pos !== "ADJ" && t.pos !== "NOUN" && t.pos !== "PROPN",
  );
  return (head < 0 ? on : on.slice(0, head)).some((t) => DETAILS.has(t.lemma));
}

/** True when the withheld comment is "on" an act of force: "did not comment on the strikes". */
function onForce(sentence: Sentence | undefined, frame: ReportingFrame): boolean {
  return commentedOn(sentence, frame).some((t) => t.pos === "NOUN" && STRIKE_NOUNS.has(t.lemma));
}

/** The few words after the "on" that follows the frame's verb, or none. */
function commentedOn(
  sentence: Sentence | undefined,
  frame: ReportingFrame,
): readonly Sentence["tokens"][number][] {
  const tokens = sentence?.tokens ?? [];
  const on = tokens.findIndex((t, j) => j > frame.verbToken && j <= frame.verbToken + 3 && t.lower === "on");
  return on < 0 ? [] : tokens.slice(on + 1, on + 6);
}

const STATUS: Readonly<Record<ReportingFrame["kind"], AttributionStatus>> = {
  report: "asserted",
  confirm: "confirmed",
  deny: "denied",
  unconfirm: "unconfirmed",
};

/** The index of the latest candidate before the frame, within reach, that passes `accept`; or -1. */
function latestBefore(
  out: readonly EventMentionCandidate[],
  frame: ReportingFrame,
  sentence: number,
  accept: (c: EventMentionCandidate) => boolean,
): number {
  for (let k = out.length - 1; k >= 0; k--) {
    const c = out[k]!;
    const before =
      (c.sentence < sentence && sentence - c.sentence <= REACH) ||
      (c.sentence === sentence && c.trigger < frame.verbToken);
    if (before && accept(c)) return k;
  }
  return -1;
}

/** "confirmed the agreement": the latest event before it whose trigger shares the object's stem, or else the latest. */
function namedEvent(
  out: readonly EventMentionCandidate[],
  frame: ReportingFrame,
  sentence: number,
  sentences: readonly Sentence[],
): number {
  // The object's head: the last noun of its first noun phrase ("confirmed the prisoner exchange.",
  // "dismissed the allegation as \"a fabrication\"").
  const tokens = sentences[sentence]?.tokens ?? [];
  let k = frame.content[0];
  while (k < frame.content[1] && tokens[k]!.pos !== "NOUN") k++;
  while (k + 1 < frame.content[1] && tokens[k + 1]!.pos === "NOUN") k++;
  const head = k < frame.content[1] ? tokens[k]!.lemma : "";
  const stem = head.length >= STEM ? head.slice(0, STEM) : null;
  // "The Philippine coast guard denied the accusation": who denies an accusation is the accused,
  // so it bears only on an act of the denier's own (not on China's warning told before it).
  const accused = frame.kind === "deny" && ACCUSATIONS.has(head) ? frame.reporter?.actor.country : null;
  const fits = (c: EventMentionCandidate) => !accused || c.sources.some((m) => m.actor.country === accused);
  const named = stem
    ? latestBefore(
        out,
        frame,
        sentence,
        (c) => fits(c) && (sentences[c.sentence]?.tokens[c.trigger]?.lemma ?? "").startsWith(stem),
      )
    : -1;
  // "did not comment on the strikes": an act of force, though no trigger shares the noun's stem.
  const force = STRIKE_NOUNS.has(head);
  return named >= 0
    ? named
    : latestBefore(out, frame, sentence, (c) => fits(c) && (!force || c.code.quadClass === 4));
}

const ACCUSATIONS: ReadonlySet<string> = new Set(["accusation", "allegation", "charge"]);
