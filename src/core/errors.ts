/**
 * Typed errors. Only the CLI and HTTP layers turn them into exit codes and statuses.
 *
 * @example
 * throw new ParleyError("E_INPUT_EMPTY", "input.txt: the file is empty");
 */

/** Every error code Parley raises. @example "E_DICTIONARY" */
export type ErrorCode =
  | "E_USAGE"
  | "E_INPUT_NOT_FOUND"
  | "E_INPUT_EMPTY"
  | "E_INPUT_BINARY"
  | "E_INPUT_ENCODING"
  | "E_INPUT_TOO_LARGE"
  | "E_INPUT_FORMAT"
  | "E_DATE"
  | "E_DICTIONARY"
  | "E_PIPELINE"
  | "E_STORE"
  | "E_STORE_VERSION"
  | "E_NETWORK"
  | "E_NOT_FOUND"
  | "E_AUTH"
  | "E_LIMIT";

/** A Parley error with a stable code and a message naming the file, line or field. @example new ParleyError("E_DATE", "--date: not a date: 2025-13-01") */
export class ParleyError extends Error {
  readonly code: ErrorCode;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: ErrorCode, message: string, details: Readonly<Record<string, unknown>> = {}) {
    super(message);
    this.name = "ParleyError";
    this.code = code;
    this.details = details;
  }
}

/** True when the value is a ParleyError. @example if (isParleyError(e)) console.error(e.message) */
export function isParleyError(value: unknown): value is ParleyError {
  return value instanceof ParleyError;
}

/** The thrown value as an Error, wrapping what is not one. @example asError("boom").message // "boom" */
export function asError(value: unknown): Error {
  return value instanceof Error ? value : new Error(String(value));
}
