/**
 * Parley's document model and event contract. Every span is a half-open token range
 * `[start, end)` within a sentence plus character offsets into the document text.
 *
 * @example
 * const span: TokenSpan = { sentence: 0, start: 3, end: 5 };
 */

/** A half-open token range inside one sentence. @example { sentence: 0, start: 2, end: 4 } */
export interface TokenSpan {
  readonly sentence: number;
  readonly start: number;
  readonly end: number;
}

/** A character range into the document text. @example { start: 0, end: 5 } */
export interface CharSpan {
  readonly start: number;
  readonly end: number;
}

/** One token as the NLP stage produced it. @example { text: "refused", lemma: "refuse", pos: "VERB", ... } */
export interface Token {
  readonly index: number;
  readonly text: string;
  readonly lower: string;
  readonly lemma: string;
  /** Ids of `lower` and `lemma` in the analyser's vocabulary, which the dictionary matchers index by. */
  readonly lowerId: number;
  readonly lemmaId: number;
  readonly pos: string;
  readonly start: number;
  readonly end: number;
}

/** A sentence with its tokens. @example doc.sentences[0].tokens[0].text */
export interface Sentence {
  readonly index: number;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly tokens: readonly Token[];
}

/**
 * Precision of a resolved date. A week's date is its Monday ("last week"), a month's its first day,
 * a year's 1 January, a decade's the 1 January of its first year ("the 1990s"). @example "day"
 */
export type DatePrecision = "day" | "week" | "month" | "year" | "decade";

/** A date expression found in a sentence. @example { date: "2018-06-12", precision: "day", ... } */
export interface DateMention {
  readonly span: TokenSpan;
  readonly text: string;
  readonly date: string;
  readonly precision: DatePrecision;
}

/** What kind of thing an actor mention names. @example "country" */
export type ActorKind = "country" | "igo" | "group" | "media" | "place" | "person" | "agent";

/** A resolved actor: a CAMEO-style code split into its parts. @example { code: "PRKGOV", country: "PRK", sector: "GOV" } */
export interface ActorRef {
  readonly code: string;
  readonly country: string | null;
  readonly sector: string | null;
  /** Canonical name of the entry, e.g. "Kim Jong Un" or "North Korea". */
  readonly name: string | null;
  /** Knowledge-base entry id, e.g. "person:kim-jong-un". */
  readonly actorId: string | null;
}

/** An actor named in a sentence, possibly composed of several dictionary hits. @example "North Korean leader Kim Jong Un" */
export interface ActorMention {
  readonly span: TokenSpan;
  readonly chars: CharSpan;
  readonly text: string;
  readonly kind: ActorKind;
  readonly actor: ActorRef;
  /** Dictionary entries that produced this mention. */
  readonly entryIds: readonly string[];
  /** True when resolved by coreference (pronoun, short name, "both sides"). */
  readonly coreferent: boolean;
  /** For plural coreference ("the two leaders"), every actor it stands for. */
  readonly group?: readonly ActorRef[];
  /** Knowledge-base person, whose role is resolved on each event's own date. */
  readonly personId?: string | null;
  /** True when followed by a possessive ("Trump's letter"). */
  readonly possessive?: boolean;
  /** True for plural agents ("officials", "troops") and groups. */
  readonly plural?: boolean;
  /** True for agents marked as from elsewhere ("foreign diplomats", "coalition forces"): never placed. */
  readonly foreign?: boolean;
  /** True for a capital naming its city before a common noun ("the Hanoi summit", "Kabul airport"). */
  readonly city?: boolean;
}

/** One analysed article. @example coder.analyse({ text, date }).sentences.length */
export interface Document {
  readonly id: string;
  readonly text: string;
  /** The article's publication date (ISO yyyy-mm-dd), the anchor for relative dates. */
  readonly date: string;
  readonly outlet: string | null;
  readonly sentences: readonly Sentence[];
}

/** Attribution status of a reported event. @example "unconfirmed" */
export type AttributionStatus = "asserted" | "confirmed" | "denied" | "unconfirmed";

/** Modality of an event. @example "intended" */
export type Modality = "actual" | "intended" | "hypothetical";

/** Contact channel named by the text. @example "letter" */
export type Channel = "letter" | "call" | "meeting" | "summit" | "envoy" | "statement";

/** PLOVER event types. @example "REJECT" */
export type PloverType =
  | "AGREE"
  | "CONSULT"
  | "SUPPORT"
  | "COOPERATE"
  | "AID"
  | "CONCEDE"
  | "RETREAT"
  | "ACCUSE"
  | "REQUEST"
  | "REJECT"
  | "THREATEN"
  | "PROTEST"
  | "MOBILIZE"
  | "SANCTION"
  | "COERCE"
  | "ASSAULT";

/** CAMEO QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. @example 3 */
export type QuadClass = 1 | 2 | 3 | 4;

/** An actor as printed in the event contract. @example { code: "USA", country: "USA", sector: "GOV", name: "Donald Trump", text: "Trump", actorId: "person:donald-trump" } */
export interface EventActor extends ActorRef {
  readonly text: string;
}

/** Who reports an event. @example { code: "PRKMED", text: "North Korean media", verb: "asserted" } */
export interface Reporter {
  readonly code: string | null;
  readonly text: string;
  readonly verb: string | null;
}

/** Who says so, and whether anyone confirmed it. @example { status: "unconfirmed", reporters: [...] } */
export interface Attribution {
  readonly status: AttributionStatus;
  readonly reporters: readonly Reporter[];
  readonly hedges: readonly string[];
}

/** One sentence's evidence for an event. @example mention.ruleId === "reject-correspondence" */
export interface EventMention {
  readonly sentence: number;
  readonly sentenceText: string;
  /** Character offset of the sentence in the article; spans below are article offsets. */
  readonly sentenceStart: number;
  readonly trigger: CharSpan;
  readonly source: readonly CharSpan[];
  readonly target: readonly CharSpan[];
  readonly reporter: Reporter | null;
  readonly status: AttributionStatus;
  readonly hedges: readonly string[];
  readonly ruleId: string;
  readonly pattern: string;
  readonly actorEntryIds: readonly string[];
}

/** A coded event, the contract every later feature reads. @example event.event === "REJECT" && event.cameo === "125" */
export interface CodedEvent {
  readonly id: string;
  readonly event: PloverType | null;
  readonly cameo: string;
  readonly cameoName: string;
  readonly mode: string | null;
  readonly context: string | null;
  readonly source: readonly EventActor[];
  readonly target: readonly EventActor[];
  readonly date: string;
  readonly datePrecision: DatePrecision;
  readonly historical: boolean;
  readonly negated: boolean;
  readonly modality: Modality;
  readonly location: string | null;
  readonly channel: Channel | null;
  readonly goldstein: number;
  readonly quadClass: QuadClass;
  readonly attribution: Attribution;
  readonly mentions: readonly EventMention[];
  readonly confidence: number;
}

/** An article as the coder takes it. @example { id: "seed", text: "...", date: "2025-06-12" } */
export interface ArticleInput {
  readonly id?: string;
  readonly text: string;
  readonly date?: string;
  readonly outlet?: string | null;
  readonly title?: string | null;
  readonly url?: string | null;
}

/** What `coder.code()` returns for one article. @example result.events.length */
export interface CodedArticle {
  readonly id: string;
  readonly date: string;
  readonly events: readonly CodedEvent[];
}
