/**
 * Event page: type, CAMEO code and description, actors with their roles on that date, status and
 * reporters, and every mention's sentence with source, target and trigger highlighted.
 *
 * @example
 * <EventPage id={147} />
 */
import type { EventDetail } from "../api-client.js";
import { ErrorView, Loading, StatusBadge } from "../components/common.js";
import { HighlightedText, type MarkedSpan } from "../components/highlighted-text.js";
import { Link } from "../router.js";
import { useApi } from "../use-api.js";

const QUAD = ["", "verbal cooperation", "material cooperation", "verbal conflict", "material conflict"];

/** The event page. @example <EventPage id={12} /> */
export function EventPage(props: { readonly id: string }) {
  const state = useApi<EventDetail>(`/events/${encodeURIComponent(props.id)}`);
  if (state.status === "loading") return <Loading />;
  if (state.status === "error") return <ErrorView message={state.message} code={state.code} />;
  const { event, actors, mentions, cameoName } = state.data;
  const dyad = [event.sourceCountry, event.targetCountry].filter(Boolean).join("-");
  return (
    <article class="event" data-event-id={event.id}>
      <h1>
        {event.type ?? "Event"} <span class="muted">CAMEO {event.cameo}</span>
      </h1>
      <p class="lead">{cameoName ?? ""}</p>
      <dl class="facts">
        <dt>Date</dt>
        <dd>
          {event.date} ({event.datePrecision})
          {event.historical ? <span class="tag">historical reference</span> : null}
        </dd>
        <dt>Status</dt>
        <dd>
          <StatusBadge status={event.status} />
          {event.confirmedBy.length ? ` confirmed by ${event.confirmedBy.join(", ")}` : ""}
          {event.deniedBy.length ? ` denied by ${event.deniedBy.join(", ")}` : ""}
          {event.unconfirmedBy.length ? ` not confirmed by ${event.unconfirmedBy.join(", ")}` : ""}
        </dd>
        <dt>Reported by</dt>
        <dd>{event.reporters.map((r) => (r.code ? `${r.text} (${r.code})` : r.text)).join("; ") || "—"}</dd>
        <dt>QuadClass / Goldstein</dt>
        <dd>
          {event.quadClass} ({QUAD[event.quadClass]}) / {event.goldstein}
        </dd>
        <dt>Channel / place</dt>
        <dd>
          {event.channel ?? "—"} / {event.location ?? "—"}
        </dd>
        <dt>Modality</dt>
        <dd>
          {event.modality}
          {event.negated ? " (negated)" : ""}
        </dd>
        <dt>Reports</dt>
        <dd>
          {event.numMentions} mentions in {event.numArticles} articles from {event.numOutlets} outlets (
          {event.numReports} reports with copies), {event.firstSeen} – {event.lastSeen}
        </dd>
        {dyad.includes("-") ? (
          <>
            <dt>Dyad</dt>
            <dd>
              <Link href={`/dyad/${dyad}`}>{dyad}</Link>
            </dd>
          </>
        ) : null}
      </dl>
      <h2>Actors on {event.date}</h2>
      <ul class="actors">
        {actors.map((a) => (
          <li key={`${a.side}-${a.actorId ?? a.code}-${a.text}`}>
            <span class={`hl hl-${a.side}`}>{a.side}</span>{" "}
            <Link href={`/actor/${a.code || a.country || ""}`}>{a.code}</Link> {a.name ?? a.text}
            {a.role ? (
              <span class="muted">
                {" "}
                — {a.role.title} ({a.role.from} – {a.role.to ?? "now"})
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      <h2>Evidence</h2>
      <p class="legend">
        <mark class="hl hl-source">source</mark> <mark class="hl hl-target">target</mark>{" "}
        <mark class="hl hl-trigger">trigger</mark>
      </p>
      <ol class="mentions">
        {mentions.map((m) => {
          const spans: MarkedSpan[] = [
            ...m.source.map((s) => ({ ...s, kind: "source" as const })),
            ...m.target.map((s) => ({ ...s, kind: "target" as const })),
            { ...m.trigger, kind: "trigger" as const },
          ];
          return (
            <li key={`${m.mentionId}-${m.sentence}`} class="mention" data-testid="mention">
              <blockquote class="sentence">
                <HighlightedText text={m.sentenceText} offset={m.sentenceStart} spans={spans} />
              </blockquote>
              <p class="muted">
                <Link href={`/article/${m.articleId}`}>{m.articleTitle ?? `article ${m.articleId}`}</Link> ·{" "}
                {m.outlet ?? "no outlet"} · {m.published} · <StatusBadge status={m.status} />
                {m.reporter ? ` per ${m.reporter.text}` : ""} · rule <code>{m.ruleId}</code>{" "}
                <code class="pattern">{m.pattern}</code>
              </p>
            </li>
          );
        })}
      </ol>
    </article>
  );
}
