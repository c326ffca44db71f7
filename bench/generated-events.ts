/**
 * A generated event store for the query benchmarks: `count` merged events, each with the article,
 * mention, sentence and sentence link the ingest would have written for it, so that full-text search
 * runs over a populated index. Sentences are drawn from a vocabulary of actors, verbs, topics,
 * reporters and times by a seeded PRNG, so every run with the same count and seed builds the same
 * database.
 *
 * Loading is streamed and bounded in memory: rows go straight from the generator into prepared
 * statements, committed every `batch` events. The secondary indexes and the FTS5 triggers that the
 * migrations create are dropped before the load and recreated from their own SQL afterwards, and the
 * FTS5 index is rebuilt from the sentences, as migration 2 does for an upgraded database; the
 * resulting schema is exactly the one `openSqliteStore` makes.
 *
 * @example
 * const load = await loadGeneratedEvents("bench/tmp/events.db", 1_000_000);
 */
import { statSync } from "node:fs";
import { performance } from "node:perf_hooks";
import BetterSqlite3 from "better-sqlite3";
import { openSqliteStore } from "../src/store/sqlite/sqlite-store.js";
import { prng } from "./generated-corpus.js";

/** How long each phase of a load took, and what it wrote. @example { events: 1_000_000, seconds: 61.2 } */
export interface GeneratedLoad {
  readonly events: number;
  readonly articles: number;
  readonly sentences: number;
  readonly insertSeconds: number;
  readonly indexSeconds: number;
  readonly fullTextSeconds: number;
  readonly seconds: number;
  readonly eventsPerSecond: number;
  readonly databaseMb: number;
}

// biome-ignore format: data
const STATES: Readonly<Record<string, readonly string[]>> = {
  USA: ["the United States", "Washington", "the White House", "US officials"],
  PRK: ["North Korea", "Pyongyang", "Kim Jong Un", "North Korean officials"],
  KOR: ["South Korea", "Seoul", "the South Korean president"],
  CHN: ["China", "Beijing", "Chinese diplomats"],
  RUS: ["Russia", "Moscow", "the Kremlin"],
  UKR: ["Ukraine", "Kyiv", "Ukrainian officials"],
  JPN: ["Japan", "Tokyo", "the Japanese prime minister"],
  IRN: ["Iran", "Tehran", "Iranian officials"],
  IND: ["India", "New Delhi", "the Indian foreign ministry"],
  PAK: ["Pakistan", "Islamabad", "Pakistani officials"],
  PHL: ["the Philippines", "Manila", "the Philippine coast guard"],
  FRA: ["France", "Paris", "the French president"],
  DEU: ["Germany", "Berlin", "the German chancellor"],
  TUR: ["Turkey", "Ankara", "Turkish officials"],
  ISR: ["Israel", "Jerusalem", "the Israeli army"],
  EGY: ["Egypt", "Cairo", "Egyptian mediators"],
  BRA: ["Brazil", "Brasilia", "the Brazilian government"],
  MEX: ["Mexico", "Mexico City", "the Mexican president"],
  POL: ["Poland", "Warsaw", "Polish officials"],
  VNM: ["Vietnam", "Hanoi", "Vietnamese officials"],
};
const COUNTRIES = Object.keys(STATES);

/** CAMEO code, PLOVER type, Goldstein, QuadClass and the verbs that report it. */
// biome-ignore format: data
const CODES: readonly (readonly [string, string, number, number, readonly string[]])[] = [
  ["040", "CONSULT", 1, 1, ["held talks with", "met", "consulted", "discussed the crisis with"]],
  ["036", "CONSULT", 4, 1, ["offered to meet", "said it was ready to meet", "invited"]],
  ["057", "AGREE", 8, 2, ["signed an agreement with", "reached a deal with", "concluded a treaty with"]],
  ["112", "ACCUSE", -2, 3, ["accused", "criticized", "condemned", "blamed"]],
  ["125", "REJECT", -5, 3, ["rejected a proposal from", "turned down an offer from", "refused to meet"]],
  ["138", "THREATEN", -7, 3, ["threatened", "warned", "threatened military action against"]],
  ["163", "SANCTION", -8, 4, ["imposed sanctions on", "announced an embargo against", "tightened sanctions on"]],
  ["190", "ASSAULT", -10, 4, ["attacked", "shelled positions held by", "launched strikes against"]],
];

