/**
 * Actor page: the roles its people held over time (from the dictionaries), its top counterparts and
 * its recent events.
 *
 * @example
 * <ActorPage code="PRK" />
 */
import type { ActorDetail } from "../api-client.js";
import { Empty, ErrorView, EventTable, Loading } from "../components/common.js";
import { Link } from "../router.js";
import { useApi } from "../use-api.js";

/** The actor page. @example <ActorPage code="USAGOV" /> */
export function ActorPage(props: { readonly code: string }) {
  const state = useApi<ActorDetail>(`/actors/${encodeURIComponent(props.code)}`);
  if (state.status === "loading") return <Loading />;
  if (state.status === "error") return <ErrorView message={state.message} code={state.code} />;
  const { code, totals, people, counterparts, recentEvents } = state.data;
  return (
    <>
      <h1>{code}</h1>
      <p class="lead">
        {totals.events} events · <span class="coop-text">{totals.cooperation} cooperation</span> ·{" "}
        <span class="conf-text">{totals.conflict} conflict</span>
        {totals.lastDate ? ` · last ${totals.lastDate}` : ""}
      </p>
      <section aria-labelledby="roles-heading">
        <h2 id="roles-heading">Roles over time</h2>
        {people.length === 0 ? (
          <Empty>No people of this actor in the dictionaries.</Empty>
        ) : (
          <table class="roles">
            <thead>
              <tr>
                <th scope="col">Person</th>
                <th scope="col">Role</th>
                <th scope="col">From</th>
                <th scope="col">To</th>
              </tr>
            </thead>
            <tbody>
              {people.flatMap((p) =>
                p.roles.map((r, i) => (
                  <tr key={`${p.id}-${r.from}-${r.title}`} class={p.recentEvents > 0 ? "active" : ""}>
                    <td>
                      {i === 0 ? p.name : ""}
                      {i === 0 && p.recentEvents > 0 ? (
                        <span class="tag">in {p.recentEvents} recent events</span>
                      ) : null}
                    </td>
                    <td>
                      {r.title}{" "}
                      <span class="muted">
                        ({r.country}
                        {r.sector ?? ""})
                      </span>
                    </td>
                    <td>{r.from}</td>
                    <td>{r.to ?? "now"}</td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="counterparts-heading">
        <h2 id="counterparts-heading">Top counterparts</h2>
        {counterparts.length === 0 ? (
          <Empty>No counterparts yet.</Empty>
        ) : (
          <ul class="counterparts">
            {counterparts.map((c) => (
              <li key={c.country}>
                <Link href={`/dyad/${code.slice(0, 3)}-${c.country}`}>{c.country}</Link> {c.events} events (
                <span class="coop-text">{c.cooperation}</span> / <span class="conf-text">{c.conflict}</span>)
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="recent-heading">
        <h2 id="recent-heading">Recent events</h2>
        <EventTable events={recentEvents} />
      </section>
    </>
  );
}
