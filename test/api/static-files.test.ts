/** The built UI is served from its folder only: assets, index.html for UI routes, nothing outside. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiFixture, sampleFixture } from "./api-fixture.js";

describe("the web UI files", () => {
  let fixture: ApiFixture;
  let app: FastifyInstance;
  const webRoot = mkdtempSync(join(tmpdir(), "parley-webroot-"));

  beforeAll(async () => {
    mkdirSync(join(webRoot, "assets"));
    writeFileSync(join(webRoot, "index.html"), "<!doctype html><title>Parley</title>");
    writeFileSync(join(webRoot, "assets", "app-1234.js"), "export {};");
    writeFileSync(join(webRoot, "secret.txt"), "not an asset");
    fixture = await sampleFixture();
    app = await fixture.server({ webRoot });
  });
  afterAll(async () => {
    await fixture.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it("answers the UI's routes with index.html and the CSP", async () => {
    for (const url of ["/", "/dyad/USA-PRK", "/event/3", "/article/2", "/actor/PRK", "/graph", "/find?q=x"]) {
      const response = await app.inject({ url });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers["content-type"]).toContain("text/html");
      expect(response.body).toContain("<title>Parley</title>");
      expect(response.headers["content-security-policy"]).toContain("script-src 'self'");
    }
  });

  it("serves hashed assets with their type and never a file outside assets/", async () => {
    const asset = await app.inject({ url: "/assets/app-1234.js" });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers["content-type"]).toContain("text/javascript");
    for (const url of [
      "/assets/../secret.txt",
      "/assets/..%2Fsecret.txt",
      "/assets/%2e%2e/%2e%2e/package.json",
      "/assets/missing.js",
      "/secret.txt",
    ]) {
      const response = await app.inject({ url });
      expect(response.statusCode, url).toBe(404);
      expect(response.body).not.toContain("not an asset");
    }
  });
});
