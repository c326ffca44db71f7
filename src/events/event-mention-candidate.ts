/**
 * An event mention as the extractor finds it in one sentence, before dedup, and what the extractor
 * needs to find it.
 *
 * @example
 * const candidate: EventMentionCandidate = extractEventMentions(ctx, sentence, mentions, frames, dates)[0];
 */
import type { CameoCode, EventRule } from "../core/dictionary-schema.js";
import type { ActorMention, AttributionStatus, Channel, Modality, Reporter } from "../core/types.js";
import type { AttributionCues } from "../attribution/attribution-cues.js";
import type { EventTime, TermStart } from "../attribution/event-time.js";
import type { EventRuleIndex } from "./event-rule-index.js";

/** One event mention before dedup; sources and targets may hold several coordinated actors. @example candidate.rule.id */
export interface EventMentionCandidate {
  readonly sentence: number;
  readonly rule: EventRule;
  readonly pattern: string;
  readonly code: CameoCode;
  readonly trigger: number;
  readonly matchEnd: number;
  readonly sources: readonly ActorMention[];
  readonly targets: readonly ActorMention[];
  readonly negated: boolean;
  readonly modality: Modality;
  readonly time: EventTime;
  readonly location: string | null;
  readonly channel: Channel | null;
  readonly reporter: Reporter | null;
  readonly status: AttributionStatus;
  readonly hedges: readonly string[];
  readonly literals: number;
  /** True for a passive ("were killed in a bombing"), whose agent may go unnamed. */
  readonly passive: boolean;
}

/** What the extractor needs besides the sentence. @example { rules, cues, articleDate, outlet, termStart } */
export interface ExtractionContext {
  readonly rules: EventRuleIndex;
  readonly cues: AttributionCues;
  readonly articleDate: string;
  readonly termStart: TermStart;
  /** Lemmas of verbs that take a clause ("said Kim had refused"), so the actor after them is a subject. */
  readonly clauseVerbs: ReadonlySet<string>;
}