/** Topics with their weights: a few common, many middling, one rare ("desalination"). */
// biome-ignore format: data
const TOPICS: readonly (readonly [string, number])[] = [
  ["", 300], ["over its nuclear programme", 60], ["over sanctions relief", 40], ["on trade", 50], ["over missile tests", 45],
  ["about humanitarian aid", 30], ["over the border dispute", 40], ["on grain exports", 20], ["about fishing rights", 15],
  ["over the detained journalists", 10], ["on energy prices", 20], ["about refugee returns", 15], ["over airspace violations", 12],
  ["on climate cooperation", 10], ["over cyber attacks", 12], ["about the pipeline project", 10], ["over the ceasefire line", 15],
  ["on a prisoner exchange", 8], ["about port access", 6], ["over naval exercises", 10], ["about vaccine deliveries", 5],
  ["over rare earth exports", 4], ["on water sharing in the river basin", 3], ["over desalination plants", 0.02],
];
const TOPIC_TOTAL = TOPICS.reduce((sum, [, w]) => sum + w, 0);

// biome-ignore format: data
const REPORTERS = [
  "", "", "", "Officials said ", "State media reported that ", "According to Reuters, ", "A government spokesperson said ",
  "Diplomats confirmed that ", "The foreign ministry said ", "Local media reported that ", "Analysts said ",
];
// biome-ignore format: data
const TIMES = [
  "", "", " on Monday", " on Tuesday", " on Wednesday", " on Thursday", " on Friday", " on Saturday", " on Sunday",
  " last week", " earlier this month", " late on Friday", " after weeks of tension",
];
// biome-ignore format: data
const OUTLETS = [
  "Harbor Times", "Wire One", "Global Dispatch", "Capital Herald", "Asia Desk", "The Observer Daily", "Evening Courier",
  "Frontline News", "Pacific Report", "Continental Post", "Daily Ledger", "World Bulletin",
];

/** Events to an article: each event is one sentence of it. */
const EVENTS_PER_ARTICLE = 4;
const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(2000, 0, 1);


/** One generated event with its evidence sentence. @example generatedEvents(10, 7).next().value.sentence */
export interface GeneratedEvent {
  readonly index: number;
  readonly source: string;
  readonly target: string;
  readonly code: (typeof CODES)[number];
  readonly date: string;
  readonly channel: string | null;
  readonly sentence: string;
}

/**
 * Generates `count` events, 10% of them USA–PRK in either direction, each with a sentence; dates
 * fall within three days of their article's, from 2000 to 2026.
 * @example for (const event of generatedEvents(1000, 7)) console.log(event.sentence);
 */
export function* generatedEvents(count: number, seed: number): Generator<GeneratedEvent> {
  const next = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  let articleDay = 0;
  for (let index = 0; index < count; index++) {
    if (index % EVENTS_PER_ARTICLE === 0) articleDay = Math.floor(next() * 9500);
    const usaPrk = next() < 0.1;
    const forward = next() < 0.5;
    const source = usaPrk ? (forward ? "USA" : "PRK") : pick(COUNTRIES);
    let target = usaPrk ? (forward ? "PRK" : "USA") : pick(COUNTRIES);
    if (target === source) target = COUNTRIES[(COUNTRIES.indexOf(source) + 1) % COUNTRIES.length]!;
    const code = pick(CODES);
    const date = new Date(EPOCH + Math.max(0, articleDay - Math.floor(next() * 3)) * DAY_MS)
      .toISOString()
      .slice(0, 10);
    let roll = next() * TOPIC_TOTAL;
    let topic = "";
    for (const [text, weight] of TOPICS) {
      roll -= weight;
      if (roll < 0) {
        topic = text;
        break;
      }
    }
    const reporter = pick(REPORTERS);
    const subject = pick(STATES[source]!);
    const clause = `${subject} ${pick(code[4])} ${pick(STATES[target]!)}${topic ? ` ${topic}` : ""}${pick(TIMES)}.`;
    const sentence = reporter ? `${reporter}${clause}` : clause.charAt(0).toUpperCase() + clause.slice(1);
    yield { index, source, target, code, date, channel: next() < 0.2 ? "letter" : null, sentence };
  }
}

