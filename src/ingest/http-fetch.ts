/**
 * Fetches an article, page or feed over http or https only, with a timeout and a size limit, so a
 * slow or endless server cannot stall or flood an ingest.
 *
 * @example
 * const { bytes, contentType } = await fetchBytes("https://example.org/feed.xml", defaultFetchLimits);
 */
import { ParleyError } from "../core/errors.js";
import { formatByteSize } from "./article-bytes.js";

/** Limits of one fetch. @example { timeoutMs: 20_000, maxBytes: 10 * 1024 * 1024 } */
export interface FetchLimits {
  readonly timeoutMs: number;
  readonly maxBytes: number;
}

/** 20 s and 10 MiB. @example fetchBytes(url, defaultFetchLimits) */
export const defaultFetchLimits: FetchLimits = { timeoutMs: 20_000, maxBytes: 10 * 1024 * 1024 };

/** A fetched body. @example { bytes, contentType: "application/rss+xml" } */
export interface Fetched {
  readonly bytes: Uint8Array;
  readonly contentType: string;
  readonly url: string;
}

/** True for strings that look like URLs of any scheme. @example isUrl("https://a.b/") // true */
export function isUrl(value: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(value);
}

/**
 * GETs a URL; refuses other schemes, times out, and stops reading past the size limit.
 * @example await fetchBytes("http://127.0.0.1:8080/feed.xml", { timeoutMs: 1000, maxBytes: 1e6 })
 */
export async function fetchBytes(url: string, limits: FetchLimits = defaultFetchLimits): Promise<Fetched> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ParleyError("E_USAGE", `${url}: not a valid URL`);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new ParleyError("E_USAGE", `${url}: only http and https URLs can be ingested`);
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  try {
    const response = await fetch(parsed, {
      signal: controller.signal,
      redirect: "follow",
      headers: { accept: "*/*" },
    });
    if (!/^https?:$/.test(new URL(response.url || url).protocol)) {
      throw new ParleyError("E_NETWORK", `${url}: redirected to a non-http URL`);
    }
    if (!response.ok)
      throw new ParleyError("E_NETWORK", `${url}: HTTP ${response.status} ${response.statusText}`);
    const declared = Number(response.headers.get("content-length") ?? "0");
    if (declared > limits.maxBytes) throw tooLarge(url, limits.maxBytes);
    const chunks: Uint8Array[] = [];
    let total = 0;
    if (response.body) {
      for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
        total += chunk.length;
        if (total > limits.maxBytes) {
          controller.abort();
          throw tooLarge(url, limits.maxBytes);
        }
        chunks.push(chunk);
      }
    }
    return {
      bytes: Buffer.concat(chunks, total),
      contentType: response.headers.get("content-type") ?? "",
      url: response.url || url,
    };
  } catch (error) {
    if (error instanceof ParleyError) throw error;
    if (controller.signal.aborted)
      throw new ParleyError("E_NETWORK", `${url}: no complete answer within ${limits.timeoutMs} ms`);
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    throw new ParleyError(
      "E_NETWORK",
      `${url}: ${cause?.code ?? cause?.message ?? (error as Error).message}`,
    );
  } finally {
    clearTimeout(timer);
  }
}

function tooLarge(url: string, limit: number): ParleyError {
  return new ParleyError(
    "E_INPUT_TOO_LARGE",
    `${url}: the response is over the ${formatByteSize(limit)} limit`,
    { limit },
  );
}
