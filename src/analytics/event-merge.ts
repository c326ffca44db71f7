/**
 * Cross-article dedup, as pure functions. Coded events from different articles are one event when
 * they share the merge key (dyad by country, PLOVER type, CAMEO root, negation, modality) and their
 * dates fit: within ±1 day for day-precise dates, the same month or year when either is coarser
 * (historical mentions carry their own date). Locations, when both are named, must agree: "met in
 * 2019" is the Hanoi summit or the DMZ meeting, not both.
 *
 * @example
 * const clusters = mergeMentions(records); // what the store computes incrementally
 */
import { createHash } from "node:crypto";
import { precisionRank } from "../core/date-precision.js";
import type {
  AttributionStatus,
  Channel,
  CodedEvent,
  DatePrecision,
  Modality,
  QuadClass,
} from "../core/types.js";
import { dateDistance, dateRange } from "./date-ranges.js";
import { deriveMergedStatus } from "./merged-status.js";

/** One article's coded event, with what the merge needs to know about the article. @example { articleId: 1, outlet: "Harbor Times", published: "2025-06-12", reports: 2, event } */
export interface MentionRecord {
  readonly articleId: number;
  readonly outlet: string | null;
  readonly published: string;
  /** The article's story: 1 plus its near-duplicate copies. */
  readonly reports: number;
  readonly event: CodedEvent;
}

/** The columns that must be equal for two mentions to be one event. @example { type: "REJECT", cameoRoot: "12", source: "PRK", target: "USA", negated: false, modality: "actual" } */
export interface MergeKey {
  readonly type: string;
  readonly cameoRoot: string;
  readonly source: string;
  readonly target: string;
  readonly negated: boolean;
  readonly modality: Modality;
}

/** What the store knows of an existing merged event when placing a mention. @example { id: 4, date: "2025-06-11", datePrecision: "day", channel: "letter", location: null, numArticles: 2 } */
export interface EventAnchor {
  readonly id: number;
  /** Breaks ties: "met in Singapore in 2018" recalls the best-attested 2018 Singapore event. */
  readonly numArticles: number;
  readonly date: string;
  readonly datePrecision: DatePrecision;
  readonly channel: Channel | null;
  readonly location: string | null;
}

/** A merged event computed from all its mentions (the store adds the row id). @example summary.numOutlets */
export interface EventSummary {
  readonly uid: string;
  readonly key: MergeKey;
  readonly cameo: string;
  readonly type: string | null;
  readonly mode: string | null;
  readonly context: string | null;
  readonly sourceCode: string | null;
  readonly targetCode: string | null;
  readonly date: string;
  readonly datePrecision: DatePrecision;
  readonly dateLo: string;
  readonly dateHi: string;
  readonly historical: boolean;
  readonly channel: Channel | null;
  readonly location: string | null;
  readonly goldstein: number;
  readonly quadClass: QuadClass;
  readonly status: AttributionStatus;
  readonly confirmedBy: readonly string[];
  readonly deniedBy: readonly string[];
  readonly unconfirmedBy: readonly string[];
  readonly numMentions: number;
  readonly numArticles: number;
  readonly numOutlets: number;
  readonly numReports: number;
  readonly firstSeen: string;
  readonly lastSeen: string;
  readonly reporters: readonly { readonly code: string | null; readonly text: string }[];
  readonly confidence: number;
  readonly evidence: string;
}

export { deriveMergedStatus, type MergedStatus, sideOf } from "./merged-status.js";

const actorCountry = (actors: CodedEvent["source"]) => {
  const a = actors[0];
  return a ? (a.country ?? a.code) : "";
};

/** The merge key of a coded event. @example mergeKeyOf(event).cameoRoot // "12" */
export function mergeKeyOf(event: CodedEvent): MergeKey {
  const cameoRoot = event.cameo.slice(0, 2);
  return {
    type: event.event ?? `cameo-${cameoRoot}`,
    cameoRoot,
    source: actorCountry(event.source),
    target: actorCountry(event.target),
    negated: event.negated,
    modality: event.modality,
  };
}

/** The key as one string, for grouping. @example keyString(mergeKeyOf(e)) // "REJECT|12|PRK|USA|0|actual" */
export function keyString(key: MergeKey): string {
  return [key.type, key.cameoRoot, key.source, key.target, key.negated ? 1 : 0, key.modality].join("|");
}

/**
 * Picks the existing event a coded event belongs to (same key assumed), or null for a new one.
 * @example chooseEvent([{ id: 1, date: "2025-06-11", datePrecision: "day", channel: "letter", location: null, numArticles: 1 }], event) // 1
 */
export function chooseEvent(anchors: readonly EventAnchor[], event: CodedEvent): number | null {
  let best: { id: number; distance: number; numArticles: number } | null = null;
  for (const anchor of anchors) {
    if (anchor.location && event.location && anchor.location !== event.location) continue;
    const distance = dateDistance(anchor.date, anchor.datePrecision, event.date, event.datePrecision);
    if (distance === null) continue;
    if (
      !best ||
      distance < best.distance ||
      (distance === best.distance &&
        (anchor.numArticles > best.numArticles ||
          (anchor.numArticles === best.numArticles && anchor.id < best.id)))
    ) {
      best = { id: anchor.id, distance, numArticles: anchor.numArticles };
    }
  }
  return best?.id ?? null;
}

