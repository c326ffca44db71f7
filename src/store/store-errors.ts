/**
 * Wraps a store so that database failures (locked, corrupt, unreachable, disk full) surface as
 * E_STORE errors naming the database, never as stack traces.
 *
 * @example
 * const store = withStoreErrors(createKyselyStore(config));
 */
import { isParleyError, ParleyError } from "../core/errors.js";
import type { Store } from "./store.js";

/** Turns any non-Parley error into E_STORE naming the location. @example storeError("./parley.db", e) */
export function storeError(location: string, error: unknown): ParleyError {
  if (isParleyError(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ParleyError("E_STORE", `${location}: ${message}`);
}

/** The same store, with every method's failures turned into E_STORE. @example withStoreErrors(store) */
export function withStoreErrors(store: Store): Store {
  const wrapped: Record<string, unknown> = { dialect: store.dialect, location: store.location };
  for (const [name, value] of Object.entries(store)) {
    if (typeof value !== "function") continue;
    wrapped[name] = async (...args: unknown[]) => {
      try {
        return await (value as (...a: unknown[]) => Promise<unknown>)(...args);
      } catch (error) {
        throw storeError(store.location, error);
      }
    };
  }
  return wrapped as unknown as Store;
}
