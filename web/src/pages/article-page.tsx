/**
 * Article page: the stored text with every coded mention annotated (source, target, trigger), and
 * the list of mentions with their events and rules. The text is shown as text, never as HTML.
 *
 * @example
 * <ArticlePage id="48" />
 */
import type { ArticleDetail } from "../api-client.js";
import { Empty, ErrorView, Loading, StatusBadge } from "../components/common.js";
import { HighlightedText, type MarkedSpan } from "../components/highlighted-text.js";
import { Link } from "../router.js";
import { useApi } from "../use-api.js";

/** The article page. @example <ArticlePage id="3" /> */
export function ArticlePage(props: { readonly id: string }) {
  const state = useApi<ArticleDetail>(`/articles/${encodeURIComponent(props.id)}`);
  if (state.status === "loading") return <Loading />;
  if (state.status === "error") return <ErrorView message={state.message} code={state.code} />;
  const { article, text, mentions, story } = state.data;
  const spans: MarkedSpan[] = mentions.flatMap((m) => {
    const title = `${m.type ?? m.cameo} (rule ${m.ruleId})`;
    return [
      ...m.source.map((s) => ({ ...s, kind: "source" as const, title })),
      ...m.target.map((s) => ({ ...s, kind: "target" as const, title })),
      { ...m.trigger, kind: "trigger" as const, title },
    ];
  });
  const primary = story && story.primaryArticleId !== article.id ? story.primaryArticleId : null;
  return (
    <article class="article" data-article-id={article.id}>
      <h1>{article.title ?? article.docId}</h1>
      <p class="muted">
        {article.outlet ?? "no outlet"} · {article.published}
        {article.url ? (
          <>
            {" "}
            · <span class="url">{article.url}</span>
          </>
        ) : null}
        {story ? ` · story ${story.id}, ${story.reports} report(s)` : ""}
      </p>
      {primary ? (
        <p class="note">
          A near-duplicate copy: its events are coded from{" "}
          <Link href={`/article/${primary}`}>the original report</Link>.
        </p>
      ) : null}
      <p class="legend">
        <mark class="hl hl-source">source</mark> <mark class="hl hl-target">target</mark>{" "}
        <mark class="hl hl-trigger">trigger</mark>
      </p>
      <div class="article-text" data-testid="article-text">
        <HighlightedText text={text} offset={0} spans={spans} />
      </div>
      <h2>Coded mentions</h2>
      {mentions.length === 0 ? (
        <Empty>No events were coded from this article.</Empty>
      ) : (
        <ol class="mentions">
          {mentions.map((m) => (
            <li key={`${m.mentionId}-${m.sentence}`}>
              <Link href={`/event/${m.eventId}`}>
                {m.date} {m.type ?? "—"} (CAMEO {m.cameo} {m.cameoName})
              </Link>{" "}
              <StatusBadge status={m.status} />
              {m.historical ? <span class="tag">historical</span> : null} · rule <code>{m.ruleId}</code>
              <blockquote class="sentence">{m.sentenceText}</blockquote>
            </li>
          ))}
        </ol>
      )}
    </article>
  );
}
