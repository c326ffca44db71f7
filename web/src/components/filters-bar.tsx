/**
 * Filters that live in the URL: date range, type, status and actor. Submitting the form rewrites
 * the query string, so the filtered view can be shared.
 *
 * @example
 * <FiltersBar path="/" query={query} />
 */
import { navigate, withQuery } from "../router.js";

const STATUSES = ["", "asserted", "confirmed", "denied", "unconfirmed"];
const TYPES = [
  "",
  "AGREE",
  "CONSULT",
  "SUPPORT",
  "COOPERATE",
  "AID",
  "CONCEDE",
  "RETREAT",
  "ACCUSE",
  "REQUEST",
  "REJECT",
  "THREATEN",
  "PROTEST",
  "MOBILIZE",
  "SANCTION",
  "COERCE",
  "ASSAULT",
];

/** The filter keys. @example FILTER_KEYS.includes("since") */
export const FILTER_KEYS = ["since", "until", "type", "status", "actor"] as const;

/**
 * The filters present in a query string, as API parameters.
 * @example filterParams(new URLSearchParams("status=denied")) // "status=denied"
 */
export function filterParams(query: URLSearchParams, keys: readonly string[] = FILTER_KEYS): string {
  const out = new URLSearchParams();
  for (const key of keys) {
    const value = query.get(key);
    if (value) out.set(key, value);
  }
  return out.toString();
}

/**
 * The form.
 * @example <FiltersBar path="/graph" query={query} keys={["since", "until"]} />
 */
export function FiltersBar(props: {
  readonly path: string;
  readonly query: URLSearchParams;
  readonly keys?: readonly string[];
}) {
  const keys = props.keys ?? FILTER_KEYS;
  const value = (key: string) => props.query.get(key) ?? "";
  return (
    <form
      class="filters"
      aria-label="Filters"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        const changes: Record<string, string> = {};
        for (const key of keys) changes[key] = String(data.get(key) ?? "").trim();
        navigate(withQuery(props.path, props.query, changes));
      }}
    >
      {keys.includes("since") ? (
        <label>
          From <input type="date" name="since" value={value("since")} />
        </label>
      ) : null}
      {keys.includes("until") ? (
        <label>
          To <input type="date" name="until" value={value("until")} />
        </label>
      ) : null}
      {keys.includes("type") ? (
        <label>
          Type
          <select name="type" value={value("type")}>
            {TYPES.map((t) => (
              <option key={t} value={t}>
                {t || "any"}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {keys.includes("status") ? (
        <label>
          Status
          <select name="status" value={value("status")}>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {s || "any"}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {keys.includes("actor") ? (
        <label>
          Actor <input name="actor" value={value("actor")} placeholder="PRK, USAGOV" size={9} />
        </label>
      ) : null}
      <button type="submit">Apply</button>
      <button type="button" onClick={() => navigate(props.path)}>
        Clear
      </button>
    </form>
  );
}
