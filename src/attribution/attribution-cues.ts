/**
 * Word lists that drive attribution, status, modality and time. They are configuration: pass your
 * own to `createCoder({ cues })` to change them without touching code.
 *
 * @example
 * createCoder({ cues: { ...defaultAttributionCues, hedges: [...defaultAttributionCues.hedges, "purportedly"] } });
 */

/** Cue lists read by the attribution and modality stages. @example defaultAttributionCues.reportingVerbs.includes("say") */
export interface AttributionCues {
  /** Lemmas of verbs that introduce reported content: "said", "asserted", "reported". */
  readonly reportingVerbs: readonly string[];
  /** Reporting verbs that make the report itself an accusation when it tells of wrongdoing. */
  readonly allegationVerbs: readonly string[];
  /** Verbs other than reporting verbs that take a clause: "believes Kim will refuse". */
  readonly clauseVerbs: readonly string[];
  /** Lemmas meaning the speaker confirms the reported event. */
  readonly confirmVerbs: readonly string[];
  /** Lemmas meaning the speaker denies it. */
  readonly denyVerbs: readonly string[];
  /** Words that hedge a report: "reportedly", "allegedly". */
  readonly hedges: readonly string[];
  /** Modal verbs that make an event hypothetical. */
  readonly hypotheticalModals: readonly string[];
  /** Modal verbs that make an event intended (future). */
  readonly intendedModals: readonly string[];
  /** Verbs taking "to" + event that make it intended: "pledged to", "plans to". */
  readonly intentVerbs: readonly string[];
  /** Verbs or nouns taking "to" + event that make it hypothetical: "hopes to", "may seek to". */
  readonly hopeVerbs: readonly string[];
  /** Words opening a condition or speculation. */
  readonly conditionalMarkers: readonly string[];
  /** Adjectives before an event noun that make it hypothetical ("potential talks"). */
  readonly hypotheticalModifiers: readonly string[];
  /** Adjectives before an event noun that make it historical ("their past summit"). */
  readonly historicalModifiers: readonly string[];
  /** Words of a term of office: "during Trump's first term". */
  readonly termNouns: readonly string[];
  /** Days between the end of an event's period and the article date beyond which it is historical. */
  readonly historicalAfterDays: number;
  /** Words of asking or pressing whose "to" + act names an act wanted of someone else: "urged Iran to". */
  readonly requestWords: readonly string[];
  /** Causes of harm that no actor inflicts: "killed in a car crash", "injured by the earthquake". */
  readonly accidentalCauses: readonly string[];
}

/** The default cue lists. @example defaultAttributionCues.denyVerbs */
export const defaultAttributionCues: AttributionCues = {
  reportingVerbs: [
    "say",
    "tell",
    "report",
    "assert",
    "claim",
    "state",
    "announce",
    "add",
    "note",
    "affirm",
    "reaffirm",
    "restate",
    "underline",
    "underscore",
    "emphasize",
    "emphasise",
    "stress",
    "indicate",
    "insist",
    "reiterate",
    "write",
    "declare",
    "disclose",
    "reveal",
    "suggest",
    "explain",
    "quote",
    "allege",
    "maintain",
    "argue",
    "acknowledge",
    "admit",
  ],
  allegationVerbs: ["allege", "claim", "charge", "accuse"],
  clauseVerbs: [
    "believe",
    "think",
    "hope",
    "fear",
    "expect",
    "know",
    "feel",
    "ensure",
    "doubt",
    "warn",
    "fear",
    "show",
    "mean",
    "learn",
    "hear",
    // "denied it had agreed", "confirmed Putin would meet": the clause's subject is not their object.
    "deny",
    "confirm",
    // "cited the attack as the reason": the speaker points to an act whose agent it is not ("Kim
    // recalled the summit with Trump" is still Kim's summit, so "recall" is not here).
    "cite",
  ],
  confirmVerbs: ["confirm", "verify", "corroborate", "acknowledge"],
  denyVerbs: ["deny", "dismiss", "refute", "rebut"],
  hedges: [
    "reportedly",
    "allegedly",
    "purportedly",
    "apparently",
    "supposedly",
    "reported",
    "alleged",
    "according",
    "unconfirmed",
    "unverified",
  ],
  hypotheticalModals: ["could", "might", "may", "can", "should", "must", "ought"],
  intendedModals: ["will", "shall", "'ll", "would", "wo", "going"],
  intentVerbs: [
    "want",
    "wish",
    "hope",
    "desire",
    "determined",
    "committed",
    "prepared",
    "eager",
    "keen",
    "ready",
    "willing",
    "plan",
    "pledge",
    "vow",
    "swear",
    "promise",
    "intend",
    "intention",
    "agree",
    "offer",
    "prepare",
    "decide",
    "aim",
    "seek",
    "commit",
    "resolve",
    "threaten",
    "propose",
    "move",
  ],
  // "the threat to boycott the Games": the noun names no act yet; "threatened to" is an intent verb.
  hopeVerbs: [
    "consider",
    "mull",
    "weigh",
    "need",
    "explore",
    "discuss",
    "threat",
    "contemplate",
    "expect",
    "likely",
    "unlikely",
  ],
  conditionalMarkers: ["if", "unless", "whether", "should", "perhaps", "possibly", "maybe"],
  hypotheticalModifiers: [
    "potential",
    "possible",
    "future",
    "hypothetical",
    "proposed",
    "planned",
    "prospective",
    "eventual",
    "any",
  ],
  historicalModifiers: ["past", "previous", "former", "earlier", "prior"],
  termNouns: ["term", "presidency", "tenure", "administration", "premiership", "mandate"],
  historicalAfterDays: 365,
  requestWords: [
    "ask",
    "urge",
    "press",
    "pressure",
    "push",
    "force",
    "compel",
    "call",
    "appeal",
    "demand",
    "request",
    "order",
    "tell",
    "encourage",
    "invite",
    "invitation",
    "implore",
    "exhort",
    "lobby",
  ],
  accidentalCauses: [
    "crash",
    "accident",
    "collision",
    "derailment",
    "earthquake",
    "quake",
    "flood",
    "flooding",
    "storm",
    "hurricane",
    "typhoon",
    "cyclone",
    "tornado",
    "avalanche",
    "landslide",
    "mudslide",
    "tsunami",
    "wildfire",
    "heatwave",
    "disease",
    "illness",
    "outbreak",
    "epidemic",
    "stampede",
    "lightning",
  ],
};
