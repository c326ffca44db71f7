/**
 * POST /articles: the bearer token (none configured → 403; missing or wrong → 401), JSON and raw
 * bodies through the ingest code, idempotence, validation and the body size limit; and failures that
 * never leak a stack trace.
 */
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApiServer } from "../../src/api/api-server.js";
import type { Store } from "../../src/store/store.js";
import { type ApiFixture, sampleFixture } from "./api-fixture.js";

let fixture: ApiFixture;
let app: FastifyInstance;
const auth = { authorization: "Bearer test-token" };
const article = {
  title: "Seoul and Tokyo agree to talks",
  outlet: "Test Wire",
  date: "2026-02-03",
  text: "South Korea and Japan agreed on Tuesday to hold talks on export controls, officials in Seoul said.",
};

beforeAll(async () => {
  fixture = await sampleFixture();
  app = await fixture.server();
});
afterAll(async () => fixture.close());

describe("auth on writes", () => {
  it("refuses writes with 403 when the server has no token", async () => {
    const open = await fixture.server({ token: null });
    const response = await open.inject({ method: "POST", url: "/articles", payload: article, headers: auth });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.message).toContain("PARLEY_TOKEN");
  });

  it("answers 401 without a bearer token or with a wrong one", async () => {
    const none = await app.inject({ method: "POST", url: "/articles", payload: article });
    expect(none.statusCode).toBe(401);
    expect(none.headers["www-authenticate"]).toContain("Bearer");
    const wrong = await app.inject({
      method: "POST",
      url: "/articles",
      payload: article,
      headers: { authorization: "Bearer nope" },
    });
    expect(wrong.statusCode).toBe(401);
    const basic = await app.inject({
      method: "POST",
      url: "/articles",
      payload: article,
      headers: { authorization: "Basic dGVzdC10b2tlbg==" },
    });
    expect(basic.statusCode).toBe(401);
  });
});

describe("POST /articles", () => {
  it("codes and stores a JSON article, then finds it", async () => {
    const before = await fixture.services.store.counts();
    const response = await app.inject({ method: "POST", url: "/articles", payload: article, headers: auth });
    expect(response.statusCode).toBe(201);
    const outcome = response.json();
    expect(outcome).toMatchObject({ kind: "stored", articleId: expect.any(Number) });
    expect((await fixture.services.store.counts()).articles).toBe(before.articles + 1);
    const stored = await app.inject({ url: `/articles/${outcome.articleId}` });
    expect(stored.json()).toMatchObject({
      article: { title: article.title, outlet: "Test Wire" },
      text: article.text,
    });
    const again = await app.inject({ method: "POST", url: "/articles", payload: article, headers: auth });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ kind: "unchanged", articleId: outcome.articleId });
  });

  it("takes raw text and HTML bodies with metadata in the query", async () => {
    const text = await app.inject({
      method: "POST",
      url: "/articles?date=2026-02-04&outlet=Raw%20Wire",
      payload: "India and Pakistan held talks on Wednesday in Geneva, officials said.",
      headers: { ...auth, "content-type": "text/plain" },
    });
    expect(text.statusCode).toBe(201);
    const html = await app.inject({
      method: "POST",
      url: "/articles?date=2026-02-05",
      payload:
        "<html><head><title>Talks</title></head><body><article><p>China and the Philippines traded accusations on Thursday over a collision near a disputed shoal.</p><script>alert(1)</script></article></body></html>",
      headers: { ...auth, "content-type": "text/html" },
    });
    expect(html.statusCode).toBe(201);
    const stored = await app.inject({ url: `/articles/${html.json().articleId}` });
    expect(stored.json().text).not.toContain("alert(1)");
  });

  it("rejects bad bodies with a 400 naming the field", async () => {
    const post = (payload: unknown) =>
      app.inject({ method: "POST", url: "/articles", payload: payload as object, headers: auth });
    const noText = await post({ title: "x" });
    expect(noText.statusCode).toBe(400);
    expect(noText.json().error.field).toBe("text");
    const badDate = await post({ ...article, date: "2026-02-30" });
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json().error.field).toBe("date");
    const extra = await post({ ...article, script: "x" });
    expect(extra.statusCode).toBe(400);
    expect(extra.json().error.field).toBe("script");
    const empty = await post({ text: "   " });
    expect(empty.statusCode).toBe(400);
    const broken = await app.inject({
      method: "POST",
      url: "/articles",
      payload: "{not json",
      headers: { ...auth, "content-type": "application/json" },
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.body).not.toMatch(/\n\s+at /);
  });

  it("limits the body size", async () => {
    const small = await fixture.server({ bodyLimit: 1024 });
    const response = await small.inject({
      method: "POST",
      url: "/articles",
      payload: { text: "Talks. ".repeat(500) },
      headers: auth,
    });
    expect(response.statusCode).toBe(413);
  });
});

describe("failures", () => {
  it("answers 500 without a stack trace or internal detail", async () => {
    const failing = {
      ...fixture.services.store,
      events: async () => {
        throw new Error("SQLITE_CORRUPT at /secret/path/parley.db");
      },
    } as Store;
    const broken = await buildApiServer(
      { ...fixture.services, store: failing },
      { token: null, webRoot: null },
    );
    const response = await broken.inject({ url: "/events" });
    expect(response.statusCode).toBe(500);
    expect(response.body).not.toContain("/secret/path");
    expect(response.body).not.toMatch(/\n\s+at /);
    expect(response.json().error.code).toBe("E_INTERNAL");
    await broken.close();
  });
});
