/** Test stores for every dialect, and coded events built from a few fields. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { contentHash, textFingerprint } from "../../src/analytics/text-fingerprint.js";
import type { AttributionStatus, Channel, CodedEvent, DatePrecision } from "../../src/core/types.js";
import type { Migration } from "../../src/store/migrations/migration.js";
import { openPostgresStore } from "../../src/store/postgres/postgres-store.js";
import { openSqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import type { ArticleToStore, Store, StoreDialect, StoreOptions } from "../../src/store/store.js";

export const pgUrl = process.env.PARLEY_TEST_PG_URL;
export const dialects: readonly StoreDialect[] = pgUrl ? ["sqlite", "postgres"] : ["sqlite"];

export interface TestDatabase {
  readonly open: (migrations?: readonly Migration[], options?: StoreOptions) => Promise<Store>;
  readonly cleanup: () => Promise<void>;
  /** Raw SQL against the database, for checks the Store interface does not offer. */
  readonly query: (text: string) => Promise<Record<string, unknown>[]>;
}

/** A new empty database of the dialect: a temp file, or a fresh PostgreSQL database. */
export async function testDatabase(dialect: StoreDialect): Promise<TestDatabase> {
  if (dialect === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "parley-store-"));
    const file = join(dir, "test.db");
    const Sqlite = (await import("better-sqlite3")).default;
    return {
      open: (migrations, options = {}) => openSqliteStore(file, options, migrations),
      cleanup: async () => rmSync(dir, { recursive: true, force: true }),
      query: async (text) => {
        const db = new Sqlite(file);
        try {
          const statement = db.prepare(text);
          if (statement.reader) return statement.all() as Record<string, unknown>[];
          statement.run();
          return [];
        } finally {
          db.close();
        }
      },
    };
  }
  const name = `parley_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(pgUrl!);
  url.pathname = `/${name}`;
  return {
    open: (migrations, options = {}) => openPostgresStore(url.toString(), options, migrations),
    cleanup: async () => {
      const client = new pg.Client({ connectionString: pgUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
    query: async (text) => {
      const client = new pg.Client({ connectionString: url.toString() });
      await client.connect();
      try {
        return (await client.query(text)).rows as Record<string, unknown>[];
      } finally {
        await client.end();
      }
    },
  };
}

export interface EventSpec {
  readonly type?: CodedEvent["event"];
  readonly cameo?: string;
  readonly source?: string;
  readonly target?: string;
  readonly date?: string;
  readonly precision?: DatePrecision;
  readonly historical?: boolean;
  readonly channel?: Channel | null;
  readonly location?: string | null;
  readonly sentences?: readonly {
    readonly index: number;
    readonly status?: AttributionStatus;
    readonly reporter?: string | null;
  }[];
  readonly goldstein?: number;
  readonly quadClass?: CodedEvent["quadClass"];
}

const actor = (code: string) => ({
  code,
  country: code.slice(0, 3),
  sector: code.length > 3 ? code.slice(3) : null,
  name: null,
  text: code,
  actorId: null,
});

/** A coded event from a few fields; defaults to PRKGOV REJECT 125 USAGOV on 2025-06-12. */
export function codedEvent(spec: EventSpec = {}): CodedEvent {
  const sentences = spec.sentences ?? [{ index: 0 }];
  const mentions = sentences.map((s) => ({
    sentence: s.index,
    sentenceText: `Sentence ${s.index}.`,
    sentenceStart: s.index * 20,
    trigger: { start: s.index * 20, end: s.index * 20 + 3 },
    source: [],
    target: [],
    reporter: s.reporter ? { code: s.reporter, text: s.reporter, verb: "said" } : null,
    status: s.status ?? "asserted",
    hedges: [],
    ruleId: "test-rule",
    pattern: "test",
    actorEntryIds: [],
  }));
  const reporters = sentences.flatMap((s) =>
    s.reporter ? [{ code: s.reporter, text: s.reporter, verb: "said" }] : [],
  );
  const statuses = mentions.map((m) => m.status);
  const status =
    (["denied", "confirmed", "unconfirmed"] as const).find((s) => statuses.includes(s)) ?? "asserted";
  return {
    id: Math.random().toString(16).slice(2),
    event: spec.type === undefined ? "REJECT" : spec.type,
    cameo: spec.cameo ?? "125",
    cameoName: "Reject proposal to meet, discuss, or negotiate",
    mode: null,
    context: null,
    source: [actor(spec.source ?? "PRKGOV")],
    target: spec.target === "" ? [] : [actor(spec.target ?? "USAGOV")],
    date: spec.date ?? "2025-06-12",
    datePrecision: spec.precision ?? "day",
    historical: spec.historical ?? false,
    negated: false,
    modality: "actual",
    location: spec.location ?? null,
    channel: spec.channel === undefined ? "letter" : spec.channel,
    goldstein: spec.goldstein ?? -5,
    quadClass: spec.quadClass ?? 3,
    attribution: { status, reporters, hedges: [] },
    mentions,
    confidence: 0.8,
  };
}

let counter = 0;

/** An article ready to store; its text is unique unless given. */
export function articleToStore(
  options: {
    readonly text?: string;
    readonly outlet?: string | null;
    readonly published?: string;
    readonly events?: readonly CodedEvent[];
    readonly dictionaryVersion?: string;
  } = {},
): ArticleToStore {
  counter += 1;
  // Distinct words in every generated text, so that no two fixtures look like near-duplicates.
  const words = Array.from({ length: 24 }, () => Math.random().toString(36).slice(2, 8)).join(" ");
  const text = options.text ?? `Report ${counter}: ${words}.`;
  return {
    meta: {
      docId: `doc-${counter}`,
      outlet: options.outlet === undefined ? "Harbor Times" : options.outlet,
      url: null,
      title: `Title ${counter}`,
      published: options.published ?? "2025-06-12",
      source: `test-${counter}.txt`,
    },
    text,
    contentHash: contentHash(text),
    fingerprint: textFingerprint(text),
    coded: {
      dictionaryVersion: options.dictionaryVersion ?? "v1",
      events: options.events ?? [],
      sentences: text.split(/(?<=\.)\s+/).map((t, index) => ({ index, text: t, start: 0 })),
    },
  };
}
