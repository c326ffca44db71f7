/**
 * Overview: the most active dyads with cooperation and conflict sparklines, and the latest events
 * (newest first) under the filters in the URL.
 *
 * @example
 * <OverviewPage query={new URLSearchParams("status=unconfirmed")} />
 */
import type { DyadSummary, MergedEvent, Page } from "../api-client.js";
import { Empty, ErrorView, EventTable, Loading } from "../components/common.js";
import { FiltersBar, filterParams } from "../components/filters-bar.js";
import { Sparkline } from "../components/sparkline.js";
import { Link } from "../router.js";
import { useApi } from "../use-api.js";

function shiftYear(day: string, years: number): string {
  return `${Number(day.slice(0, 4)) + years}${day.slice(4)}`;
}

function LatestEvents(props: { readonly query: URLSearchParams; readonly lastDate: string | null }) {
  const filters = new URLSearchParams(filterParams(props.query));
  // The list is oldest first; without a date range, the last year of the record holds the latest.
  if (!filters.has("since") && !filters.has("until") && props.lastDate)
    filters.set("since", shiftYear(props.lastDate, -1));
  filters.set("limit", "500");
  const state = useApi<Page<MergedEvent>>(`/events?${filters.toString()}`);
  if (state.status === "loading") return <Loading />;
  if (state.status === "error") return <ErrorView message={state.message} code={state.code} />;
  const events = [...state.data.items].reverse().slice(0, 30);
  return (
    <EventTable
      events={events}
      caption={`${events.length} latest of ${state.data.items.length}${state.data.page.next ? "+" : ""} matching events, newest first`}
    />
  );
}

/** The overview page. @example <OverviewPage query={query} /> */
export function OverviewPage(props: { readonly query: URLSearchParams }) {
  const window = filterParams(props.query, ["since", "until"]);
  const dyads = useApi<Page<DyadSummary>>(`/dyads?limit=8${window ? `&${window}` : ""}`);
  const lastDate =
    dyads.status === "ready"
      ? (dyads.data.items
          .map((d) => d.lastDate)
          .sort()
          .at(-1) ?? null)
      : null;
  return (
    <>
      <h1>Overview</h1>
      <FiltersBar path="/" query={props.query} />
      <section aria-labelledby="dyads-heading">
        <h2 id="dyads-heading">Most active dyads</h2>
        {dyads.status === "loading" ? <Loading /> : null}
        {dyads.status === "error" ? <ErrorView message={dyads.message} code={dyads.code} /> : null}
        {dyads.status === "ready" && dyads.data.items.length === 0 ? (
          <Empty>No events stored yet. Ingest articles with `parley ingest` or POST /articles.</Empty>
        ) : null}
        {dyads.status === "ready" ? (
          <ul class="dyad-cards">
            {dyads.data.items.map((d) => (
              <li key={`${d.a}-${d.b}`} class="card" data-dyad={`${d.a}-${d.b}`}>
                <Link href={`/dyad/${d.a}-${d.b}`} class="card-title">
                  {d.a} – {d.b}
                </Link>
                <Sparkline points={d.series} />
                <p class="muted">
                  {d.events} events · <span class="coop-text">{d.cooperation} cooperation</span> ·{" "}
                  <span class="conf-text">{d.conflict} conflict</span> · last {d.lastDate}
                </p>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      <section aria-labelledby="latest-heading">
        <h2 id="latest-heading">Latest events</h2>
        {dyads.status === "loading" ? <Loading /> : <LatestEvents query={props.query} lastDate={lastDate} />}
      </section>
    </>
  );
}
