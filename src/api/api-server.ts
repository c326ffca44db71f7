/**
 * The HTTP server: Fastify with the API routes, the OpenAPI document and docs page, the built UI,
 * bearer-token auth on writes, security headers, body and time limits, and CORS only for configured
 * origins. This layer alone turns errors into HTTP statuses; responses never carry stack traces.
 *
 * @example
 * const app = await buildApiServer(services, { token: process.env.PARLEY_TOKEN ?? null, webRoot: "web/dist" });
 * await app.listen({ host: "127.0.0.1", port: 8080 });
 */
import { timingSafeEqual } from "node:crypto";
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";
import { type ErrorCode, isParleyError, ParleyError } from "../core/errors.js";
import { parseParams } from "./api-params.js";
import type { ApiRoute, ApiServices } from "./api-route.js";
import { articleRoutes } from "./article-routes.js";
import { docsPage } from "./docs-page.js";
import { eventRoutes } from "./event-routes.js";
import { openApiDocument } from "./openapi-document.js";
import { relationRoutes } from "./relation-routes.js";
import { registerStaticFiles } from "./static-files.js";

/** Every API route. @example apiRoutes.filter((r) => r.write) */
export const apiRoutes: readonly ApiRoute[] = [...eventRoutes, ...articleRoutes, ...relationRoutes];

/** Server settings. @example { token: null, webRoot: "web/dist", corsOrigins: [] } */
export interface ApiServerConfig {
  /** Bearer token for writes; null refuses every write. There is no default. */
  readonly token: string | null;
  /** The built UI, or null to serve the API only. */
  readonly webRoot: string | null;
  /** Origins allowed by CORS; empty means no CORS headers at all. */
  readonly corsOrigins?: readonly string[];
  /** Largest request body in bytes (an article is at most 5 MiB of text). */
  readonly bodyLimit?: number;
  /** Milliseconds a request may take before the server gives up on it. */
  readonly requestTimeoutMs?: number;
  /** Log requests (to stdout, as JSON lines). */
  readonly logger?: boolean;
}

const STATUS: Partial<Record<ErrorCode, number>> = {
  E_USAGE: 400,
  E_DATE: 400,
  E_INPUT_EMPTY: 400,
  E_INPUT_FORMAT: 400,
  E_INPUT_ENCODING: 400,
  E_INPUT_BINARY: 400,
  E_INPUT_TOO_LARGE: 413,
  E_LIMIT: 413,
  E_NOT_FOUND: 404,
  E_AUTH: 401,
};

/** The CSP: scripts and styles only from this origin, no inline script, no framing, no plugins. */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "content-security-policy": CSP,
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "no-referrer",
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-resource-policy": "same-origin",
  "permissions-policy": "camera=(), microphone=(), geolocation=()",
};

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function checkWrite(request: FastifyRequest, token: string | null): void {
  if (token === null) {
    throw new ParleyError("E_AUTH", "writes are disabled: the server has no token (set PARLEY_TOKEN)", {
      status: 403,
    });
  }
  const header = request.headers.authorization ?? "";
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match || !sameToken(match[1]!, token)) {
    throw new ParleyError("E_AUTH", "header `Authorization`: a valid `Bearer <token>` is required");
  }
}

function sendError(reply: FastifyReply, error: unknown): FastifyReply {
  if (isParleyError(error)) {
    const status = Number(error.details.status ?? STATUS[error.code] ?? 500);
    if (status === 401) reply.header("www-authenticate", 'Bearer realm="parley"');
    const field = typeof error.details.field === "string" ? { field: error.details.field } : {};
    const message = status >= 500 ? "the server failed to answer; see its log" : error.message;
    return reply.code(status).send({ error: { code: error.code, message, ...field } });
  }
  const fastifyError = error as { statusCode?: number; code?: string; message?: string };
  const status = fastifyError.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    return reply.code(status).send({
      error: { code: fastifyError.code ?? "E_REQUEST", message: fastifyError.message ?? "bad request" },
    });
  }
  return reply
    .code(500)
    .send({ error: { code: "E_INTERNAL", message: "the server failed to answer; see its log" } });
}

/**
 * Builds the server (not yet listening).
 * @example const app = await buildApiServer(services, { token: "s3cret", webRoot: null }); await app.inject({ url: "/events" })
 */
export async function buildApiServer(
  services: ApiServices,
  config: ApiServerConfig,
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: config.logger ?? false,
    bodyLimit: config.bodyLimit ?? 6 * 1024 * 1024,
    requestTimeout: config.requestTimeoutMs ?? 30_000,
    connectionTimeout: config.requestTimeoutMs ?? 30_000,
    return503OnClosing: true,
  });
  const cors = new Set(config.corsOrigins ?? []);

  app.addContentTypeParser(["text/html", "text/plain"], { parseAs: "string" }, (_req, body, done) =>
    done(null, body),
  );
  app.addHook("onRequest", async (request, reply) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) reply.header(name, value);
    const origin = request.headers.origin;
    if (origin && cors.has(origin)) {
      reply.header("access-control-allow-origin", origin).header("vary", "Origin");
      reply.header("access-control-allow-headers", "authorization, content-type");
      reply.header("access-control-allow-methods", "GET, POST");
    }
  });
  app.setErrorHandler((error, _request, reply) => {
    if (!isParleyError(error) && ((error as { statusCode?: number }).statusCode ?? 500) >= 500)
      app.log.error(error);
    return sendError(reply, error);
  });
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send({
      error: {
        code: "E_NOT_FOUND",
        message: `no route for ${request.method} ${request.url.split("?")[0]}`,
      },
    }),
  );
  if (cors.size > 0) {
    app.options("/*", async (_request, reply) => reply.code(204).send());
  }

  const document = openApiDocument(apiRoutes);
  const docs = docsPage(document);
  app.get("/openapi.json", async () => document);
  app.get("/docs", async (_request, reply) => reply.type("text/html; charset=utf-8").send(docs));

  for (const route of apiRoutes) {
    app.route({
      method: route.method,
      url: route.url,
      handler: async (request, reply) => {
        if (route.write) checkWrite(request, config.token);
        const params = route.params ? parseParams(route.params, request.params, "path") : request.params;
        const query = route.query ? parseParams(route.query, request.query, "query") : request.query;
        return route.handler(services, {
          query,
          params,
          body: request.body,
          contentType: String(request.headers["content-type"] ?? ""),
          reply,
        });
      },
    });
  }
  registerStaticFiles(app, config.webRoot);
  return app;
}
