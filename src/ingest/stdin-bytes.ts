/**
 * Reads piped standard input as raw bytes, so decoding and its checks stay in one place.
 *
 * @example
 * const text = decodeArticleBytes(await readStdin(), "stdin");
 */
import { ParleyError } from "../core/errors.js";
import { formatByteSize } from "./article-bytes.js";

/** Where readStdin reads from and when it gives up. @example { maxBytes: 5 * 1024 * 1024 } */
export interface StdinOptions {
  /** Stop with E_INPUT_TOO_LARGE once more than this many bytes arrive. */
  readonly maxBytes?: number;
  /** The stream to read; process.stdin unless a test supplies another. */
  readonly stream?: AsyncIterable<Uint8Array | string>;
}

/**
 * Collects all of stdin (or the given stream) into one byte array.
 * @example const bytes = await readStdin({ maxBytes: defaultReadLimits.maxArticleBytes });
 */
export async function readStdin(options: StdinOptions = {}): Promise<Uint8Array> {
  const maxBytes = options.maxBytes ?? Number.POSITIVE_INFINITY;
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of options.stream ?? process.stdin) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : Buffer.from(chunk);
    total += bytes.length;
    // Stop reading early: an endless or huge pipe must not fill memory before the size check.
    if (total > maxBytes) {
      throw new ParleyError(
        "E_INPUT_TOO_LARGE",
        `stdin: the input is over the ${formatByteSize(maxBytes)} limit`,
        { limit: maxBytes },
      );
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, total);
}
