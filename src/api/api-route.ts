/**
 * The shape of one API route: its method, path, parameter schemas and handler. The server registers
 * routes from these, and the OpenAPI document is generated from the same list.
 *
 * @example
 * const route: ApiRoute = { method: "GET", url: "/events", summary: "List events", query: eventsQuery, handler };
 */
import type { FastifyReply } from "fastify";
import type { z } from "zod";
import type { ArticleCoding } from "../ingest/article-coding.js";
import type { Store } from "../store/store.js";
import type { AnalystQueries } from "./analyst-queries.js";
import type { PeopleIndex } from "./people-index.js";

/** What handlers read and write through. @example ctx.store.events({ limit: 10 }) */
export interface ApiServices {
  readonly store: Store;
  readonly queries: AnalystQueries;
  readonly people: PeopleIndex;
  /** Coding for POST /articles; created on first use because loading the dictionaries takes a moment. */
  readonly coding: () => ArticleCoding;
  /** Date for articles that carry none. */
  readonly today: () => string;
}

/** Parsed parts of a request. @example { query: { limit: 50, offset: 0 }, params: {}, body: undefined } */
export interface RouteInput<Q, P> {
  readonly query: Q;
  readonly params: P;
  readonly body: unknown;
  readonly contentType: string;
  readonly reply: FastifyReply;
}

/** One route. @example { method: "GET", url: "/events/:id", params: idParams, handler } */
export interface ApiRoute<Q = unknown, P = unknown> {
  readonly method: "GET" | "POST";
  readonly url: string;
  readonly summary: string;
  readonly tag: string;
  readonly query?: z.ZodType<Q>;
  readonly params?: z.ZodType<P>;
  /** JSON body schema, documented only; the handler validates it. */
  readonly body?: z.ZodType;
  /** Content types other than JSON the route accepts, for the document. */
  readonly rawBodyTypes?: readonly string[];
  /** Writes need the bearer token. */
  readonly write?: boolean;
  /** Response content type when not JSON. */
  readonly produces?: string;
  readonly handler: (services: ApiServices, input: RouteInput<Q, P>) => Promise<unknown>;
}

/**
 * Types a route and erases it for the route list.
 * @example defineRoute({ method: "GET", url: "/x", summary: "x", tag: "misc", handler: async () => ({}) })
 */
export function defineRoute<Q, P>(route: ApiRoute<Q, P>): ApiRoute {
  return route as unknown as ApiRoute;
}

/** A page of results: the items, and where the next page starts (null at the end). @example { items, page: { limit: 50, offset: 0, next: 50 } } */
export interface Page<T> {
  readonly items: readonly T[];
  readonly page: { readonly limit: number; readonly offset: number; readonly next: number | null };
}

/**
 * A page from `limit + 1` fetched items, so the caller learns whether more exist without a count.
 * @example pageOf([1, 2, 3], 2, 0) // { items: [1, 2], page: { limit: 2, offset: 0, next: 2 } }
 */
export function pageOf<T>(fetched: readonly T[], limit: number, offset: number): Page<T> {
  return {
    items: fetched.slice(0, limit),
    page: { limit, offset, next: fetched.length > limit ? offset + limit : null },
  };
}
