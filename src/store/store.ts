/**
 * The one storage interface. SQLite (the embedded default) and PostgreSQL (for teams) implement it
 * with the same Kysely queries; one contract test suite runs against both.
 *
 * @example
 * const store = await openStore({ db: "./parley.db" });
 * const outcome = await store.saveArticle(article);
 * await store.close();
 */
import type { ParleyError } from "../core/errors.js";
import type {
  AttributionStatus,
  Channel,
  CodedEvent,
  DatePrecision,
  Modality,
  QuadClass,
} from "../core/types.js";

/** Which database a store talks to. @example "sqlite" */
export type StoreDialect = "sqlite" | "postgres";

/** Article metadata as stored. @example { outlet: "Harbor Times", published: "2025-06-12", ... } */
export interface ArticleMeta {
  /** The input's own id (file name, JSON `id`). */
  readonly docId: string;
  readonly outlet: string | null;
  readonly url: string | null;
  readonly title: string | null;
  /** Publication date, yyyy-mm-dd. */
  readonly published: string;
  /** Where it was read from: a path or URL. */
  readonly source: string | null;
}

/** One sentence of a coded article, for full-text search. @example { index: 0, text: "Kim refused.", start: 0 } */
export interface StoredSentence {
  readonly index: number;
  readonly text: string;
  readonly start: number;
}

/** A near-duplicate fingerprint: the MinHash signature and its LSH band keys. @example { signature: [..64 numbers], bands: ["0:ab12…", …] } */
export interface Fingerprint {
  readonly signature: readonly number[];
  readonly bands: readonly string[];
}

/** A coded article ready to store, or a copy of a known story (no events). @example { meta, text, contentHash, fingerprint, coded } */
export interface ArticleToStore {
  readonly meta: ArticleMeta;
  readonly text: string;
  /** sha256 of the normalised text. */
  readonly contentHash: string;
  readonly fingerprint: Fingerprint;
  /** Coded result; may be absent when `classify` said the article is a copy or already stored. */
  readonly coded?: CodedText;
}

/** What the coder made of an article. @example { dictionaryVersion: "ab12…", events, sentences } */
export interface CodedText {
  readonly dictionaryVersion: string;
  readonly events: readonly CodedEvent[];
  readonly sentences: readonly StoredSentence[];
}

/** What saving an article would do, so that copies and known articles need no coding. @example { kind: "copy", storyId: 3 } */
export type ArticleClass =
  | { readonly kind: "new" }
  | { readonly kind: "copy"; readonly storyId: number }
  | {
      readonly kind: "known";
      readonly articleId: number;
      readonly dictionaryVersion: string | null;
      readonly isCopy: boolean;
    };

/** What saveArticle did. @example { kind: "stored", articleId: 3, storyId: 3, events: 4 } */
export type SaveOutcome =
  | { readonly kind: "stored"; readonly articleId: number; readonly storyId: number; readonly events: number }
  | { readonly kind: "copy"; readonly articleId: number; readonly storyId: number }
  | {
      readonly kind: "recoded";
      readonly articleId: number;
      readonly storyId: number;
      readonly events: number;
    }
  | { readonly kind: "unchanged"; readonly articleId: number; readonly storyId: number };

/** What saveArticles did with one article of a group: its outcome, or the error that kept it out. @example { kind: "failed", error } */
export type SaveResult = SaveOutcome | { readonly kind: "failed"; readonly error: ParleyError };

/** A stored article. @example article.isCopy */
export interface StoredArticle extends ArticleMeta {
  readonly id: number;
  readonly contentHash: string;
  readonly dictionaryVersion: string | null;
  readonly storyId: number;
  readonly isCopy: boolean;
}

/** A story: one original report and its near-duplicate copies. @example { id: 1, primaryArticleId: 1, reports: 2 } */
export interface StoredStory {
  readonly id: number;
  readonly primaryArticleId: number;
  readonly reports: number;
}

/**
 * How event search by full text finds its page: chosen by how common the words are ("auto"), always
 * from the matching sentences, or always walking at most that many events in order first.
 * @example "auto"
 */
export type TextSearchPlan = "auto" | "matches-first" | number;

/** Options every store takes. @example { nearDuplicateSimilarity: 0.6 } */
export interface StoreOptions {
  /** Estimated Jaccard similarity of word shingles above which an article is a copy of a story. */
  readonly nearDuplicateSimilarity?: number;
  /**
   * How event search by full text finds a page; the rows are the same whichever. "auto" (the
   * default) walks the events in order when the words are common and starts from the matching
   * sentences when they are rare; "matches-first" always starts from the matches; a number always
   * walks at most that many events first (for tests and measurements).
   */
  readonly textSearch?: TextSearchPlan;
}

