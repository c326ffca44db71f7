/**
 * Typed fetches of the Parley API, and the response shapes the pages read. Types come from the
 * server's own modules (type-only imports, erased at build time).
 *
 * @example
 * const dyad = await getJson<DyadDetail>("/dyads/USA-PRK");
 */
import type { Contact, DialogueState } from "../../src/analytics/dialogue-state.js";
import type { SeriesPoint } from "../../src/analytics/dyad-series.js";
import type { Role } from "../../src/core/dictionary-schema.js";
import type { EventActor, EventMention } from "../../src/core/types.js";
import type { MergedEvent, StoredArticle } from "../../src/store/store.js";

export type { Contact, MergedEvent, SeriesPoint };

/** A page of a list. @example page.next === null */
export interface Page<T> {
  readonly items: readonly T[];
  readonly page: { readonly limit: number; readonly offset: number; readonly next: number | null };
}

/** A dyad in the overview list. @example { a: "PRK", b: "USA", events: 43 } */
export interface DyadSummary {
  readonly a: string;
  readonly b: string;
  readonly events: number;
  readonly cooperation: number;
  readonly conflict: number;
  readonly goldsteinSum: number;
  readonly lastDate: string;
  readonly series: readonly {
    readonly period: string;
    readonly cooperation: number;
    readonly conflict: number;
    readonly goldsteinMean: number | null;
  }[];
}

/** GET /dyads/:dyad. @example detail.dialogue.channels */
export interface DyadDetail {
  readonly dyad: readonly [string, string];
  readonly by: string;
  readonly series: readonly SeriesPoint[];
  readonly dialogue: DialogueState;
  readonly contacts: readonly MergedEvent[];
  readonly historical: readonly MergedEvent[];
  readonly events: number;
}

/** One piece of evidence of an event. @example mention.ruleId */
export interface EvidenceMention extends EventMention {
  readonly mentionId: number;
  readonly articleId: number;
  readonly articleTitle: string | null;
  readonly outlet: string | null;
  readonly published: string;
}

/** An actor of an event with its role that day. @example actor.role?.title */
export interface ActorOnDate extends EventActor {
  readonly side: "source" | "target";
  readonly role: { readonly title: string; readonly from: string; readonly to: string | null } | null;
}

/** GET /events/:id. @example detail.mentions[0].sentenceText */
export interface EventDetail {
  readonly event: MergedEvent;
  readonly cameoName: string | null;
  readonly actors: readonly ActorOnDate[];
  readonly mentions: readonly EvidenceMention[];
}

/** A mention as listed with its article. @example mention.eventId */
export interface ArticleMention extends EventMention {
  readonly mentionId: number;
  readonly eventId: number;
  readonly type: string | null;
  readonly cameo: string;
  readonly cameoName: string;
  readonly date: string;
  readonly historical: boolean;
}

/** GET /articles/:id. @example detail.text */
export interface ArticleDetail {
  readonly article: StoredArticle;
  readonly text: string;
  readonly story: {
    readonly id: number;
    readonly primaryArticleId: number;
    readonly reports: number;
    readonly articles: readonly {
      id: number;
      title: string | null;
      outlet: string | null;
      isCopy: boolean;
    }[];
  } | null;
  readonly mentions: readonly ArticleMention[];
}

/** Totals of an actor or counterpart. @example { events: 3, cooperation: 2, conflict: 1 } */
export interface Tally {
  readonly events: number;
  readonly cooperation: number;
  readonly conflict: number;
  readonly goldsteinSum: number;
  readonly lastDate: string;
}

/** GET /actors/:code. @example detail.people[0].roles */
export interface ActorDetail {
  readonly code: string;
  readonly country: string;
  readonly totals: Tally;
  readonly people: readonly {
    readonly id: string;
    readonly name: string;
    readonly roles: readonly Role[];
    readonly recentEvents: number;
  }[];
  readonly counterparts: readonly (Tally & { readonly country: string })[];
  readonly recentEvents: readonly MergedEvent[];
}

/** GET /network. @example network.edges[0].events */
export interface Network {
  readonly nodes: readonly { readonly id: string; readonly events: number }[];
  readonly edges: readonly (Tally & { readonly a: string; readonly b: string })[];
}

/** A search hit. @example hit.eventIds */
export interface SentenceHit {
  readonly sentenceId: number;
  readonly articleId: number;
  readonly index: number;
  readonly text: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly published: string;
  readonly eventIds: readonly number[];
}

/** An API error with the server's message. @example error.status === 404 */
export class ApiError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

/**
 * Fetches JSON from the API; a non-2xx answer becomes an ApiError with the server's message.
 * @example await getJson<Page<MergedEvent>>("/events?limit=10", signal)
 */
export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(path, { headers: { accept: "application/json" }, signal: signal ?? null });
  const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
  if (!response.ok) throw new ApiError(response.status, body?.error?.message ?? `HTTP ${response.status}`);
  return body as T;
}
