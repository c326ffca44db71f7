/**
 * Small shared pieces: status badges, loading, error and empty states, and the events table.
 *
 * @example
 * <StatusBadge status="unconfirmed" />
 */
import type { ComponentChildren } from "preact";
import type { MergedEvent } from "../api-client.js";
import { Link } from "../router.js";

/** The attribution status as a labelled badge. @example <StatusBadge status="denied" /> */
export function StatusBadge(props: { readonly status: string }) {
  return (
    <span class={`badge status-${props.status}`} data-status={props.status}>
      {props.status}
    </span>
  );
}

/** Shown while a page loads. @example <Loading /> */
export function Loading() {
  return (
    <p class="muted" aria-busy="true">
      Loading…
    </p>
  );
}

/** An error message for the user. @example <ErrorView message="event 9 not found" /> */
export function ErrorView(props: { readonly message: string; readonly code?: number }) {
  return (
    <div class="error" role="alert">
      <strong>{props.code === 404 ? "Not found." : "Something went wrong."}</strong> {props.message}
    </div>
  );
}

/** An empty state. @example <Empty>No events match these filters.</Empty> */
export function Empty(props: { readonly children: ComponentChildren }) {
  return <p class="empty">{props.children}</p>;
}

/** "PRKGOV → USAGOV". @example dyadLabel(event) */
export function actorsLabel(
  e: Pick<MergedEvent, "sourceCode" | "sourceCountry" | "targetCode" | "targetCountry">,
) {
  return `${e.sourceCode ?? e.sourceCountry ?? "?"} → ${e.targetCode ?? e.targetCountry ?? "?"}`;
}

/** A table of events, each row linking to its event page. @example <EventTable events={events} /> */
export function EventTable(props: { readonly events: readonly MergedEvent[]; readonly caption?: string }) {
  if (props.events.length === 0) return <Empty>No events match these filters.</Empty>;
  return (
    <table class="events">
      {props.caption ? <caption>{props.caption}</caption> : null}
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Actors</th>
          <th scope="col">Type</th>
          <th scope="col">CAMEO</th>
          <th scope="col">Status</th>
          <th scope="col">Reports</th>
          <th scope="col">Evidence</th>
        </tr>
      </thead>
      <tbody>
        {props.events.map((e) => (
          <tr key={e.id} class={e.quadClass >= 3 ? "conflict" : "cooperation"}>
            <td>
              <Link href={`/event/${e.id}`}>{e.date}</Link>
              {e.historical ? <span class="tag">historical</span> : null}
              {/* Not news as it stands: an act denied by its own sentence, or only supposed. */}
              {e.negated ? <span class="tag">negated</span> : null}
              {e.modality === "hypothetical" ? <span class="tag">hypothetical</span> : null}
            </td>
            <td>{actorsLabel(e)}</td>
            <td>{e.type ?? "—"}</td>
            <td>{e.cameo}</td>
            <td>
              <StatusBadge status={e.status} />
            </td>
            <td>{e.numReports}</td>
            <td class="evidence">{e.evidence}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