/** One merged event: every report of it from every article. @example { type: "REJECT", numArticles: 3, status: "unconfirmed" } */
export interface MergedEvent {
  readonly id: number;
  /** Stable across stores and re-coding: a hash of the merge key and first date. */
  readonly uid: string;
  readonly type: string | null;
  readonly cameo: string;
  readonly cameoRoot: string;
  /** PLOVER mode and context of the CAMEO code. */
  readonly mode: string | null;
  readonly context: string | null;
  readonly sourceCode: string | null;
  readonly sourceCountry: string | null;
  readonly targetCode: string | null;
  readonly targetCountry: string | null;
  readonly date: string;
  readonly datePrecision: DatePrecision;
  readonly historical: boolean;
  readonly negated: boolean;
  readonly modality: Modality;
  readonly channel: Channel | null;
  readonly location: string | null;
  readonly goldstein: number;
  readonly quadClass: QuadClass;
  readonly status: AttributionStatus;
  readonly numMentions: number;
  readonly numArticles: number;
  readonly numOutlets: number;
  /** Articles plus their near-duplicate copies. */
  readonly numReports: number;
  readonly firstSeen: string;
  readonly lastSeen: string;
  readonly reporters: readonly { readonly code: string | null; readonly text: string }[];
  /** Sides (country codes, or "outlet") whose mentions left the event unconfirmed. */
  readonly unconfirmedBy: readonly string[];
  readonly confirmedBy: readonly string[];
  readonly deniedBy: readonly string[];
  readonly confidence: number;
  /** The sentence of the best mention. */
  readonly evidence: string;
}

/** One article's report of a merged event. @example { articleId: 2, outlet: "Harbor Times", status: "unconfirmed" } */
export interface StoredMention {
  readonly id: number;
  readonly eventId: number;
  readonly articleId: number;
  readonly outlet: string | null;
  readonly published: string;
  readonly event: CodedEvent;
}

/** Filters of `parley events`. Every field narrows. @example { dyad: ["USA", "PRK"], since: "2025-01-01" } */
export interface EventQuery {
  /** An actor code or country (matches the source or target, by code prefix). */
  readonly actor?: string;
  /** Source and target countries, either direction. */
  readonly dyad?: readonly [string, string];
  readonly type?: string;
  readonly since?: string;
  readonly until?: string;
  readonly status?: AttributionStatus;
  /** Full-text search over the evidence sentences. */
  readonly text?: string;
  readonly channel?: Channel;
  readonly limit?: number;
  readonly offset?: number;
}

/** Per day and QuadClass totals of a dyad, the input to time series. @example { day: "2025-06-12", quadClass: 3, count: 2, goldsteinSum: -8 } */
export interface DyadDayTotal {
  readonly day: string;
  readonly quadClass: QuadClass;
  readonly count: number;
  readonly goldsteinSum: number;
}

/** Counts of what a store holds. @example { articles: 58, stories: 56, events: 140, mentions: 180 } */
export interface StoreCounts {
  readonly articles: number;
  readonly stories: number;
  readonly events: number;
  readonly mentions: number;
  readonly sentences: number;
}

/**
 * The store. Every write is one transaction: a crash loses nothing committed, and saving an
 * article twice stores it once.
 * @example await store.saveArticle(article)
 */
export interface Store {
  readonly dialect: StoreDialect;
  /** Human-readable location (file path or URL without password). */
  readonly location: string;
  schemaVersion(): Promise<number>;
  /** Whether an article is new, a near-duplicate copy of a stored story, or already stored. */
  classify(article: Pick<ArticleToStore, "contentHash" | "meta" | "fingerprint">): Promise<ArticleClass>;
  /**
   * Stores one article in one transaction: a new story with its events, a copy of a story (which
   * raises the story's reports, not its events), a re-coding when the dictionary version changed,
   * or nothing when it is already stored. Throws E_STORE when a new article comes without `coded`.
   */
  saveArticle(article: ArticleToStore): Promise<SaveOutcome>;
  /**
   * Stores a group of articles in one transaction, in order, with exactly the outcomes of calling
   * saveArticle on each in turn (later articles see the earlier ones: copies, merged events,
   * stories); one commit for the group is what makes ingest fast. An article refused with a
   * ParleyError is left out alone and reported as `failed`; any other failure stores none of the
   * group and throws E_STORE.
   */
  saveArticles(articles: readonly ArticleToStore[]): Promise<SaveResult[]>;
  counts(): Promise<StoreCounts>;
  article(id: number): Promise<StoredArticle | null>;
  story(id: number): Promise<StoredStory | null>;
  events(query: EventQuery): Promise<readonly MergedEvent[]>;
  mentions(eventId: number): Promise<readonly StoredMention[]>;
  /**
   * The dyad's events a dialogue state needs, however long its record: the last contact on each
   * channel each way, summits, recent offers and rejections, the last answer each way.
   */
  dialogueEvents(a: string, b: string): Promise<readonly MergedEvent[]>;
  /** Events of the dyad, both directions, oldest first. */
  dyadEvents(a: string, b: string, options?: { readonly since?: string }): Promise<readonly MergedEvent[]>;
  dyadDayTotals(
    a: string,
    b: string,
    options?: { readonly since?: string; readonly until?: string },
  ): Promise<readonly DyadDayTotal[]>;
  /** Every merged event in id order, a page at a time, for export. */
  eventPage(afterId: number, size: number): Promise<readonly MergedEvent[]>;
  articlesOfStory(storyId: number): Promise<readonly StoredArticle[]>;
  close(): Promise<void>;
}
