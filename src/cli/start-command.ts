/**
 * `parley start` (`npm start`): on first run, ingests the bundled sample corpus into the default
 * database; then prints the USA–North Korea dyad summary and dialogue state.
 *
 * @example
 * parley start --db ./parley.db
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createCoder } from "../index.js";
import { inlineCoding } from "../ingest/article-coding.js";
import { runIngest } from "../ingest/ingest-run.js";
import { expandInputs, ingestSources } from "../ingest/ingest-sources.js";
import type { Store } from "../store/store.js";
import type { CommandIo } from "./code-command.js";
import { renderDyad, dyadReport } from "./dyad-command.js";
import { describeError } from "./exit-codes.js";
import { summaryLine } from "./ingest-command.js";

/**
 * Ingests `samples/` if the store is empty, then prints the USA–PRK summary.
 * @example await runStartCommand(store, packageRoot, "2026-01-01", io)
 */
export async function runStartCommand(
  store: Store,
  packageRoot: string,
  today: string,
  io: CommandIo,
): Promise<void> {
  if ((await store.counts()).articles === 0) {
    io.err(`first run: ingesting the sample corpus into ${store.location}\n`);
    const coding = inlineCoding(createCoder({ defaultDate: today }));
    const started = Date.now();
    const listener = { onFailure: (_: string, error: Error) => io.err(`${describeError(error)}\n`) };
    const corpus = await runIngest(
      store,
      coding,
      ingestSources(await expandInputs([join(packageRoot, "samples", "corpus")])),
      { defaultDate: today },
      listener,
    );
    const short = join(packageRoot, "samples", "short-report.txt");
    const metaPath = join(packageRoot, "samples", "short-report.meta.json");
    if (existsSync(short)) {
      const meta = existsSync(metaPath)
        ? (JSON.parse(readFileSync(metaPath, "utf8")) as { date?: string; outlet?: string })
        : {};
      await runIngest(
        store,
        coding,
        ingestSources([short]),
        { defaultDate: meta.date ?? today, ...(meta.outlet ? { outlet: meta.outlet } : {}) },
        listener,
      );
    }
    io.err(`${summaryLine(corpus, 1, store.location, (Date.now() - started) / 1000)}\n\n`);
  }
  io.out(renderDyad(await dyadReport(store, "USA", "PRK", "month")));
  io.out(
    "\nMore: parley events --dyad USA-PRK, parley dyad USA PRK --format json, parley export --format csv\n",
  );
}
