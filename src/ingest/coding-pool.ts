/**
 * Codes articles on N worker threads. Each call resolves with that article's result, whatever order
 * the workers finish in; the ingest commits in input order, so output equals one worker's. The
 * articles asked for within one turn of the event loop go out together, a message per worker, so
 * each worker codes them as one batch (one message per article had left ingest's workers coding
 * batches of one to five, as they woke to each message on its own).
 *
 * @example
 * const pool = await startCodingPool(2, { defaultDate: "2025-06-12" });
 * const coded = await pool.code(article);
 * await pool.close();
 */
import { Worker } from "node:worker_threads";
import { type ErrorCode, ParleyError } from "../core/errors.js";
import type { ArticleInput } from "../core/types.js";
import type { CodedText } from "../store/store.js";
import type { ArticleCoding } from "./article-coding.js";
import type { CodingReply, CodingRequest, CodingWorkerOptions } from "./coding-worker.js";

interface Pending {
  readonly resolve: (coded: CodedText) => void;
  readonly reject: (error: Error) => void;
}

/**
 * Starts `size` workers and waits until each has loaded its dictionaries.
 * @example await startCodingPool(4, {})
 */
export async function startCodingPool(size: number, options: CodingWorkerOptions): Promise<ArticleCoding> {
  const url = new URL("./coding-worker.js", import.meta.url);
  const pending = new Map<number, Pending>();
  const load = new Map<Worker, number>();
  let seq = 0;
  let failure: Error | null = null;
  const started = await Promise.allSettled(
    Array.from(
      { length: size },
      () =>
        new Promise<{ worker: Worker; version: string }>((resolve, reject) => {
          const worker = new Worker(url, { workerData: options });
          worker.once("error", reject);
          worker.once(
            "message",
            (m: { ready: boolean; dictionaryVersion?: string; code?: string | null; message?: string }) => {
              worker.off("error", reject);
              if (m.ready) resolve({ worker, version: m.dictionaryVersion ?? "" });
              else {
                void worker.terminate();
                reject(
                  new ParleyError(
                    (m.code ?? "E_PIPELINE") as ErrorCode,
                    m.message ?? "a coding worker failed to start",
                  ),
                );
              }
            },
          );
        }),
    ),
  );
  const versions = started.flatMap((s) => (s.status === "fulfilled" ? [s.value] : []));
  const refused = started.find((s): s is PromiseRejectedResult => s.status === "rejected");
  if (refused) {
    // Live workers would keep the process running after the error is reported.
    await Promise.all(versions.map((v) => v.worker.terminate()));
    throw refused.reason;
  }
  for (const { worker } of versions) {
    load.set(worker, 0);
    worker.on("message", (replies: readonly CodingReply[]) => {
      load.set(worker, (load.get(worker) ?? replies.length) - replies.length);
      for (const reply of replies) {
        const waiting = pending.get(reply.seq);
        if (!waiting) continue;
        pending.delete(reply.seq);
        if (reply.ok) waiting.resolve(reply.coded);
        else waiting.reject(new ParleyError((reply.code ?? "E_PIPELINE") as ErrorCode, reply.message));
      }
    });
    worker.on("error", (error) => {
      failure = error;
      for (const p of pending.values()) p.reject(error);
      pending.clear();
    });
  }
  let outgoing: CodingRequest[] = [];
  // Deals the articles asked for this turn out to the least busy workers, one message each.
  const dispatch = () => {
    const requests = outgoing;
    outgoing = [];
    const shares = new Map<Worker, CodingRequest[]>();
    for (const request of requests) {
      const [worker] = [...load.entries()].sort((a, b) => a[1] - b[1])[0]!;
      load.set(worker, (load.get(worker) ?? 0) + 1);
      const share = shares.get(worker);
      if (share) share.push(request);
      else shares.set(worker, [request]);
    }
    for (const [worker, share] of shares) worker.postMessage(share);
  };
  return {
    dictionaryVersion: versions[0]!.version,
    code: (article: ArticleInput) =>
      new Promise<CodedText>((resolve, reject) => {
        if (failure) {
          reject(failure);
          return;
        }
        seq += 1;
        pending.set(seq, { resolve, reject });
        outgoing.push({ seq, article });
        if (outgoing.length === 1) setImmediate(dispatch);
      }),
    close: async () => {
      await Promise.all([...load.keys()].map((w) => w.terminate()));
    },
  };
}
