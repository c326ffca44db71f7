/**
 * The only place where errors become exit codes and messages on stderr.
 *
 * @example
 * process.exitCode = exitCodeFor(error);
 */
import { type ErrorCode, isParleyError } from "../core/errors.js";

const CODES: Partial<Record<ErrorCode, number>> = {
  E_USAGE: 2,
  E_DATE: 2,
  E_INPUT_NOT_FOUND: 3,
  E_INPUT_EMPTY: 3,
  E_INPUT_BINARY: 3,
  E_INPUT_ENCODING: 3,
  E_INPUT_TOO_LARGE: 3,
  E_INPUT_FORMAT: 3,
  E_LIMIT: 3,
  E_DICTIONARY: 4,
  E_STORE: 5,
  E_STORE_VERSION: 5,
  E_NETWORK: 6,
};

/** Exit code for an error: 2 usage, 3 input, 4 dictionary, 5 store, 6 network, 1 other, 70 internal. @example exitCodeFor(new ParleyError("E_DATE", "x")) // 2 */
export function exitCodeFor(error: unknown): number {
  if (isParleyError(error)) return CODES[error.code] ?? 1;
  return 70;
}

/** One line for stderr, never a stack trace. @example describeError(error) // "parley: input.txt: the file is empty" */
export function describeError(error: unknown): string {
  if (isParleyError(error)) return `parley: ${error.message}`;
  const message = error instanceof Error ? error.message : String(error);
  return `parley: internal error: ${message}`;
}
