/**
 * Search results: sentences matching the words, newest articles first, each linking to its
 * article and to the events it is evidence of.
 *
 * @example
 * <FindPage query={new URLSearchParams("q=letter")} />
 */
import type { Page, SentenceHit } from "../api-client.js";
import { Empty, ErrorView, Loading } from "../components/common.js";
import { Link, withQuery } from "../router.js";
import { useApi } from "../use-api.js";

/** The search page. @example <FindPage query={query} /> */
export function FindPage(props: { readonly query: URLSearchParams }) {
  const q = props.query.get("q")?.trim() ?? "";
  const offset = Number(props.query.get("offset") ?? "0") || 0;
  const state = useApi<Page<SentenceHit>>(
    q ? `/search?q=${encodeURIComponent(q)}&limit=25&offset=${offset}` : null,
  );
  if (!q) return <Empty>Type words in the search box to find sentences.</Empty>;
  return (
    <>
      <h1>Sentences matching “{q}”</h1>
      {state.status === "loading" ? <Loading /> : null}
      {state.status === "error" ? <ErrorView message={state.message} code={state.code} /> : null}
      {state.status === "ready" && state.data.items.length === 0 ? <Empty>No sentence matches.</Empty> : null}
      {state.status === "ready" ? (
        <>
          <ol class="hits">
            {state.data.items.map((h) => (
              <li key={h.sentenceId}>
                <blockquote class="sentence">{h.text}</blockquote>
                <p class="muted">
                  <Link href={`/article/${h.articleId}`}>{h.title ?? `article ${h.articleId}`}</Link> ·{" "}
                  {h.outlet ?? "no outlet"} · {h.published}
                  {h.eventIds.map((id) => (
                    <span key={id}>
                      {" "}
                      · <Link href={`/event/${id}`}>event {id}</Link>
                    </span>
                  ))}
                </p>
              </li>
            ))}
          </ol>
          <nav class="pager" aria-label="Pages">
            {offset > 0 ? (
              <Link href={withQuery("/find", props.query, { offset: String(Math.max(0, offset - 25)) })}>
                Previous
              </Link>
            ) : null}
            {state.data.page.next !== null ? (
              <Link href={withQuery("/find", props.query, { offset: String(state.data.page.next) })}>
                Next
              </Link>
            ) : null}
          </nav>
        </>
      ) : null}
    </>
  );
}
