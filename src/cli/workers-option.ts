/**
 * The `--workers` option of `parley code` and `parley ingest`.
 *
 * @example
 * parseWorkers("2"); // 2
 */
import { ParleyError } from "../core/errors.js";

/** More threads than this only queue for the same cores. */
const MAX_WORKERS = 32;

/** Parses `--workers`. @example parseWorkers("2") // 2 */
export function parseWorkers(value: string | undefined): number {
  if (value === undefined) return 1;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > MAX_WORKERS) {
    throw new ParleyError(
      "E_USAGE",
      `--workers: expected a whole number from 1 to ${MAX_WORKERS}, got "${value}"`,
    );
  }
  return n;
}
