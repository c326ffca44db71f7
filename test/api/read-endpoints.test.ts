/**
 * The read endpoints over the sample corpus: happy paths, filters, stable pagination, and 400s that
 * name the bad field.
 */
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiFixture, dialects, sampleFixture } from "./api-fixture.js";

let fixture: ApiFixture;
let app: FastifyInstance;

async function get(url: string) {
  const response = await app.inject({ method: "GET", url });
  return { status: response.statusCode, body: response.json(), headers: response.headers };
}

async function expectBadField(url: string, field: string) {
  const { status, body } = await get(url);
  expect(status, url).toBe(400);
  expect(body.error.field, url).toBe(field);
  expect(body.error.message, url).toContain(`\`${field}\``);
}

describe.each(dialects)("the read endpoints on %s", (dialect) => {
  beforeAll(async () => {
    fixture = await sampleFixture(dialect);
    app = await fixture.server();
  });
  afterAll(async () => fixture.close());

  describe("GET /events", () => {
    it("filters like `parley events` and finds the refused letter", async () => {
      const { status, body } = await get(
        "/events?dyad=USA-PRK&type=REJECT&channel=letter&status=unconfirmed",
      );
      expect(status).toBe(200);
      const letter = body.items.find((e: { date: string }) => e.date.startsWith("2025-06"));
      expect(letter).toMatchObject({
        type: "REJECT",
        channel: "letter",
        status: "unconfirmed",
        sourceCountry: "PRK",
      });
      for (const e of body.items) expect([e.sourceCountry, e.targetCountry].sort()).toEqual(["PRK", "USA"]);
    });

    it("applies actor, date, CAMEO prefix and text filters", async () => {
      const { body } = await get("/events?actor=PRK&since=2018-01-01&until=2018-12-31&limit=500");
      expect(body.items.length).toBeGreaterThan(0);
      for (const e of body.items) {
        expect(e.date >= "2018-01-01" && e.date <= "2018-12-31").toBe(true);
        expect(`${e.sourceCode}${e.targetCode}${e.sourceCountry}${e.targetCountry}`).toContain("PRK");
      }
      const cameo = await get("/events?type=12&limit=500");
      for (const e of cameo.body.items) expect(e.cameo.startsWith("12")).toBe(true);
      const text = await get("/events?text=letter&dyad=USA-PRK");
      expect(text.body.items.length).toBeGreaterThan(0);
    });

    it("pages in a stable order (date, then id) with page.next", async () => {
      const all = (await get("/events?limit=500")).body.items as { id: number; date: string }[];
      const first = await get("/events?limit=5");
      const second = await get("/events?limit=5&offset=5");
      expect(first.body.page).toEqual({ limit: 5, offset: 0, next: 5 });
      expect([...first.body.items, ...second.body.items].map((e: { id: number }) => e.id)).toEqual(
        all.slice(0, 10).map((e) => e.id),
      );
      const sorted = [...all].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.id - y.id));
      expect(all.map((e) => e.id)).toEqual(sorted.map((e) => e.id));
      const last = await get(`/events?limit=5&offset=${all.length - 2}`);
      expect(last.body.items).toHaveLength(2);
      expect(last.body.page.next).toBeNull();
    });

    it("rejects bad parameters with a 400 naming the field", async () => {
      await expectBadField("/events?since=2025-13-01", "since");
      await expectBadField("/events?until=yesterday", "until");
      await expectBadField("/events?status=rumoured", "status");
      await expectBadField("/events?dyad=US-PRK", "dyad");
      await expectBadField("/events?limit=0", "limit");
      await expectBadField("/events?limit=100000", "limit");
      await expectBadField("/events?offset=-1", "offset");
      await expectBadField("/events?channel=pigeon", "channel");
      await expectBadField("/events?type=%3Cscript%3E", "type");
      await expectBadField("/events?colour=red", "colour");
    });
  });

  describe("GET /events/:id", () => {
    it("returns the event with its mentions, offsets, rule and actors' roles that day", async () => {
      const list = await get("/events?dyad=USA-PRK&type=REJECT&channel=letter");
      const id = list.body.items.find((e: { date: string }) => e.date.startsWith("2025-06")).id;
      const { status, body } = await get(`/events/${id}`);
      expect(status).toBe(200);
      expect(body.event.id).toBe(id);
      expect(body.cameoName).toEqual(expect.any(String));
      expect(body.mentions.length).toBeGreaterThan(0);
      for (const m of body.mentions) {
        expect(m.ruleId).toEqual(expect.any(String));
        const trigger = m.sentenceText.slice(
          m.trigger.start - m.sentenceStart,
          m.trigger.end - m.sentenceStart,
        );
        expect(trigger.length).toBeGreaterThan(0);
        expect(m.articleId).toEqual(expect.any(Number));
      }
      const kim = body.actors.find((a: { actorId: string | null }) => a.actorId === "person:kim-jong-un");
      expect(kim?.role?.title).toEqual(expect.any(String));
    });

    it("answers 404 for a missing event and 400 for a bad id", async () => {
      expect((await get("/events/999999")).status).toBe(404);
      await expectBadField("/events/abc", "id");
      await expectBadField("/events/0", "id");
    });
  });

  describe("GET /articles", () => {
    it("lists articles newest first, paged", async () => {
      const first = await get("/articles?limit=3");
      expect(first.status).toBe(200);
      expect(first.body.items).toHaveLength(3);
      expect(first.body.page.next).toBe(3);
      const dates = first.body.items.map((a: { published: string }) => a.published);
      expect([...dates].sort().reverse()).toEqual(dates);
      const second = await get("/articles?limit=3&offset=3");
      expect(second.body.items[0].published <= dates[2]).toBe(true);
      const outlet = first.body.items[0].outlet;
      const byOutlet = await get(`/articles?outlet=${encodeURIComponent(outlet)}&limit=500`);
      for (const a of byOutlet.body.items) expect(a.outlet).toBe(outlet);
      await expectBadField("/articles?since=2025-02-30", "since");
    });

    it("returns one article with its text and coded mentions", async () => {
      const hit = await get("/search?q=refused%20letter");
      const articleId = hit.body.items[0].articleId;
      const { status, body } = await get(`/articles/${articleId}`);
      expect(status).toBe(200);
      expect(body.text.length).toBeGreaterThan(100);
      expect(body.mentions.length).toBeGreaterThan(0);
      for (const m of body.mentions) {
        expect(body.text.slice(m.trigger.start, m.trigger.end)).toBe(
          m.sentenceText.slice(m.trigger.start - m.sentenceStart, m.trigger.end - m.sentenceStart),
        );
      }
      expect((await get("/articles/999999")).status).toBe(404);
      await expectBadField("/articles/x", "id");
    });
  });

  describe("actors, dyads, network", () => {
    it("lists actors, most active first", async () => {
      const { status, body } = await get("/actors?limit=5");
      expect(status).toBe(200);
      const counts = body.items.map((a: { events: number }) => a.events);
      expect([...counts].sort((x, y) => y - x)).toEqual(counts);
      expect(body.page.next).toBe(5);
      await expectBadField("/actors?limit=-3", "limit");
    });

    it("shows an actor's people with roles over time, counterparts and recent events", async () => {
      const { status, body } = await get("/actors/PRK");
      expect(status).toBe(200);
      const kim = body.people.find((p: { id: string }) => p.id === "person:kim-jong-un");
      expect(kim.roles.length).toBeGreaterThan(0);
      expect(kim.recentEvents).toBeGreaterThan(0);
      expect(body.counterparts.map((c: { country: string }) => c.country)).toContain("USA");
      expect(body.recentEvents.length).toBeGreaterThan(0);
      await expectBadField("/actors/%3Cb%3E", "code");
    });

    it("lists the most active dyads with monthly series", async () => {
      const { body } = await get("/dyads?limit=3");
      expect(body.items[0]).toMatchObject({ a: "PRK", b: "USA" });
      expect(body.items[0].series.length).toBeGreaterThan(12);
      expect(body.items[0].series[0]).toEqual(
        expect.objectContaining({
          period: expect.any(String),
          cooperation: expect.any(Number),
          conflict: expect.any(Number),
        }),
      );
      expect(body.page.next).toBe(3);
      await expectBadField("/dyads?since=never", "since");
    });

    it("gives a dyad's series and dialogue state, with the refused letter unconfirmed", async () => {
      const { status, body } = await get("/dyads/USA-PRK?by=month");
      expect(status).toBe(200);
      expect(body.dyad).toEqual(["USA", "PRK"]);
      expect(body.series.length).toBeGreaterThan(0);
      const refused = (e: { type: string; channel: string; date: string }) =>
        e.type === "REJECT" && e.channel === "letter" && e.date.startsWith("2025-06");
      expect(body.dialogue.rejectedOvertures.find(refused)).toMatchObject({ status: "unconfirmed" });
      expect(body.contacts.find(refused)).toMatchObject({ status: "unconfirmed", sourceCountry: "PRK" });
      const channels = body.dialogue.channels.map((c: { channel: string }) => c.channel);
      expect(channels).toEqual(["letter", "call", "meeting", "summit", "envoy", "statement"]);
      for (const e of body.historical) expect(e.historical).toBe(true);
      await expectBadField("/dyads/USA?by=month", "dyad");
      await expectBadField("/dyads/USA-PRK?by=year", "by");
    });

    it("draws the network with weighted edges", async () => {
      const { body } = await get("/network?minEvents=2");
      expect(body.edges[0]).toMatchObject({ a: "PRK", b: "USA" });
      for (const e of body.edges) expect(e.events).toBeGreaterThanOrEqual(2);
      expect(body.nodes.map((n: { id: string }) => n.id)).toContain("USA");
      await expectBadField("/network?minEvents=0", "minEvents");
    });
  });

  describe("search and export", () => {
    it("finds sentences with the events they prove", async () => {
      const { body } = await get("/search?q=letter&limit=2");
      expect(body.items).toHaveLength(2);
      expect(body.items[0].text.toLowerCase()).toContain("letter");
      expect(body.page.next).toBe(2);
      expect(body.items.some((h: { eventIds: number[] }) => h.eventIds.length > 0)).toBe(true);
      const syntax = await get(`/search?q=${encodeURIComponent('" OR NEAR(')}`);
      expect(syntax.status).toBe(200);
      await expectBadField("/search", "q");
    });

    it("exports CSV, GDELT TSV and PLOVER JSON", async () => {
      const count = (await get("/events?limit=500")).body.items.length;
      const csv = await app.inject({ url: "/export?format=csv" });
      expect(csv.statusCode).toBe(200);
      expect(csv.headers["content-type"]).toContain("text/csv");
      expect(csv.body.trim().split("\n")).toHaveLength(count + 1);
      const tsv = await app.inject({ url: "/export?format=gdelt-tsv" });
      expect(tsv.body.trim().split("\n")).toHaveLength(count);
      const plover = await app.inject({ url: "/export?format=plover-json" });
      expect(JSON.parse(plover.body)).toHaveLength(count);
      await expectBadField("/export?format=xlsx", "format");
    });
  });

  describe("documents and headers", () => {
    it("serves the OpenAPI document and the docs page", async () => {
      const { body } = await get("/openapi.json");
      expect(body.openapi).toBe("3.1.0");
      for (const path of [
        "/events",
        "/events/{id}",
        "/articles",
        "/articles/{id}",
        "/actors",
        "/actors/{code}",
        "/dyads",
        "/dyads/{dyad}",
        "/network",
        "/search",
        "/export",
      ])
        expect(Object.keys(body.paths)).toContain(path);
      expect(body.paths["/articles"].post.security).toEqual([{ bearer: [] }]);
      const names = body.paths["/events"].get.parameters.map((p: { name: string }) => p.name);
      expect(names).toEqual(
        expect.arrayContaining([
          "actor",
          "dyad",
          "type",
          "since",
          "until",
          "status",
          "text",
          "limit",
          "offset",
        ]),
      );
      const docs = await app.inject({ url: "/docs" });
      expect(docs.headers["content-type"]).toContain("text/html");
      expect(docs.body).toContain("GET /events");
      expect(docs.body).not.toContain("<script");
    });

    it("sends security headers and no CORS unless configured", async () => {
      const { headers } = await get("/events?limit=1");
      expect(headers["content-security-policy"]).toContain("script-src 'self'");
      expect(headers["content-security-policy"]).not.toContain("unsafe-inline");
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["x-frame-options"]).toBe("DENY");
      const cross = await app.inject({ url: "/events?limit=1", headers: { origin: "https://evil.example" } });
      expect(cross.headers["access-control-allow-origin"]).toBeUndefined();
      const cors = await fixture.server({ corsOrigins: ["https://analyst.example"] });
      const allowed = await cors.inject({
        url: "/events?limit=1",
        headers: { origin: "https://analyst.example" },
      });
      expect(allowed.headers["access-control-allow-origin"]).toBe("https://analyst.example");
      const other = await cors.inject({
        url: "/events?limit=1",
        headers: { origin: "https://evil.example" },
      });
      expect(other.headers["access-control-allow-origin"]).toBeUndefined();
    });

    it("answers unknown routes with 404 JSON and the UI routes with 503 when the UI is not built", async () => {
      const missing = await get("/nope");
      expect(missing.status).toBe(404);
      expect(missing.body.error.code).toBe("E_NOT_FOUND");
      const ui = await app.inject({ url: "/dyad/USA-PRK" });
      expect(ui.statusCode).toBe(503);
    });
  });
});
