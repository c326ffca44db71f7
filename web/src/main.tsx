/**
 * The Parley web UI: a header with navigation and search, and the page the URL names.
 *
 * @example
 * // index.html loads this module; the server answers every UI route with index.html.
 */
import { render } from "preact";
import { ActorPage } from "./pages/actor-page.js";
import { ArticlePage } from "./pages/article-page.js";
import { DyadPage } from "./pages/dyad-page.js";
import { EventPage } from "./pages/event-page.js";
import { FindPage } from "./pages/find-page.js";
import { NetworkPage } from "./pages/network-page.js";
import { OverviewPage } from "./pages/overview-page.js";
import { Link, type Location, navigate, useLocation } from "./router.js";
import "./styles.css";

function Page(props: { readonly location: Location }) {
  const { path, query } = props.location;
  const [, section = "", rest = ""] = path.split("/").map(decodeURIComponent);
  if (path === "/") return <OverviewPage query={query} />;
  if (section === "dyad" && rest) return <DyadPage key={rest} dyad={rest} query={query} />;
  if (section === "event" && rest) return <EventPage key={rest} id={rest} />;
  if (section === "article" && rest) return <ArticlePage key={rest} id={rest} />;
  if (section === "actor" && rest) return <ActorPage key={rest} code={rest} />;
  if (section === "graph") return <NetworkPage query={query} />;
  if (section === "find") return <FindPage query={query} />;
  return (
    <div class="error" role="alert">
      <strong>Not found.</strong> There is no page at this address. <Link href="/">Back to the overview</Link>
      .
    </div>
  );
}

function App() {
  const location = useLocation();
  return (
    <>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="top">
        <Link href="/" class="brand">
          Parley
        </Link>
        <nav aria-label="Main">
          <Link href="/">Overview</Link>
          <Link href="/dyad/USA-PRK">USA – PRK</Link>
          <Link href="/graph">Network</Link>
          <a href="/docs">API</a>
        </nav>
        <form
          class="search"
          aria-label="Search"
          onSubmit={(event) => {
            event.preventDefault();
            const q = String(new FormData(event.currentTarget).get("q") ?? "").trim();
            if (q) navigate(`/find?q=${encodeURIComponent(q)}`);
          }}
        >
          <label for="q" class="visually-hidden">
            Search sentences
          </label>
          <input
            id="q"
            name="q"
            type="search"
            placeholder="Search sentences…"
            value={location.query.get("q") ?? ""}
          />
          <button type="submit">Search</button>
        </form>
      </header>
      <main id="main" tabIndex={-1}>
        <Page location={location} />
      </main>
    </>
  );
}

const root = document.getElementById("app");
if (root) render(<App />, root);
