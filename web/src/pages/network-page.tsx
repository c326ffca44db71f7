/**
 * Network view: countries as nodes, dyads as edges weighted by their events and coloured by
 * cooperation (green) or conflict (red), drawn by cytoscape. Selecting a node opens the actor; a
 * table lists the same edges for keyboard and screen-reader users.
 *
 * @example
 * <NetworkPage query={query} />
 */
import cytoscape from "cytoscape";
import { useEffect, useRef } from "preact/hooks";
import type { Network } from "../api-client.js";
import { Empty, ErrorView, Loading } from "../components/common.js";
import { FiltersBar, filterParams } from "../components/filters-bar.js";
import { Link, navigate } from "../router.js";
import { useApi } from "../use-api.js";

function Graph(props: { readonly network: Network }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!host.current) return;
    const maxEdge = Math.max(1, ...props.network.edges.map((e) => e.events));
    const maxNode = Math.max(1, ...props.network.nodes.map((n) => n.events));
    const graph = cytoscape({
      container: host.current,
      elements: [
        ...props.network.nodes.map((n) => ({
          data: { id: n.id, label: n.id, size: 20 + (n.events / maxNode) * 40 },
        })),
        ...props.network.edges.map((e) => ({
          data: {
            id: `${e.a}-${e.b}`,
            source: e.a,
            target: e.b,
            width: 1 + (e.events / maxEdge) * 11,
            color: e.cooperation >= e.conflict ? "#2b8a3e" : "#c92a2a",
          },
        })),
      ],
      style: [
        {
          selector: "node",
          style: {
            label: "data(label)",
            width: "data(size)",
            height: "data(size)",
            "background-color": "#495057",
            color: "#212529",
            "font-size": 12,
          },
        },
        {
          selector: "edge",
          style: {
            width: "data(width)",
            "line-color": "data(color)",
            opacity: 0.75,
            "curve-style": "bezier",
          },
        },
      ],
      layout: { name: "cose", animate: false, randomize: false },
    });
    graph.on("tap", "node", (event) => navigate(`/actor/${event.target.id()}`));
    graph.on("tap", "edge", (event) => navigate(`/dyad/${event.target.id()}`));
    return () => graph.destroy();
  }, [props.network]);
  return (
    <div
      ref={host}
      class="graph"
      role="img"
      aria-label="Network of countries; the table below lists the same links"
    />
  );
}

/** The network page. @example <NetworkPage query={query} /> */
export function NetworkPage(props: { readonly query: URLSearchParams }) {
  const window = filterParams(props.query, ["since", "until"]);
  const state = useApi<Network>(`/network${window ? `?${window}` : ""}`);
  return (
    <>
      <h1>Network</h1>
      <FiltersBar path="/graph" query={props.query} keys={["since", "until"]} />
      {state.status === "loading" ? <Loading /> : null}
      {state.status === "error" ? <ErrorView message={state.message} code={state.code} /> : null}
      {state.status === "ready" && state.data.edges.length === 0 ? (
        <Empty>No links between countries in this period.</Empty>
      ) : null}
      {state.status === "ready" && state.data.edges.length > 0 ? (
        <>
          <Graph network={state.data} />
          <table class="edges">
            <caption>Links, most active first</caption>
            <thead>
              <tr>
                <th scope="col">Dyad</th>
                <th scope="col">Events</th>
                <th scope="col">Cooperation</th>
                <th scope="col">Conflict</th>
              </tr>
            </thead>
            <tbody>
              {state.data.edges.map((e) => (
                <tr key={`${e.a}-${e.b}`}>
                  <td>
                    <Link href={`/dyad/${e.a}-${e.b}`}>
                      {e.a} – {e.b}
                    </Link>
                  </td>
                  <td>{e.events}</td>
                  <td class="coop-text">{e.cooperation}</td>
                  <td class="conf-text">{e.conflict}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </>
  );
}
