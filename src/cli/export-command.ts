/**
 * `parley export`: every merged event as PLOVER JSON, CSV or GDELT 2.0-layout TSV, to a file or
 * stdout, a page at a time so a large store never sits in memory. Columns: docs/export-formats.md.
 *
 * @example
 * parley export --format csv --out events.csv
 */
import { createWriteStream, type WriteStream } from "node:fs";
import { once } from "node:events";
import { ParleyError } from "../core/errors.js";
import type { Store } from "../store/store.js";
import type { CommandIo } from "./code-command.js";
import { csvHeader, csvRows, gdeltRow, ploverRecord } from "./event-formats.js";

/** Export formats. @example "gdelt-tsv" */
export type ExportFormat = "plover-json" | "csv" | "gdelt-tsv";

const PAGE = 5_000;

/**
 * Writes the export; returns the number of events.
 * @example await runExportCommand(store, { format: "csv", out: "events.csv" }, io)
 */
export async function runExportCommand(
  store: Store,
  options: { readonly format: ExportFormat; readonly out?: string },
  io: CommandIo,
): Promise<number> {
  const file = options.out ? await openOut(options.out) : null;
  const write = async (text: string) => {
    if (!file) {
      io.out(text);
      return;
    }
    if (!file.write(text)) await once(file, "drain");
  };
  let count = 0;
  if (options.format === "csv") await write(csvHeader());
  if (options.format === "plover-json") await write("[");
  for (let after = 0; ; ) {
    const page = await store.eventPage(after, PAGE);
    if (page.length === 0) break;
    after = page[page.length - 1]!.id;
    if (options.format === "csv") await write(csvRows(page));
    else if (options.format === "gdelt-tsv") await write(page.map(gdeltRow).join(""));
    else
      await write(
        page.map((e, i) => `${count + i === 0 ? "\n" : ",\n"}${JSON.stringify(ploverRecord(e))}`).join(""),
      );
    count += page.length;
  }
  if (options.format === "plover-json") await write(count === 0 ? "]\n" : "\n]\n");
  if (file) {
    file.end();
    await once(file, "finish");
    io.err(`exported ${count} event(s) to ${options.out}\n`);
  }
  return count;
}

async function openOut(path: string): Promise<WriteStream> {
  const stream = createWriteStream(path);
  try {
    await once(stream, "open");
  } catch (error) {
    throw new ParleyError(
      "E_INPUT_NOT_FOUND",
      `--out: cannot write ${path} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  }
  return stream;
}
