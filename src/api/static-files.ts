/**
 * Serves the built web UI (web/dist): hashed assets under /assets, and index.html for the UI's own
 * routes so that shared links open the right view. Paths never leave the web root.
 *
 * @example
 * registerStaticFiles(app, "/srv/parley/web/dist");
 */
import { readFile, stat } from "node:fs/promises";
import { extname, join, resolve, sep } from "node:path";
import type { FastifyInstance } from "fastify";

const TYPES: Readonly<Record<string, string>> = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".json": "application/json; charset=utf-8",
  ".woff2": "font/woff2",
  ".map": "application/json; charset=utf-8",
};

/** The UI's routes, answered with index.html. @example UI_ROUTES.includes("/dyad/*") */
export const UI_ROUTES: readonly string[] = [
  "/",
  "/dyad/*",
  "/event/*",
  "/article/*",
  "/actor/*",
  "/graph",
  "/find",
];

async function fileIn(root: string, relative: string): Promise<string | null> {
  const path = resolve(root, relative);
  if (!path.startsWith(root + sep)) return null;
  const info = await stat(path).catch(() => null);
  return info?.isFile() ? path : null;
}

/**
 * Registers the asset and UI routes; without a built UI, the UI routes explain how to build it.
 * @example registerStaticFiles(app, resolve("web/dist"))
 */
export function registerStaticFiles(app: FastifyInstance, webRoot: string | null): void {
  const root = webRoot ? resolve(webRoot) : null;
  app.get("/assets/*", async (request, reply) => {
    const rest = (request.params as { "*": string })["*"];
    const path = root ? await fileIn(join(root, "assets"), rest) : null;
    if (!path) return reply.code(404).send({ error: { code: "E_NOT_FOUND", message: "no such asset" } });
    // Vite names assets by content hash, so they never change.
    return reply
      .type(TYPES[extname(path)] ?? "application/octet-stream")
      .header("cache-control", "public, max-age=31536000, immutable")
      .send(await readFile(path));
  });
  for (const route of UI_ROUTES) {
    app.get(route, async (_request, reply) => {
      const index = root ? await fileIn(root, "index.html") : null;
      if (!index) {
        return reply
          .code(503)
          .type("text/plain; charset=utf-8")
          .send("The web UI is not built. Run `npm run build:web` (or `npm start`). The API is at /docs.\n");
      }
      return reply
        .type("text/html; charset=utf-8")
        .header("cache-control", "no-cache")
        .send(await readFile(index));
    });
  }
}
