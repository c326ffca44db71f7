/**
 * A coding worker thread: builds its own coder from the options it is given and codes the articles
 * it receives, each message's articles as a batch. Errors travel back as `{ code, message }`.
 *
 * @example
 * new Worker(new URL("./coding-worker.js", import.meta.url), { workerData: { defaultDate: "2025-06-12" } });
 */
import { parentPort, workerData } from "node:worker_threads";
import { isParleyError } from "../core/errors.js";
import type { ArticleInput } from "../core/types.js";
import { createCoder } from "../index.js";
import type { CoderLimits } from "../pipeline/coder.js";
import type { CodedText } from "../store/store.js";
import { batchedStoreCoding } from "./article-coding.js";

/** One article of a message from the pool (a message is an array of them). @example { seq: 4, article } */
export interface CodingRequest {
  readonly seq: number;
  readonly article: ArticleInput;
}

/** A worker's answer for one article (it answers a message with an array of them). @example { seq: 4, ok: true, coded } */
export type CodingReply =
  | { readonly seq: number; readonly ok: true; readonly coded: CodedText }
  | { readonly seq: number; readonly ok: false; readonly code: string | null; readonly message: string };

/** Options a worker builds its coder from. @example { dictionaryDir: "./dictionaries", defaultDate: "2025-06-12" } */
export interface CodingWorkerOptions {
  readonly dictionaryDir?: string;
  readonly defaultDate?: string;
  readonly limits?: Partial<CoderLimits>;
}

function serve(): void {
  const port = parentPort;
  if (!port) return;
  const options = workerData as CodingWorkerOptions;
  let coder: ReturnType<typeof createCoder>;
  try {
    coder = createCoder({
      ...(options.dictionaryDir ? { dictionaryDir: options.dictionaryDir } : {}),
      ...(options.defaultDate ? { defaultDate: options.defaultDate } : {}),
      ...(options.limits ? { limits: options.limits } : {}),
    });
  } catch (error) {
    // A bad dictionary must reach the user as its own error, not as a crashed thread.
    port.postMessage({
      ready: false,
      code: isParleyError(error) ? error.code : null,
      message: error instanceof Error ? error.message : String(error),
    });
    return;
  }
  port.postMessage({ ready: true, dictionaryVersion: coder.dictionaryVersion });
  const code = batchedStoreCoding(coder);
  // A message's articles are coded as one batch (several, past CODING_BATCH); its replies go back
  // together, in one message.
  port.on("message", (requests: readonly CodingRequest[]) => {
    void Promise.all(
      requests.map((request) =>
        code(request.article).then(
          (coded): CodingReply => ({ seq: request.seq, ok: true, coded }),
          (error: unknown): CodingReply => ({
            seq: request.seq,
            ok: false,
            code: isParleyError(error) ? error.code : null,
            message: error instanceof Error ? error.message : String(error),
          }),
        ),
      ),
    ).then((replies) => port.postMessage(replies));
  });
}

serve();
