/**
 * In a real browser: the overview, the USA–PRK dyad with the 2025 refused letter in the letters lane
 * as unconfirmed, and its event page with the evidence highlighted. Screenshots go to
 * test-artifacts/web/. Skipped when /usr/bin/chromium is missing (CI installs it).
 */
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { artifacts, hasChromium, launchBrowser, type LiveServer, liveServer } from "./browser.js";

describe.skipIf(!hasChromium)("the analyst's path through the UI", () => {
  let server: LiveServer;
  let browser: { context: BrowserContext; close: () => Promise<void> };
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await liveServer();
    browser = await launchBrowser();
    page = await browser.context.newPage();
    page.on("pageerror", (error) => pageErrors.push(String(error)));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("loads the overview with the most active dyads and the latest events", async () => {
    await page.goto(server.url);
    await page.locator('[data-dyad="PRK-USA"]').waitFor();
    expect(await page.locator(".dyad-cards li").count()).toBeGreaterThan(3);
    expect(await page.locator('[data-dyad="PRK-USA"] svg.sparkline rect').count()).toBeGreaterThan(0);
    await page.locator("table.events tbody tr").first().waitFor();
    // "will not discuss giving up its nuclear weapons" is listed, but marked as no act.
    const supposed = page.locator("table.events tbody tr", { hasText: "discuss giving up" });
    expect(await supposed.locator(".tag", { hasText: "hypothetical" }).count()).toBe(1);
    await page.screenshot({ path: join(artifacts, "overview.png"), fullPage: true });
  });

  it("opens the USA–PRK dyad and shows the 2025 refused letter as unconfirmed in the letters lane", async () => {
    await page.getByRole("link", { name: "USA – PRK" }).click();
    await page.waitForURL(/\/dyad\/USA-PRK$/);
    const lane = page.locator('[data-lane="letter"][data-direction="PRK-USA"]');
    const refused = lane.locator(".lane-item", { hasText: "REJECT" }).filter({ hasText: "2025-06" });
    await refused.first().waitFor();
    expect(await refused.first().getAttribute("data-status")).toBe("unconfirmed");
    expect(await refused.first().textContent()).toContain("rejected");
    expect(await page.locator(".timeline canvas").count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="rejected"] li').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(artifacts, "dyad-usa-prk.png"), fullPage: true });
  });

  it("opens the event and sees its evidence highlighted by character offsets", async () => {
    const lane = page.locator('[data-lane="letter"][data-direction="PRK-USA"]');
    await lane
      .locator(".lane-item", { hasText: "REJECT" })
      .filter({ hasText: "2025-06" })
      .first()
      .locator("a")
      .click();
    await page.waitForURL(/\/event\/\d+$/);
    await page.locator('[data-testid="mention"]').first().waitFor();
    const mention = page.locator('[data-testid="mention"]').first();
    const trigger = (await mention.locator("mark.hl-trigger").first().textContent()) ?? "";
    expect(trigger.trim().length).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="mention"] mark.hl-source').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="mention"] mark.hl-target').count()).toBeGreaterThan(0);
    expect(await page.locator(".facts [data-status]").first().getAttribute("data-status")).toBe(
      "unconfirmed",
    );
    expect(await mention.locator('a[href^="/article/"]').count()).toBe(1);
    expect(await mention.locator("code").first().textContent()).toMatch(/\S/);
    await page.screenshot({ path: join(artifacts, "event-refused-letter.png"), fullPage: true });
  });

  it("follows the mention to its article, with the coded mentions annotated", async () => {
    await page.locator('[data-testid="mention"] a[href^="/article/"]').first().click();
    await page.waitForURL(/\/article\/\d+$/);
    await page.locator('[data-testid="article-text"] mark.hl-trigger').first().waitFor();
    await page.screenshot({ path: join(artifacts, "article.png"), fullPage: true });
  });

  it("keeps filters in the URL and shows an empty state", async () => {
    await page.goto(`${server.url}/dyad/USA-PRK?status=denied&type=AID`);
    await page.getByText("No contacts on any channel match these filters.").waitFor();
    expect(await page.locator("select[name=status]").inputValue()).toBe("denied");
    await page.goto(`${server.url}/event/999999`);
    await page.getByRole("alert").waitFor();
  });

  it("renders the actor page, the network and search", async () => {
    await page.goto(`${server.url}/actor/PRK`);
    await page.getByRole("heading", { name: "Roles over time" }).waitFor();
    expect(await page.locator("table.roles tbody tr").count()).toBeGreaterThan(0);
    await page.goto(`${server.url}/graph`);
    await page.locator(".graph canvas").first().waitFor();
    expect(await page.locator("table.edges tbody tr").count()).toBeGreaterThan(3);
    await page.screenshot({ path: join(artifacts, "network.png") });
    await page.goto(server.url);
    await page.locator("#q").fill("letter");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/find\?q=letter/);
    await page.locator(".hits li").first().waitFor();
  });

  it("is keyboard navigable from the skip link", async () => {
    await page.goto(server.url);
    await page.locator('[data-dyad="PRK-USA"]').waitFor();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to content");
    await page.locator('[data-dyad="PRK-USA"] a').focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/dyad\/PRK-USA$/);
    expect(pageErrors).toEqual([]);
  });
});
