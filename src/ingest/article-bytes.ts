/**
 * Turns raw input bytes into article text, refusing empty, binary, non-UTF-8 and oversized input
 * with errors that name the source.
 *
 * @example
 * const text = decodeArticleBytes(await readFile("a.txt"), "a.txt");
 */
import { readFile, stat } from "node:fs/promises";
import { ParleyError } from "../core/errors.js";

/** Size limits for reading input. @example { ...defaultReadLimits, maxArticleBytes: 1024 } */
export interface ReadLimits {
  /** Largest single article (a .txt or .html file, stdin, or one JSON article's text). */
  readonly maxArticleBytes: number;
  /** Largest .json or .jsonl collection file; defaults to defaultReadLimits.maxFileBytes. */
  readonly maxFileBytes?: number;
}

/** 5 MiB per article, 256 MiB per collection file. @example readArticleFile(path, defaultReadLimits) */
export const defaultReadLimits: ReadLimits = Object.freeze({
  maxArticleBytes: 5 * 1024 * 1024,
  // V8 strings top out near 512 MiB, so a collection file must stay well under that.
  maxFileBytes: 256 * 1024 * 1024,
});

const BINARY_SAMPLE_BYTES = 64 * 1024;
const BINARY_CONTROL_SHARE = 0.1;

/**
 * Decodes one article's bytes as UTF-8 text: BOM stripped, line ends normalised to "\n".
 * @example decodeArticleBytes(new TextEncoder().encode("Hello\r\n"), "stdin"); // "Hello\n"
 */
export function decodeArticleBytes(
  bytes: Uint8Array,
  source: string,
  limits: ReadLimits = defaultReadLimits,
): string {
  return decodeTextBytes(bytes, source, limits.maxArticleBytes);
}

/**
 * Decodes bytes as UTF-8 under an explicit byte limit; collections use the file limit, articles the article limit.
 * @example decodeTextBytes(bytes, "feed.jsonl", collectionLimit(defaultReadLimits));
 */
export function decodeTextBytes(bytes: Uint8Array, source: string, maxBytes: number): string {
  const noun = source === "stdin" ? "input" : "file";
  // Size first: a 50 MB file must fail before any scanning or decoding.
  if (bytes.length > maxBytes) throw tooLarge(source, noun, bytes.length, maxBytes);
  if (bytes.length === 0) throw new ParleyError("E_INPUT_EMPTY", `${source}: the ${noun} is empty`);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new ParleyError("E_INPUT_ENCODING", `${source}: the ${noun} is UTF-16; save it as UTF-8`);
  }
  if (looksBinary(bytes)) {
    throw new ParleyError("E_INPUT_BINARY", `${source}: looks like a binary ${noun}, not text`);
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8Offset(bytes);
    throw new ParleyError(
      "E_INPUT_ENCODING",
      `${source}: not valid UTF-8 at byte ${offset}; save the ${noun} as UTF-8`,
      { offset },
    );
  }
  // TextDecoder already drops a leading BOM (ignoreBOM: false); a stray second one is still noise.
  const normalised = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (normalised.trim() === "") throw new ParleyError("E_INPUT_EMPTY", `${source}: the ${noun} is empty`);
  return normalised;
}

/**
 * Reads a file after checking its size on disk, so oversized files are never loaded.
 * @example const bytes = await readFileBytes("a.txt", defaultReadLimits.maxArticleBytes);
 */
export async function readFileBytes(path: string, maxBytes: number): Promise<Uint8Array> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new ParleyError("E_INPUT_NOT_FOUND", `${path}: is a directory, not a file`);
    if (info.size > maxBytes) throw tooLarge(path, "file", info.size, maxBytes);
    return await readFile(path);
  } catch (error) {
    if (error instanceof ParleyError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new ParleyError("E_INPUT_NOT_FOUND", `${path}: no such file`);
    if (code === "EACCES" || code === "EPERM") {
      throw new ParleyError("E_INPUT_NOT_FOUND", `${path}: permission denied`);
    }
    throw error;
  }
}

/** The byte limit for .json/.jsonl collections. @example collectionLimit({ maxArticleBytes: 10 }) */
export function collectionLimit(limits: ReadLimits): number {
  return limits.maxFileBytes ?? defaultReadLimits.maxFileBytes ?? Number.POSITIVE_INFINITY;
}

/** "1.5 MiB", "12 KiB", "300 bytes". @example formatByteSize(2048); // "2 KiB" */
export function formatByteSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${trimFixed(bytes / (1024 * 1024))} MiB`;
  if (bytes >= 1024) return `${trimFixed(bytes / 1024)} KiB`;
  return `${bytes} bytes`;
}

function trimFixed(value: number): string {
  return value.toFixed(1).replace(/\.0$/, "");
}

function tooLarge(source: string, noun: string, size: number, limit: number): ParleyError {
  return new ParleyError(
    "E_INPUT_TOO_LARGE",
    `${source}: the ${noun} is ${formatByteSize(size)}, over the ${formatByteSize(limit)} limit`,
    { size, limit },
  );
}

function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.indexOf(0) !== -1) return true;
  const sample = bytes.subarray(0, BINARY_SAMPLE_BYTES);
  let control = 0;
  for (const byte of sample) {
    // Tab, line feed, vertical tab, form feed and carriage return occur in ordinary text.
    if ((byte < 0x20 && (byte < 0x09 || byte > 0x0d)) || byte === 0x7f) control += 1;
  }
  return control / sample.length >= BINARY_CONTROL_SHARE;
}

/** TextDecoder says only that decoding failed; users need to know where. */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index]!;
    if (lead < 0x80) {
      index += 1;
      continue;
    }
    const length =
      lead >= 0xc2 && lead <= 0xdf
        ? 2
        : lead >= 0xe0 && lead <= 0xef
          ? 3
          : lead >= 0xf0 && lead <= 0xf4
            ? 4
            : 0;
    if (length === 0 || index + length > bytes.length) return index;
    const second = bytes[index + 1]!;
    // Overlong forms, UTF-16 surrogates and code points above U+10FFFF are invalid too.
    if ((lead === 0xe0 && second < 0xa0) || (lead === 0xed && second > 0x9f)) return index;
    if ((lead === 0xf0 && second < 0x90) || (lead === 0xf4 && second > 0x8f)) return index;
    for (let next = 1; next < length; next += 1) {
      if ((bytes[index + next]! & 0xc0) !== 0x80) return index;
    }
    index += length;
  }
  return index;
}
