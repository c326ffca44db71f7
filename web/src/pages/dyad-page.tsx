/**
 * Dyad page: the timeline of QuadClass counts and Goldstein trend, and the dialogue view — a lane
 * per channel in each direction, every contact marked by status, unanswered offers and rejections
 * flagged — with historical references drawn apart.
 *
 * @example
 * <DyadPage dyad="USA-PRK" query={query} />
 */
import type { Contact, DyadDetail, MergedEvent } from "../api-client.js";
import { Empty, ErrorView, EventTable, Loading, StatusBadge } from "../components/common.js";
import { FiltersBar, filterParams } from "../components/filters-bar.js";
import { TimelineChart } from "../components/timeline-chart.js";
import { Link, navigate, withQuery } from "../router.js";
import { useApi } from "../use-api.js";

const CHANNELS = ["letter", "call", "meeting", "summit", "envoy", "statement"] as const;
const LANE_NAMES: Record<string, string> = {
  letter: "Letters",
  call: "Calls",
  meeting: "Meetings",
  summit: "Summits",
  envoy: "Envoys",
  statement: "Statements",
};

function matches(e: MergedEvent, query: URLSearchParams): boolean {
  const type = query.get("type");
  const status = query.get("status");
  const actor = query.get("actor")?.toUpperCase();
  return (
    (!type || e.type === type.toUpperCase() || e.cameo.startsWith(type)) &&
    (!status || e.status === status) &&
    (!actor ||
      [e.sourceCode, e.targetCode, e.sourceCountry, e.targetCountry].some((c) => c?.startsWith(actor)))
  );
}

