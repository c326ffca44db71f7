/**
 * Article routes: the list (newest first), one article with its text and coded mentions, and
 * POST /articles, which codes and stores text or HTML through the ingest code.
 *
 * @example
 * GET /articles?outlet=Harbor%20Times
 * POST /articles  {"text": "…", "date": "2025-06-12", "outlet": "Harbor Times"}
 */
import { ParleyError } from "../core/errors.js";
import type { ArticleInput } from "../core/types.js";
import { articleFromJson } from "../ingest/article-from-json.js";
import { prepareArticle } from "../ingest/ingest-run.js";
import { type ApiServices, defineRoute, pageOf } from "./api-route.js";
import { articleBody, articleRawQuery, articlesQuery, idParams, parseParams } from "./api-params.js";

const SOURCE = "POST /articles";

/** The article a request carries: a JSON record, or a raw text/HTML body with metadata in the query. */
function articleOfRequest(body: unknown, contentType: string, query: unknown): ArticleInput {
  if (contentType.startsWith("application/json")) {
    const record = parseParams(articleBody, body, "body");
    if (record.text === undefined && record.html === undefined) {
      throw new ParleyError("E_USAGE", "body parameter `text`: required (or `html`)", { field: "text" });
    }
    return articleFromJson(record, SOURCE, { defaultId: "api" });
  }
  const meta = parseParams(articleRawQuery, query, "query");
  const raw = typeof body === "string" ? body : "";
  const field = contentType.startsWith("text/html") ? "html" : "text";
  if (raw.trim() === "")
    throw new ParleyError("E_USAGE", "body: the request body is empty", { field: "body" });
  return articleFromJson({ ...meta, [field]: raw }, SOURCE, { defaultId: "api" });
}

async function ingestOne(services: ApiServices, article: ArticleInput) {
  const { store } = services;
  const prepared = prepareArticle(article, SOURCE, { defaultDate: services.today() });
  const known = await store.classify(prepared);
  const coding = services.coding();
  const needsCoding =
    known.kind === "new" ||
    (known.kind === "known" && !known.isCopy && known.dictionaryVersion !== coding.dictionaryVersion);
  const coded = needsCoding
    ? await coding.code({ ...article, date: prepared.meta.published, outlet: prepared.meta.outlet })
    : undefined;
  return store.saveArticle(coded ? { ...prepared, coded } : prepared);
}

/** The article routes. @example articleRoutes.map((r) => `${r.method} ${r.url}`) */
export const articleRoutes = [
  defineRoute({
    method: "GET",
    url: "/articles",
    summary: "Stored articles, newest first (published date, then id), with their count of mentions",
    tag: "articles",
    query: articlesQuery,
    handler: async ({ queries }, { query }) => {
      const { limit, offset } = query;
      return pageOf(await queries.articles({ ...query, limit: limit + 1 }), limit, offset);
    },
  }),
  defineRoute({
    method: "GET",
    url: "/articles/:id",
    summary: "One article: metadata, text, its story and every coded mention with character offsets",
    tag: "articles",
    params: idParams,
    handler: async ({ store, queries }, { params }) => {
      const article = await store.article(params.id);
      if (!article) throw new ParleyError("E_NOT_FOUND", `article ${params.id} not found`);
      const [text, mentions, story] = await Promise.all([
        queries.articleText(article.id),
        queries.articleMentions(article.id),
        store.story(article.storyId),
      ]);
      const copies = await store.articlesOfStory(article.storyId);
      return {
        article,
        text: text ?? "",
        story: story
          ? {
              ...story,
              articles: copies.map((a) => ({ id: a.id, title: a.title, outlet: a.outlet, isCopy: a.isCopy })),
            }
          : null,
        mentions: mentions.flatMap((m) =>
          m.event.mentions.map((evidence) => ({
            mentionId: m.id,
            eventId: m.eventId,
            type: m.event.event,
            cameo: m.event.cameo,
            cameoName: m.event.cameoName,
            date: m.event.date,
            historical: m.event.historical,
            ...evidence,
          })),
        ),
      };
    },
  }),
  defineRoute({
    method: "POST",
    url: "/articles",
    summary:
      "Code and store one article: JSON {text|html, id?, title?, outlet?, url?, date?}, or a text/plain or text/html body with metadata in the query",
    tag: "articles",
    body: articleBody,
    rawBodyTypes: ["text/plain", "text/html"],
    write: true,
    handler: async (services, { body, contentType, query, reply }) => {
      const outcome = await ingestOne(services, articleOfRequest(body, contentType, query));
      reply.code(outcome.kind === "unchanged" ? 200 : 201);
      return outcome;
    },
  }),
];
