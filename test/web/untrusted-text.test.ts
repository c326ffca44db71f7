/**
 * Untrusted news text is shown as text everywhere: an article carrying <script>, <img onerror> and
 * javascript: links is posted through the API, then opened on every page that shows article text;
 * nothing executes, no element is created from it, and no link points at it.
 */
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { artifacts, hasChromium, launchBrowser, type LiveServer, liveServer } from "./browser.js";

const HOSTILE =
  "North Korea rejected an offer of talks from South Korea on Monday, state media said. " +
  '<script>window.__pwned = "script"; alert(1)</script> ' +
  "South Korea said the offer of talks still stood <img src=x onerror=\"window.__pwned='img'\">. " +
  "Seoul urged Pyongyang to read <a href=\"javascript:window.__pwned='link'\">the statement</a> " +
  "at javascript:window.__pwned='bare' before Friday.";

describe.skipIf(!hasChromium)("untrusted article text", () => {
  let server: LiveServer;
  let browser: { context: BrowserContext; close: () => Promise<void> };
  let page: Page;
  let articleId: number;
  let eventIds: number[];
  const dialogs: string[] = [];

  beforeAll(async () => {
    server = await liveServer();
    const response = await fetch(`${server.url}/articles`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: "Bearer test-token" },
      body: JSON.stringify({
        title: "<b>Hostile</b> <script>alert(2)</script>",
        outlet: "<i>Wire</i>",
        date: "2026-03-20",
        text: HOSTILE,
      }),
    });
    expect(response.status).toBe(201);
    articleId = ((await response.json()) as { articleId: number }).articleId;
    const detail = (await (await fetch(`${server.url}/articles/${articleId}`)).json()) as {
      mentions: { eventId: number }[];
    };
    eventIds = [...new Set(detail.mentions.map((m) => m.eventId))];
    browser = await launchBrowser();
    page = await browser.context.newPage();
    page.on("dialog", async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function expectInert(url: string) {
    await page.goto(`${server.url}${url}`);
    await page.locator("main h1, main .empty, main [role=alert]").first().waitFor();
    await page.waitForLoadState("networkidle");
    const found = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: string }).__pwned ?? null,
      elements: document.querySelectorAll("#app script, #app img, #app iframe, #app object, #app b, #app i")
        .length,
      links: [...document.querySelectorAll("a[href]")]
        .map((a) => a.getAttribute("href") ?? "")
        .filter((href) => /^\s*javascript:/i.test(href) || href.includes("pwned")),
      text: document.querySelector("#app")?.textContent ?? "",
    }));
    expect(found.pwned, url).toBeNull();
    expect(found.elements, url).toBe(0);
    expect(found.links, url).toEqual([]);
    expect(dialogs, url).toEqual([]);
    return found.text;
  }

  it("shows the article's text, title and outlet as text", async () => {
    const text = await expectInert(`/article/${articleId}`);
    expect(text).toContain("<script>window.__pwned");
    expect(text).toContain("<img src=x onerror=");
    expect(text).toContain("javascript:window.__pwned='bare'");
    expect(text).toContain("<b>Hostile</b>");
    await page.screenshot({ path: join(artifacts, "untrusted-article.png"), fullPage: true });
  });

  it("shows it as text on its event pages, in search, the overview and the dyad page", async () => {
    expect(eventIds.length).toBeGreaterThan(0);
    for (const id of eventIds) await expectInert(`/event/${id}`);
    const found = await expectInert(`/find?q=${encodeURIComponent("offer talks")}`);
    expect(found).toContain("Hostile");
    await expectInert("/?since=2026-03-01");
    await expectInert("/dyad/KOR-PRK");
    await expectInert(`/find?q=${encodeURIComponent("<script>alert(3)</script>")}`);
  });
});
