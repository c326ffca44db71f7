/**
 * The OpenAPI 3.1 document, generated from the route list and its zod schemas, so the document and
 * the validation cannot drift apart.
 *
 * @example
 * const doc = openApiDocument(apiRoutes);
 * doc.paths["/events"].get.parameters.map((p) => p.name); // ["actor", "dyad", …]
 */
import { z } from "zod";
import type { ApiRoute } from "./api-route.js";

interface Parameter {
  readonly name: string;
  readonly in: "query" | "path";
  readonly required: boolean;
  readonly description?: string;
  readonly schema: unknown;
}

function parametersOf(schema: z.ZodType | undefined, where: "query" | "path"): Parameter[] {
  if (!schema) return [];
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as {
    properties?: Record<string, { description?: string }>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: where,
    required: where === "path" || (json.required ?? []).includes(name),
    ...(property.description ? { description: property.description } : {}),
    schema: property,
  }));
}

const errorResponse = {
  description: "Error",
  content: {
    "application/json": {
      schema: {
        type: "object",
        properties: {
          error: {
            type: "object",
            properties: { code: { type: "string" }, message: { type: "string" }, field: { type: "string" } },
          },
        },
      },
    },
  },
};

/**
 * Builds the document.
 * @example openApiDocument(routes).openapi // "3.1.0"
 */
export function openApiDocument(routes: readonly ApiRoute[]): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = route.url.replace(/:(\w+)/g, "{$1}");
    const body = route.body
      ? {
          requestBody: {
            required: true,
            content: {
              "application/json": {
                schema: z.toJSONSchema(route.body, { io: "input", unrepresentable: "any" }),
              },
              ...Object.fromEntries(
                (route.rawBodyTypes ?? []).map((t) => [t, { schema: { type: "string" } }]),
              ),
            },
          },
        }
      : {};
    paths[path] = {
      ...paths[path],
      [route.method.toLowerCase()]: {
        summary: route.summary,
        tags: [route.tag],
        parameters: [...parametersOf(route.params, "path"), ...parametersOf(route.query, "query")],
        ...body,
        ...(route.write ? { security: [{ bearer: [] }] } : {}),
        responses: {
          [route.write ? "201" : "200"]: {
            description: "OK",
            content: Object.fromEntries(
              (route.produces ?? "application/json").split(", ").map((t) => [t, { schema: {} }]),
            ),
          },
          "400": errorResponse,
          ...(route.write ? { "401": errorResponse, "403": errorResponse, "413": errorResponse } : {}),
          ...(route.url.includes(":") ? { "404": errorResponse } : {}),
        },
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Parley API",
      version: "0.1.0",
      description:
        "Verifiable, attributed events about relations between states. Lists are paged with `limit` and `offset`; `page.next` is the offset of the next page, or null. Writes need `Authorization: Bearer <PARLEY_TOKEN>`.",
    },
    components: { securitySchemes: { bearer: { type: "http", scheme: "bearer" } } },
    paths,
  };
}
