/**
 * Words that govern an act and set its modality: who refuses, fails, postpones or keeps doing it,
 * or only tries. assessModality reads the verb group and these governors.
 *
 * @example
 * NEGATING_GOVERNORS.has("refuse"); // true: "refused to meet"
 */

/** "were unable to agree", "failed to broker a truce": the governed event did not happen, though no one refused it. @example INABILITY_GOVERNORS.has("unable") // true */
export const INABILITY_GOVERNORS: ReadonlySet<string> = new Set(["unable", "incapable", "fail"]);

/**
 * Verbs whose object is told of the act, not asked to do it: in "promised Lukashenko to supply
 * missiles" the subject supplies them.
 * @example SUBJECT_CONTROL_VERBS.has("promise") // true
 */
export const SUBJECT_CONTROL_VERBS: ReadonlySet<string> = new Set([
  "promise",
  "pledge",
  "vow",
  "swear",
  "guarantee",
  "assure",
]);

/** Verbs that take an event noun without changing who acts: "continue attacks", "resume talks". @example ASPECTUAL.has("resume") // true */
export const ASPECTUAL: ReadonlySet<string> = new Set([
  "continue",
  "resume",
  "keep",
  "intensify",
  "escalate",
]);

/** Verbs that put off the event noun they take: "postponed the talks". @example DEFERRING.has("delay") // true */
export const DEFERRING: ReadonlySet<string> = new Set(["postpone", "delay", "defer", "stall", "adjourn"]);

/** "refused to meet", "declined to sign": the governed event did not happen, by the subject's choice. @example NEGATING_GOVERNORS.has("refuse") // true */
export const NEGATING_GOVERNORS: ReadonlySet<string> = new Set([
  "refuse",
  "decline",
  "reject",
  "avoid",
  "cancel",
  "abandon",
  "oppose",
]);

/** Participles of a timetable: "is set to", "is scheduled to", "is due to". @example SCHEDULED.has("due") // true */
export const SCHEDULED: ReadonlySet<string> = new Set(["set", "scheduled", "due", "slated"]);

/**
 * "efforts to secure a ceasefire", "is working to broker a deal": what is striven for is not yet
 * had. The striving itself happened ("tried to seize Kyiv" is an assault), so only event nouns.
 * @example EFFORTS.has("effort") // true
 */
export const EFFORTS: ReadonlySet<string> = new Set([
  "try",
  "attempt",
  "effort",
  "bid",
  "strive",
  "push",
  "work",
  "endeavour",
  "endeavor",
]);

/** Nouns that put an act forward without doing it: "an offer by Kabul to hold talks". @example OFFERS.has("proposal") // true */
export const OFFERS: ReadonlySet<string> = new Set([
  "offer",
  "proposal",
  "plan",
  "bid",
  "initiative",
  "suggestion",
]);
