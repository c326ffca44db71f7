/**
 * Converts between merged-event summaries, database rows and the public MergedEvent type.
 *
 * @example
 * const event = eventFromRow(row);
 */
import type { Insertable, Selectable } from "kysely";
import { type EventSummary, keyString } from "../analytics/event-merge.js";
import type { AttributionStatus, Channel, DatePrecision, Modality, QuadClass } from "../core/types.js";
import type { ArticlesTable, EventsTable } from "./schema.js";
import type { MergedEvent, StoredArticle } from "./store.js";

/** Columns of an events row computed from a summary. @example db.updateTable("events").set(eventColumns(summary)) */
export function eventColumns(s: EventSummary): Omit<Insertable<EventsTable>, "id"> {
  return {
    uid: s.uid,
    merge_key: keyString(s.key),
    type: s.type,
    cameo: s.cameo,
    cameo_root: s.key.cameoRoot,
    mode: s.mode,
    context: s.context,
    source_code: s.sourceCode,
    source_country: s.key.source,
    target_code: s.targetCode,
    target_country: s.key.target,
    date: s.date,
    date_precision: s.datePrecision,
    date_lo: s.dateLo,
    date_hi: s.dateHi,
    historical: s.historical ? 1 : 0,
    negated: s.key.negated ? 1 : 0,
    modality: s.key.modality,
    channel: s.channel,
    location: s.location,
    goldstein: s.goldstein,
    quad_class: s.quadClass,
    status: s.status,
    num_mentions: s.numMentions,
    num_articles: s.numArticles,
    num_outlets: s.numOutlets,
    num_reports: s.numReports,
    first_seen: s.firstSeen,
    last_seen: s.lastSeen,
    reporters: JSON.stringify(s.reporters),
    confirmed_by: JSON.stringify(s.confirmedBy),
    denied_by: JSON.stringify(s.deniedBy),
    unconfirmed_by: JSON.stringify(s.unconfirmedBy),
    confidence: s.confidence,
    evidence: s.evidence,
  };
}

/** A MergedEvent from an events row. @example eventFromRow(row).numArticles */
export function eventFromRow(r: Selectable<EventsTable>): MergedEvent {
  const empty = (v: string) => (v === "" ? null : v);
  return {
    id: Number(r.id),
    uid: r.uid,
    type: r.type,
    cameo: r.cameo,
    cameoRoot: r.cameo_root,
    mode: r.mode,
    context: r.context,
    sourceCode: r.source_code,
    sourceCountry: empty(r.source_country),
    targetCode: r.target_code,
    targetCountry: empty(r.target_country),
    date: r.date,
    datePrecision: r.date_precision as DatePrecision,
    historical: Number(r.historical) === 1,
    negated: Number(r.negated) === 1,
    modality: r.modality as Modality,
    channel: r.channel as Channel | null,
    location: r.location,
    goldstein: Number(r.goldstein),
    quadClass: Number(r.quad_class) as QuadClass,
    status: r.status as AttributionStatus,
    numMentions: Number(r.num_mentions),
    numArticles: Number(r.num_articles),
    numOutlets: Number(r.num_outlets),
    numReports: Number(r.num_reports),
    firstSeen: r.first_seen,
    lastSeen: r.last_seen,
    reporters: JSON.parse(r.reporters) as MergedEvent["reporters"],
    confirmedBy: JSON.parse(r.confirmed_by) as string[],
    deniedBy: JSON.parse(r.denied_by) as string[],
    unconfirmedBy: JSON.parse(r.unconfirmed_by) as string[],
    confidence: Number(r.confidence),
    evidence: r.evidence,
  };
}

/** A StoredArticle from an articles row. @example articleFromRow(row).isCopy */
export function articleFromRow(r: Selectable<ArticlesTable>): StoredArticle {
  return {
    id: Number(r.id),
    docId: r.doc_id,
    outlet: r.outlet,
    url: r.url,
    title: r.title,
    published: r.published,
    source: r.source,
    contentHash: r.content_hash,
    dictionaryVersion: r.dictionary_version,
    storyId: Number(r.story_id),
    isCopy: Number(r.is_copy) === 1,
  };
}
