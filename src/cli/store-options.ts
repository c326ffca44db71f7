/**
 * The `--db FILE` and `--store URL` options every store command shares.
 *
 * @example
 * withStoreOptions(program.command("events")).action(async (o) => { const store = await openStoreFrom(o); });
 */
import type { Command } from "commander";
import { DEFAULT_DB_FILE, openStore } from "../store/open-store.js";
import type { Store } from "../store/store.js";

/** The parsed store options. @example { db: "parley.db" } */
export interface StoreCliOptions {
  readonly db?: string;
  readonly store?: string;
}

/** Adds `--db` and `--store` to a command. @example withStoreOptions(program.command("dyad")) */
export function withStoreOptions(command: Command): Command {
  return command
    .option("--db <file>", `SQLite database file (default: ./${DEFAULT_DB_FILE})`)
    .option("--store <url>", "PostgreSQL URL (postgres://user@host/db) instead of a SQLite file");
}

/** Opens the store the options name. @example await openStoreFrom({ db: "x.db" }) */
export async function openStoreFrom(options: StoreCliOptions): Promise<Store> {
  return openStore(options.store ? { store: options.store } : { db: options.db ?? DEFAULT_DB_FILE });
}

/**
 * Runs `work` with an open store and always closes it.
 * @example await withStore(options, (store) => store.counts())
 */
export async function withStore<T>(options: StoreCliOptions, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStoreFrom(options);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