function Lane(props: {
  readonly channel: string;
  readonly from: string;
  readonly to: string;
  readonly items: readonly MergedEvent[];
  readonly unanswered: ReadonlySet<number>;
  readonly rejected: ReadonlySet<number>;
}) {
  return (
    <section
      class="lane"
      data-lane={props.channel}
      data-direction={`${props.from}-${props.to}`}
      aria-label={`${LANE_NAMES[props.channel]} from ${props.from} to ${props.to}`}
    >
      <div class="lane-label">
        {props.from} → {props.to}
      </div>
      <ol class="lane-track">
        {props.items.length === 0 ? <li class="lane-empty muted">none</li> : null}
        {props.items.map((e) => {
          const flags = [
            props.unanswered.has(e.id) ? "unanswered offer" : "",
            props.rejected.has(e.id) ? "rejection" : "",
          ].filter(Boolean);
          return (
            <li
              key={e.id}
              class={`lane-item status-${e.status}${props.rejected.has(e.id) ? " rejected" : ""}${props.unanswered.has(e.id) ? " unanswered" : ""}`}
              data-status={e.status}
              data-event-id={e.id}
            >
              <Link
                href={`/event/${e.id}`}
                title={`${e.date} ${e.type ?? e.cameo} — ${e.status}${flags.length ? ` — ${flags.join(", ")}` : ""}: ${e.evidence}`}
              >
                <span class="lane-date">{e.date}</span> <span class="lane-type">{e.type ?? e.cameo}</span>{" "}
                <StatusBadge status={e.status} />
                {flags.length ? (
                  <span class="flag">{props.rejected.has(e.id) ? "✕ rejected" : "? unanswered"}</span>
                ) : null}
              </Link>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function ContactList(props: {
  readonly title: string;
  readonly contacts: readonly Contact[];
  readonly testid: string;
}) {
  return (
    <section class="contact-list" data-testid={props.testid}>
      <h3>{props.title}</h3>
      {props.contacts.length === 0 ? (
        <Empty>None.</Empty>
      ) : (
        <ul>
          {props.contacts.map((c) => (
            <li key={c.eventId}>
              <Link href={`/event/${c.eventId}`}>
                {c.date} {c.source} → {c.target} {c.type ?? c.cameo}
              </Link>{" "}
              <StatusBadge status={c.status} />
              {c.claimedBy.length ? <span class="muted"> per {c.claimedBy.join(", ")}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The dyad page. @example <DyadPage dyad="USA-PRK" query={query} /> */
export function DyadPage(props: { readonly dyad: string; readonly query: URLSearchParams }) {
  const by = props.query.get("by") ?? "month";
  const window = filterParams(props.query, ["since", "until"]);
  const path = `/dyads/${encodeURIComponent(props.dyad)}?by=${encodeURIComponent(by)}${window ? `&${window}` : ""}`;
  const state = useApi<DyadDetail>(path);
  if (state.status === "loading") return <Loading />;
  if (state.status === "error") return <ErrorView message={state.message} code={state.code} />;
  const { dyad, series, dialogue, contacts, historical } = state.data;
  const [a, b] = dyad;
  const shown = contacts.filter((e) => matches(e, props.query));
  const unanswered = new Set(dialogue.unansweredOffers.map((c) => c.eventId));
  const rejected = new Set(dialogue.rejectedOvertures.map((c) => c.eventId));
  const trend = dialogue.trend;
  return (
    <>
      <h1>
        {a} – {b}
      </h1>
      <p class="lead" data-testid="trend">
        Trend: <strong>{trend.label}</strong>
        {trend.recentMean !== null
          ? ` (mean Goldstein ${trend.recentMean} over ${trend.since} – ${trend.until}, ${trend.direction})`
          : ""}
        . {state.data.events} events.{" "}
        <Link href={`/dyad/${b}-${a}${window ? `?${window}` : ""}`}>Swap sides</Link>
      </p>
      <FiltersBar path={`/dyad/${a}-${b}`} query={props.query} />
      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">Timeline</h2>
        <fieldset class="by">
          <legend class="visually-hidden">Period</legend>
          {(["day", "week", "month"] as const).map((p) => (
            <button
              type="button"
              key={p}
              aria-pressed={by === p}
              onClick={() =>
                navigate(withQuery(`/dyad/${a}-${b}`, props.query, { by: p }), { replace: true })
              }
            >
              {p}
            </button>
          ))}
        </fieldset>
        <TimelineChart series={series} />
      </section>
      <section aria-labelledby="dialogue-heading" class="dialogue">
        <h2 id="dialogue-heading">Dialogue</h2>
        <p class="legend">
          <StatusBadge status="asserted" /> <StatusBadge status="confirmed" /> <StatusBadge status="denied" />{" "}
          <StatusBadge status="unconfirmed" /> <span class="flag">✕ rejected</span>{" "}
          <span class="flag">? unanswered</span>
        </p>
        {shown.length === 0 ? <Empty>No contacts on any channel match these filters.</Empty> : null}
        {CHANNELS.map((channel) => (
          <div key={channel} class="channel" data-channel={channel}>
            <h3>{LANE_NAMES[channel]}</h3>
            <Lane
              channel={channel}
              from={a}
              to={b}
              unanswered={unanswered}
              rejected={rejected}
              items={shown.filter((e) => e.channel === channel && e.sourceCountry === a)}
            />
            <Lane
              channel={channel}
              from={b}
              to={a}
              unanswered={unanswered}
              rejected={rejected}
              items={shown.filter((e) => e.channel === channel && e.sourceCountry === b)}
            />
          </div>
        ))}
        <div class="contact-lists">
          <ContactList title="Unanswered offers" contacts={dialogue.unansweredOffers} testid="unanswered" />
          <ContactList title="Rejected overtures" contacts={dialogue.rejectedOvertures} testid="rejected" />
          <ContactList
            title="Last summit"
            contacts={dialogue.lastSummit ? [dialogue.lastSummit] : []}
            testid="last-summit"
          />
        </div>
      </section>
      <section aria-labelledby="historical-heading" class="historical">
        <h2 id="historical-heading">Historical references</h2>
        <p class="muted">Past events recalled in later reports, kept apart from the news.</p>
        <EventTable events={historical.filter((e) => matches(e, props.query))} />
      </section>
    </>
  );
}
