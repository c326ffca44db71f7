/**
 * `parley serve`: the HTTP API and web UI over a store. Writes need `Authorization: Bearer` with the
 * token from PARLEY_TOKEN; without it the server refuses every write. Binds 127.0.0.1 by default.
 *
 * @example
 * PARLEY_TOKEN=s3cret parley serve --port 8080 --db ./parley.db
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { openAnalystQueries } from "../api/open-analyst-queries.js";
import { buildApiServer } from "../api/api-server.js";
import { peopleIndex } from "../api/people-index.js";
import { ParleyError } from "../core/errors.js";
import { createCoder } from "../index.js";
import { type ArticleCoding, inlineCoding } from "../ingest/article-coding.js";
import { defaultDictionaryDir, loadDictionaries } from "../ingest/dictionary-loader.js";
import type { Store } from "../store/store.js";
import type { CommandIo } from "./code-command.js";
import type { StoreCliOptions } from "./store-options.js";

/** Options of `parley serve`. @example { port: "8080", host: "127.0.0.1", db: "parley.db" } */
export interface ServeCliOptions extends StoreCliOptions {
  readonly port?: string;
  readonly host?: string;
  readonly cors?: string;
}

/** What the server reads from the environment. @example { PARLEY_TOKEN: "s3cret" } */
export interface ServeEnv {
  readonly PARLEY_TOKEN?: string;
  readonly PARLEY_CORS_ORIGINS?: string;
}

/** How the server is started. @example { packageRoot, today: "2026-01-01", signal } */
export interface ServeContext {
  readonly packageRoot: string;
  readonly today: () => string;
  readonly env: ServeEnv;
  /** Aborting closes the server; `parley serve` aborts on SIGINT and SIGTERM. */
  readonly signal: AbortSignal;
}

function portOf(value: string | undefined): number {
  const port = Number(value ?? "8080");
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new ParleyError("E_USAGE", `--port: expected a port number 0-65535, got "${value}"`);
  return port;
}

/** The built UI folder, when it exists. @example webRootOf(root) // "/…/web/dist" */
export function webRootOf(packageRoot: string): string | null {
  const root = join(packageRoot, "web", "dist");
  return existsSync(join(root, "index.html")) ? root : null;
}

function newestIn(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestIn(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * Builds web/dist with Vite when it is missing or older than web/src.
 * @example await ensureWebBuild(packageRoot, io)
 */
export async function ensureWebBuild(packageRoot: string, io: CommandIo): Promise<void> {
  const index = join(packageRoot, "web", "dist", "index.html");
  const sources = join(packageRoot, "web", "src");
  if (!existsSync(sources)) return;
  if (existsSync(index) && statSync(index).mtimeMs >= newestIn(sources)) return;
  io.err("building the web UI (vite build)…\n");
  let vite: typeof import("vite");
  try {
    vite = await import("vite");
  } catch {
    throw new ParleyError("E_USAGE", "the web UI is not built and Vite is not installed: run `npm ci` first");
  }
  await vite.build({ configFile: join(packageRoot, "web", "vite.config.ts"), logLevel: "warn" });
}

/**
 * Serves `store` until `context.signal` aborts.
 * @example await serveStore(store, { port: "0" }, context, io)
 */
export async function serveStore(
  store: Store,
  options: ServeCliOptions,
  context: ServeContext,
  io: CommandIo,
): Promise<void> {
  const port = portOf(options.port);
  const host = options.host ?? "127.0.0.1";
  const token = context.env.PARLEY_TOKEN?.trim() ? context.env.PARLEY_TOKEN.trim() : null;
  const corsOrigins = (options.cors ?? context.env.PARLEY_CORS_ORIGINS ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
  const queries = await openAnalystQueries(options.store ? { store: options.store } : { db: store.location });
  const people = peopleIndex(loadDictionaries(defaultDictionaryDir()).people);
  let coding: ArticleCoding | null = null;
  const app = await buildApiServer(
    {
      store,
      queries,
      people,
      coding: () => {
        coding ??= inlineCoding(createCoder({ defaultDate: context.today() }));
        return coding;
      },
      today: context.today,
    },
    { token, webRoot: webRootOf(context.packageRoot), corsOrigins },
  );
  try {
    const address = await app.listen({ host, port });
    io.err(
      `Parley at ${address.replace("[::1]", "localhost")}  (API docs: ${address}/docs)\n` +
        (token
          ? "writes: bearer token from PARLEY_TOKEN\n"
          : "writes: disabled (set PARLEY_TOKEN to enable)\n"),
    );
    if (!context.signal.aborted)
      await new Promise<void>((done) =>
        context.signal.addEventListener("abort", () => done(), { once: true }),
      );
  } finally {
    await app.close();
    await queries.close();
  }
}
