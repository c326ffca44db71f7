/** Debian's Chromium through playwright-core (never a downloaded browser), the built UI, and a live server. */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium } from "playwright-core";
import { build } from "vite";
import { type ApiFixture, repoRoot, sampleFixture } from "../api/api-fixture.js";

/** The system browser the tests drive. */
export const CHROMIUM = "/usr/bin/chromium";
/** True when the browser tests can run. */
export const hasChromium = existsSync(CHROMIUM);
/** Where screenshots go (gitignored). */
export const artifacts = join(repoRoot, "test-artifacts", "web");

/** A headless Chromium with a fresh profile. */
export async function launchBrowser(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), "parley-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
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
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The sample store served with a freshly built UI on a free port. */
export interface LiveServer {
  readonly url: string;
  readonly fixture: ApiFixture;
  close(): Promise<void>;
}

/** Builds the UI into a temp folder and serves it with the sample corpus. */
export async function liveServer(): Promise<LiveServer> {
  const outDir = mkdtempSync(join(tmpdir(), "parley-web-"));
  await build({
    configFile: join(repoRoot, "web", "vite.config.ts"),
    logLevel: "error",
    build: { outDir, emptyOutDir: true },
  });
  mkdirSync(artifacts, { recursive: true });
  const fixture = await sampleFixture();
  const app = await fixture.server({ webRoot: outDir });
  const url = await app.listen({ host: "127.0.0.1", port: 0 });
  return {
    url,
    fixture,
    close: async () => {
      await fixture.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