/**
 * Merges records in the given order, as the store does one article at a time.
 * @example mergeMentions(records).map((group) => summarizeMentions(group).numArticles)
 */
export function mergeMentions(records: readonly MentionRecord[]): MentionRecord[][] {
  const groups: { key: string; anchor: EventAnchor; records: MentionRecord[] }[] = [];
  for (const record of records) {
    const key = keyString(mergeKeyOf(record.event));
    const sameKey = groups.filter((g) => g.key === key);
    const id = chooseEvent(
      sameKey.map((g) => g.anchor),
      record.event,
    );
    const group = id === null ? undefined : groups[id];
    if (group) {
      group.records.push(record);
      const s = summarizeMentions(group.records);
      group.anchor = {
        ...group.anchor,
        date: s.date,
        datePrecision: s.datePrecision,
        channel: s.channel,
        location: s.location,
        numArticles: s.numArticles,
      };
    } else {
      const e = record.event;
      groups.push({
        key,
        anchor: {
          id: groups.length,
          date: e.date,
          datePrecision: e.datePrecision,
          channel: e.channel,
          location: e.location,
          numArticles: 1,
        },
        records: [record],
      });
    }
  }
  return groups.map((g) => g.records);
}

const CHANNEL_RANK: readonly Channel[] = ["summit", "meeting", "envoy", "call", "letter", "statement"];

function mostCommon<T>(values: readonly T[], tieBreak: (a: T, b: T) => number): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || tieBreak(a[0], b[0]))[0]?.[0];
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Computes a merged event from every one of its mentions (at least one).
 * @example summarizeMentions(records).status // "unconfirmed"
 */
export function summarizeMentions(records: readonly MentionRecord[]): EventSummary {
  const sorted = [...records].sort((a, b) => byText(a.published, b.published) || a.articleId - b.articleId);
  const events = sorted.map((r) => r.event);
  const first = events[0]!;
  const key = mergeKeyOf(first);
  // The most specific CAMEO code reported most often names the event.
  const cameo = mostCommon(
    events.map((e) => e.cameo),
    (a, b) => b.length - a.length || byText(a, b),
  )!;
  const coded = events.find((e) => e.cameo === cameo)!;
  const dated = [...events].sort(
    (a, b) => precisionRank(b.datePrecision) - precisionRank(a.datePrecision) || byText(a.date, b.date),
  )[0]!;
  const [dateLo, dateHi] = dateRange(dated.date, dated.datePrecision);
  // One report says "meeting", another "summit": the event is the most senior contact any report names.
  const channel = CHANNEL_RANK.find((c) => events.some((e) => e.channel === c)) ?? null;
  const location =
    mostCommon(
      events.flatMap((e) => (e.location ? [e.location] : [])),
      byText,
    ) ?? null;
  const articles = new Map<number, MentionRecord>();
  for (const r of sorted) if (!articles.has(r.articleId)) articles.set(r.articleId, r);
  const outlets = new Set([...articles.values()].map((r) => r.outlet ?? `article:${r.articleId}`));
  const reporters = new Map<string, { code: string | null; text: string }>();
  for (const e of events) {
    for (const r of e.attribution.reporters)
      reporters.set(`${r.code ?? ""}|${r.text.toLowerCase()}`, { code: r.code, text: r.text });
  }
  const best = [...sorted].sort((a, b) => b.event.confidence - a.event.confidence)[0]!;
  const verdict = deriveMergedStatus(sorted, key);
  return {
    uid: createHash("sha1")
      .update([keyString(key), dated.date, dated.datePrecision, channel ?? "", location ?? ""].join("|"))
      .digest("hex")
      .slice(0, 16),
    key,
    cameo,
    type: coded.event,
    mode: coded.mode,
    context: coded.context,
    sourceCode:
      mostCommon(
        events.flatMap((e) => (e.source[0] ? [e.source[0].code] : [])),
        byText,
      ) ?? null,
    targetCode:
      mostCommon(
        events.flatMap((e) => (e.target[0] ? [e.target[0].code] : [])),
        byText,
      ) ?? null,
    date: dated.date,
    datePrecision: dated.datePrecision,
    dateLo,
    dateHi,
    historical: events.every((e) => e.historical),
    channel,
    location,
    goldstein: coded.goldstein,
    quadClass: coded.quadClass,
    ...verdict,
    numMentions: events.reduce((n, e) => n + e.mentions.length, 0),
    numArticles: articles.size,
    numOutlets: outlets.size,
    numReports: [...articles.values()].reduce((n, r) => n + r.reports, 0),
    firstSeen: sorted[0]!.published,
    lastSeen: sorted[sorted.length - 1]!.published,
    reporters: [...reporters.values()],
    confidence: Math.max(...events.map((e) => e.confidence)),
    evidence: best.event.mentions[0]?.sentenceText ?? "",
  };
}
