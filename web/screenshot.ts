/**
 * Takes the README screenshot with Debian's Chromium: `npx tsx web/screenshot.ts [url] [out.png]`
 * against a running `npm start` (default http://127.0.0.1:8080/dyad/USA-PRK → docs/screenshot.png).
 *
 * @example
 * npx tsx web/screenshot.ts http://127.0.0.1:8080/dyad/USA-PRK docs/screenshot.png
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

const url = process.argv[2] ?? "http://127.0.0.1:8080/dyad/USA-PRK";
const out = process.argv[3] ?? "docs/screenshot.png";
const profile = mkdtempSync(join(tmpdir(), "parley-shot-"));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: "/usr/bin/chromium",
  headless: true,
  viewport: { width: 1280, height: 1000 },
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});
try {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForLoadState("networkidle");
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
