/**
 * Table types for Kysely. Dates are `yyyy-mm-dd` text and booleans 0/1 integers in both dialects, so
 * one set of queries serves SQLite and PostgreSQL.
 *
 * @example
 * const db: Kysely<Database> = new Kysely({ dialect });
 */
import type { Generated } from "kysely";

/** `parley_schema`: one row per applied migration. @example { version: 1, name: "initial", applied_at: "…" } */
export interface SchemaTable {
  version: number;
  name: string;
  applied_at: string;
}

/** `stories`: an original report and its near-duplicate copies. @example { id: 1, primary_article_id: 1, reports: 2, signature: "12,7,…" } */
export interface StoriesTable {
  id: Generated<number>;
  primary_article_id: number | null;
  reports: number;
  /** MinHash signature of the primary article, comma-separated. */
  signature: string;
}

/** `story_bands`: LSH band keys of each story's signature. @example { band: "3:9f2c01", story_id: 1 } */
export interface StoryBandsTable {
  band: string;
  story_id: number;
}

/** `articles`: every stored article, originals and copies. @example { doc_id: "seed", content_hash: "…", is_copy: 0 } */
export interface ArticlesTable {
  id: Generated<number>;
  doc_id: string;
  content_hash: string;
  /** The outlet, or "" when none: part of the identity of an article. */
  outlet_key: string;
  outlet: string | null;
  url: string | null;
  title: string | null;
  published: string;
  source: string | null;
  dictionary_version: string | null;
  story_id: number;
  is_copy: number;
  text: string;
  ingested_at: string;
}

/** `sentences`: coded articles' sentences, indexed for full-text search. @example { article_id: 1, idx: 0, start: 0, text: "…" } */
export interface SentencesTable {
  id: Generated<number>;
  article_id: number;
  idx: number;
  start: number;
  text: string;
}

/** `mentions`: one article's coded event, attached to a merged event. @example { event_id: 4, article_id: 1, payload: "{…}" } */
export interface MentionsTable {
  id: Generated<number>;
  event_id: number;
  article_id: number;
  outlet: string | null;
  published: string;
  merge_key: string;
  date: string;
  payload: string;
}

/** `events`: merged events. @example { merge_key: "REJECT|12|PRK|USA|0|actual", num_articles: 3 } */
export interface EventsTable {
  id: Generated<number>;
  uid: string;
  merge_key: string;
  type: string | null;
  cameo: string;
  cameo_root: string;
  mode: string | null;
  context: string | null;
  source_code: string | null;
  source_country: string;
  target_code: string | null;
  target_country: string;
  date: string;
  date_precision: string;
  date_lo: string;
  date_hi: string;
  historical: number;
  negated: number;
  modality: string;
  channel: string | null;
  location: string | null;
  goldstein: number;
  quad_class: number;
  status: string;
  num_mentions: number;
  num_articles: number;
  num_outlets: number;
  num_reports: number;
  first_seen: string;
  last_seen: string;
  reporters: string;
  confirmed_by: string;
  denied_by: string;
  unconfirmed_by: string;
  confidence: number;
  evidence: string;
}

/** `mention_sentences`: which stored sentences are evidence of a mention. @example { mention_id: 9, sentence_id: 31 } */
export interface MentionSentencesTable {
  mention_id: number;
  sentence_id: number;
}

/** Every table. @example Kysely<Database> */
export interface Database {
  mention_sentences: MentionSentencesTable;
  parley_schema: SchemaTable;
  stories: StoriesTable;
  story_bands: StoryBandsTable;
  articles: ArticlesTable;
  sentences: SentencesTable;
  mentions: MentionsTable;
  events: EventsTable;
}
