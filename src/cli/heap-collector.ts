/**
 * A full garbage collection now and then during a long ingest. V8 collects lazily and lets the heap
 * grow well past what is live; over 100,000 articles that lifts the peak resident memory by a
 * hundred megabytes or more. Collecting every few thousand articles keeps the peak near the live size.
 *
 * @example
 * const collect = periodicCollector(5_000);
 * collect(articlesDone);
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/** Articles between two collections. @example COLLECT_EVERY // 5000 */
export const COLLECT_EVERY = 5_000;

/**
 * Returns a function to call with the running count; it collects each time `every` more are done.
 * Without access to the collector (a restricted runtime) it does nothing.
 * @example periodicCollector(5_000)(10_000)
 */
export function periodicCollector(every = COLLECT_EVERY): (done: number) => void {
  let collect: (() => void) | null = null;
  try {
    setFlagsFromString("--expose-gc");
    collect = runInNewContext("gc") as () => void;
  } catch {
    collect = null;
  }
  let next = every;
  return (done) => {
    if (!collect || done < next) return;
    next = done + every;
    collect();
  };
}