/** The migrations' indexes and FTS5 triggers on the loaded tables, as SQL to drop and recreate them. */
function derivedObjects(conn: BetterSqlite3.Database): { name: string; type: string; sql: string }[] {
  return conn
    .prepare(
      `select name, type, sql from sqlite_master
       where type in ('index', 'trigger') and sql is not null
         and tbl_name in ('events', 'articles', 'sentences', 'mentions', 'mention_sentences', 'stories')`,
    )
    .all() as { name: string; type: string; sql: string }[];
}

/**
 * Creates the database at `path` (which must not exist) through the store's migrations, then loads
 * `count` generated events with their articles, mentions and sentences.
 * @example await loadGeneratedEvents("bench/tmp/events-1000000.db", 1_000_000, { seed: 7 })
 */
export async function loadGeneratedEvents(
  path: string,
  count: number,
  options: { seed?: number; batch?: number; onProgress?: (done: number) => void } = {},
): Promise<GeneratedLoad> {
  const started = performance.now();
  const store = await openSqliteStore(path);
  await store.close();
  const conn = new BetterSqlite3(path);
  // A throwaway database: the rollback journal in memory (better-sqlite3's defensive mode refuses
  // OFF), no sync, a large cache and the sorter on both cores; WAL again at the end, as the store has it.
  conn.pragma("journal_mode = MEMORY");
  conn.pragma("synchronous = OFF");
  conn.pragma("foreign_keys = OFF");
  conn.pragma("cache_size = -1048576");
  conn.pragma("threads = 2");
  const derived = derivedObjects(conn);
  for (const o of derived) conn.exec(`drop ${o.type} ${o.name}`);

  const insertStory = conn.prepare(
    "insert into stories (id, primary_article_id, reports, signature) values (?, ?, 1, '')",
  );
  const insertArticle = conn.prepare(
    `insert into articles (id, doc_id, content_hash, outlet_key, outlet, url, title, published, source, dictionary_version, story_id, is_copy, text, ingested_at)
     values (?, ?, ?, ?, ?, null, ?, ?, ?, 'bench', ?, 0, ?, ?)`,
  );
  const insertSentence = conn.prepare(
    "insert into sentences (id, article_id, idx, start, text) values (?, ?, ?, ?, ?)",
  );
  const insertEvent = conn.prepare(
    `insert into events (id, uid, merge_key, type, cameo, cameo_root, mode, context, source_code, source_country, target_code, target_country,
      date, date_precision, date_lo, date_hi, historical, negated, modality, channel, location, goldstein, quad_class, status,
      num_mentions, num_articles, num_outlets, num_reports, first_seen, last_seen, reporters, confirmed_by, denied_by, unconfirmed_by, confidence, evidence)
     values (?, ?, ?, ?, ?, ?, null, null, ?, ?, ?, ?, ?, 'day', ?, ?, 0, 0, 'actual', ?, null, ?, ?, 'asserted', 1, 1, 1, 1, ?, ?, '[]', '[]', '[]', '[]', 0.8, ?)`,
  );
  const insertMention = conn.prepare(
    "insert into mentions (id, event_id, article_id, outlet, published, merge_key, date, payload) values (?, ?, ?, ?, ?, ?, ?, ?)",
  );
  const insertLink = conn.prepare("insert into mention_sentences (mention_id, sentence_id) values (?, ?)");

  const batch = options.batch ?? 200_000;
  const ingestedAt = new Date(EPOCH).toISOString();
  let articleText: string[] = [];
  let articleStart = 0;
  let published = "";
  let outlet = "";
  const flushArticle = (articleId: number) => {
    const text = articleText.join(" ");
    insertStory.run(articleId, articleId);
    insertArticle.run(
      articleId,
      `gen-${articleId}`,
      articleId.toString(16).padStart(16, "0"),
      outlet,
      outlet,
      articleText[0]!.slice(0, 60),
      published,
      `generated/${articleId}`,
      articleId,
      text,
      ingestedAt,
    );
    articleText = [];
    articleStart = 0;
  };
  const events = generatedEvents(count, options.seed ?? 7);
  const outletPick = prng((options.seed ?? 7) ^ 0x5bd1e995);
  let done = 0;
  const load = conn.transaction((until: number) => {
    for (; done < until; done++) {
      const e = events.next().value as GeneratedEvent;
      const id = e.index + 1;
      const articleId = Math.floor(e.index / EVENTS_PER_ARTICLE) + 1;
      if (e.index % EVENTS_PER_ARTICLE === 0) {
        published = e.date;
        outlet = OUTLETS[Math.floor(outletPick() * OUTLETS.length)]!;
      }
      const [cameo, type, goldstein, quad] = e.code;
      const mergeKey = `${type}|${cameo.slice(0, 2)}|${e.source}|${e.target}|0|actual`;
      insertSentence.run(id, articleId, e.index % EVENTS_PER_ARTICLE, articleStart, e.sentence);
      articleText.push(e.sentence);
      articleStart += e.sentence.length + 1;
      insertEvent.run(
        id,
        `g${id}`,
        mergeKey,
        type,
        cameo,
        cameo.slice(0, 2),
        `${e.source}GOV`,
        e.source,
        `${e.target}GOV`,
        e.target,
        e.date,
        e.date,
        e.date,
        e.channel,
        goldstein,
        quad,
        published,
        published,
        e.sentence,
      );
      const payload = JSON.stringify({
        id: `gen-${articleId}-e${e.index % EVENTS_PER_ARTICLE}`,
        event: type,
        cameo,
        source: [{ code: `${e.source}GOV`, country: e.source }],
        target: [{ code: `${e.target}GOV`, country: e.target }],
        date: e.date,
        mentions: [{ sentence: e.index % EVENTS_PER_ARTICLE, sentenceText: e.sentence }],
      });
      insertMention.run(id, id, articleId, outlet, published, mergeKey, e.date, payload);
      insertLink.run(id, id);
      if (e.index % EVENTS_PER_ARTICLE === EVENTS_PER_ARTICLE - 1 || e.index === count - 1)
        flushArticle(articleId);
    }
  });
  while (done < count) {
    load(Math.min(count, done + batch));
    options.onProgress?.(done);
  }
  const inserted = performance.now();
  for (const o of derived) if (o.type === "index") conn.exec(o.sql);
  const indexed = performance.now();
  conn.exec("insert into sentences_fts(sentences_fts) values ('rebuild')");
  for (const o of derived) if (o.type === "trigger") conn.exec(o.sql);
  const finished = performance.now();
  conn.pragma("journal_mode = WAL");
  conn.close();
  const seconds = (finished - started) / 1000;
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    events: count,
    articles: Math.ceil(count / EVENTS_PER_ARTICLE),
    sentences: count,
    insertSeconds: round((inserted - started) / 1000),
    indexSeconds: round((indexed - inserted) / 1000),
    fullTextSeconds: round((finished - indexed) / 1000),
    seconds: round(seconds),
    eventsPerSecond: Math.round(count / seconds),
    databaseMb: Math.round(statSync(path).size / 1024 ** 2),
  };
}
