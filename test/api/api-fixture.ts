/** A temp SQLite store with the sample corpus, and API servers over it, for the API and browser tests. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { FastifyInstance } from "fastify";
import { type ApiServerConfig, buildApiServer } from "../../src/api/api-server.js";
import type { ApiServices } from "../../src/api/api-route.js";
import { openAnalystQueries } from "../../src/api/open-analyst-queries.js";
import { peopleIndex } from "../../src/api/people-index.js";
import { createCoder, loadDictionaries, defaultDictionaryDir } from "../../src/index.js";
import { inlineCoding } from "../../src/ingest/article-coding.js";
import { runIngest } from "../../src/ingest/ingest-run.js";
import { expandInputs, ingestSources } from "../../src/ingest/ingest-sources.js";
import pg from "pg";
import { openPostgresStore } from "../../src/store/postgres/postgres-store.js";
import { openSqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import type { Store, StoreDialect } from "../../src/store/store.js";

/** The PostgreSQL server CI starts; without it only SQLite is tested. */
export const pgUrl = process.env.PARLEY_TEST_PG_URL;
/** The dialects to run the API tests on. */
export const dialects: readonly StoreDialect[] = pgUrl ? ["sqlite", "postgres"] : ["sqlite"];

/** A fresh PostgreSQL database and how to drop it. */
async function freshPostgres(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `parley_api_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(pgUrl!);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: pgUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

/** The repository root. */
export const repoRoot = resolve(import.meta.dirname, "..", "..");

/** A store with the sample corpus, services over it, and a way to build servers. */
export interface ApiFixture {
  readonly services: ApiServices;
  readonly dbFile: string;
  server(config?: Partial<ApiServerConfig>): Promise<FastifyInstance>;
  close(): Promise<void>;
}

/** Ingests samples/corpus into a temp SQLite file and opens the API services over it. */
export async function sampleFixture(dialect: StoreDialect = "sqlite"): Promise<ApiFixture> {
  const dir = mkdtempSync(join(tmpdir(), "parley-api-"));
  const dbFile = join(dir, "api.db");
  const postgres = dialect === "postgres" ? await freshPostgres() : null;
  const store: Store = postgres ? await openPostgresStore(postgres.url) : await openSqliteStore(dbFile);
  const coding = inlineCoding(createCoder({ defaultDate: "2026-01-01" }));
  await runIngest(store, coding, ingestSources(await expandInputs([join(repoRoot, "samples", "corpus")])), {
    defaultDate: "2026-01-01",
  });
  const queries = await openAnalystQueries(postgres ? { store: postgres.url } : { db: dbFile });
  const services: ApiServices = {
    store,
    queries,
    people: peopleIndex(loadDictionaries(defaultDictionaryDir()).people),
    coding: () => coding,
    today: () => "2026-01-01",
  };
  const servers: FastifyInstance[] = [];
  return {
    services,
    dbFile,
    server: async (config = {}) => {
      const app = await buildApiServer(services, { token: "test-token", webRoot: null, ...config });
      servers.push(app);
      return app;
    },
    close: async () => {
      for (const app of servers) await app.close();
      await queries.close();
      await store.close();
      await postgres?.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
