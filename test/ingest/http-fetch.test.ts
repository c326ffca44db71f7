/**
 * Feed fetching against a local server on 127.0.0.1: only http and https, a timeout that covers a
 * server that never answers or stalls mid-body, and a response size limit, declared or not.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ParleyError } from "../../src/core/errors.js";
import { fetchBytes } from "../../src/ingest/http-fetch.js";
import { runCliAsync } from "../cli/run-cli-async.js";
import { tempDir } from "./ingest-helpers.js";

let server: Server;
let base: string;
const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>Talks</title><description>North Korea rejected talks with South Korea.</description><pubDate>Thu, 12 Jun 2025 09:00:00 GMT</pubDate></item></channel></rss>`;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === "/feed.xml") {
      res.writeHead(200, { "content-type": "application/rss+xml" });
      res.end(FEED);
    } else if (req.url === "/silent") {
      // Never answers; the client must give up.
    } else if (req.url === "/stall") {
      res.writeHead(200, { "content-type": "text/plain" });
      res.write("North Korea rejected ");
    } else if (req.url === "/big-declared") {
      res.writeHead(200, { "content-type": "text/plain", "content-length": String(2 * 1024 * 1024) });
      res.end("x".repeat(2 * 1024 * 1024));
    } else if (req.url === "/big-streamed") {
      res.writeHead(200, { "content-type": "text/plain" });
      const chunk = "North Korea rejected talks. ".repeat(1000);
      let sent = 0;
      const push = () => {
        while (sent < 100 && res.write(chunk)) sent++;
        if (sent < 100) res.once("drain", push);
        else res.end();
      };
      push();
    } else if (req.url === "/to-file") {
      res.writeHead(302, { location: "file:///etc/passwd" });
      res.end();
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const failure = async (work: Promise<unknown>): Promise<ParleyError> => {
  try {
    await work;
  } catch (error) {
    return error as ParleyError;
  }
  throw new Error("expected a failure");
};

describe("fetchBytes", () => {
  it("reads a feed", async () => {
    const fetched = await fetchBytes(`${base}/feed.xml`, { timeoutMs: 5000, maxBytes: 1e6 });
    expect(Buffer.from(fetched.bytes).toString("utf8")).toBe(FEED);
    expect(fetched.contentType).toContain("rss");
  });

  it("refuses schemes other than http and https", async () => {
    for (const url of [
      "file:///etc/passwd",
      "ftp://127.0.0.1/feed.xml",
      "data:text/plain,hello",
      "javascript:alert(1)",
    ]) {
      const error = await failure(fetchBytes(url, { timeoutMs: 1000, maxBytes: 1000 }));
      expect(error.code).toBe("E_USAGE");
    }
  });

  it("does not follow a redirect to file:", async () => {
    const error = await failure(fetchBytes(`${base}/to-file`, { timeoutMs: 2000, maxBytes: 1000 }));
    expect(error.code).toBe("E_NETWORK");
  });

  it("times out on a server that never answers, and on one that stalls mid-body", async () => {
    for (const path of ["/silent", "/stall"]) {
      const error = await failure(fetchBytes(base + path, { timeoutMs: 300, maxBytes: 1e6 }));
      expect(error.code).toBe("E_NETWORK");
      expect(error.message).toMatch(/within 300 ms/);
    }
  });

  it("stops at the size limit, declared or streamed", async () => {
    for (const path of ["/big-declared", "/big-streamed"]) {
      const error = await failure(fetchBytes(base + path, { timeoutMs: 5000, maxBytes: 1024 * 1024 }));
      expect(error.code).toBe("E_INPUT_TOO_LARGE");
      expect(error.message).toMatch(/1 MiB|1\.0 MiB|1048576/);
    }
  });
});

describe("parley ingest fetch options", () => {
  const tmp = tempDir("parley-fetch-");
  afterAll(() => tmp.remove());

  it("ingests a local feed and reports a timeout and an oversized response per URL", async () => {
    const db = join(tmp.dir, "f.db");
    const r = await runCliAsync([
      "ingest",
      `${base}/feed.xml`,
      `${base}/silent`,
      `${base}/big-streamed`,
      "--db",
      db,
      "--date",
      "2025-06-12",
      "--fetch-timeout",
      "500",
      "--max-response-bytes",
      "100k",
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/1 new/);
    expect(r.stderr).toMatch(/silent: no complete answer within 500 ms/);
    expect(r.stderr).toMatch(/big-streamed: the response is over/);
  });

  it("refuses a file: URL and a bad limit", async () => {
    const db = join(tmp.dir, "g.db");
    const fileUrl = await runCliAsync(["ingest", "file:///etc/passwd", "--db", db]);
    expect(fileUrl.code).not.toBe(0);
    expect(fileUrl.stderr).toMatch(/only http and https/);
    const bad = await runCliAsync(["ingest", `${base}/feed.xml`, "--db", db, "--fetch-timeout", "soon"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--fetch-timeout/);
  });
});
