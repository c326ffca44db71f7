/** Temp folders, generated corpora and store access for the ingest tests. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generatedArticles } from "../../bench/generated-corpus.js";
import { openSqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import type { Store } from "../../src/store/store.js";

/** A temp folder removed by the returned function. */
export function tempDir(prefix: string): { readonly dir: string; readonly remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Writes `count` generated articles as one JSON file each under `dir/corpus`; returns the folder. */
export function writeGeneratedCorpus(dir: string, count: number, seed = 3): string {
  const corpus = join(dir, "corpus");
  mkdirSync(corpus, { recursive: true });
  let i = 0;
  for (const article of generatedArticles(count, seed)) {
    writeFileSync(join(corpus, `${String(i++).padStart(6, "0")}.json`), JSON.stringify(article));
  }
  return corpus;
}

/** Opens a SQLite store, runs `work`, closes it. */
export async function inStore<T>(file: string, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openSqliteStore(file);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
