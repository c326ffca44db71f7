/**
 * Loads an API resource for a page: loading, data and error states, refetched when the path
 * changes and abandoned when the page goes away.
 *
 * @example
 * const state = useApi<DyadDetail>(`/dyads/${dyad}`);
 */
import { useEffect, useState } from "preact/hooks";
import { getJson } from "./api-client.js";

/** What a page shows. @example state.status === "ready" && state.data */
export type ApiState<T> =
  | { readonly status: "loading" }
  | { readonly status: "error"; readonly message: string; readonly code: number }
  | { readonly status: "ready"; readonly data: T };

/**
 * Fetches `path` (null fetches nothing).
 * @example useApi<Page<MergedEvent>>("/events?limit=20")
 */
export function useApi<T>(path: string | null): ApiState<T> {
  const [state, setState] = useState<ApiState<T>>({ status: "loading" });
  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    setState({ status: "loading" });
    getJson<T>(path, controller.signal).then(
      (data) => setState({ status: "ready", data }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const status = (error as { status?: number }).status ?? 0;
        setState({ status: "error", message: (error as Error).message, code: status });
      },
    );
    return () => controller.abort();
  }, [path]);
  return state;
}
