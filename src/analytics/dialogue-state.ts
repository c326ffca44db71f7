/**
 * The dialogue state of a dyad, from its merged events: for each channel the last contact in each
 * direction, offers still unanswered, rejected overtures, the last summit, and the current trend
 * from cooperation to conflict. Pure: the store supplies the events (all of the dyad's, or the
 * bounded selection of `store.dialogueEvents`) and the day totals behind the trend.
 *
 * @example
 * const state = dialogueState(await store.dialogueEvents("USA", "PRK"), ["USA", "PRK"], await store.dyadDayTotals("USA", "PRK"));
 * state.channels.find((c) => c.channel === "letter")?.backward?.status; // "unconfirmed"
 */

import { addDays } from "../core/iso-date.js";
import type { AttributionStatus, Channel } from "../core/types.js";
import type { DyadDayTotal, MergedEvent } from "../store/store.js";

/** One contact, as the dialogue state shows it. @example { date: "2025-06-11", type: "REJECT", status: "unconfirmed", claimedBy: ["PRKMED"], unconfirmedBy: ["USA"] } */
export interface Contact {
  readonly eventId: number;
  readonly uid: string;
  readonly date: string;
  readonly datePrecision: MergedEvent["datePrecision"];
  readonly source: string;
  readonly target: string;
  readonly type: string | null;
  readonly cameo: string;
  readonly channel: Channel | null;
  readonly location: string | null;
  readonly historical: boolean;
  readonly status: AttributionStatus;
  /** Codes (or names) of who reports it. */
  readonly claimedBy: readonly string[];
  readonly reporters: readonly string[];
  readonly confirmedBy: readonly string[];
  readonly unconfirmedBy: readonly string[];
  readonly deniedBy: readonly string[];
  readonly numArticles: number;
  readonly numOutlets: number;
  readonly lastSeen: string;
  readonly evidence: string;
}

/** A channel's last contact each way. @example { channel: "letter", forward: null, backward: contact } */
export interface ChannelState {
  readonly channel: Channel;
  /** First actor of the dyad to the second. */
  readonly forward: Contact | null;
  /** Second actor to the first. */
  readonly backward: Contact | null;
}

/** The trend, from cooperation to conflict. @example { label: "leaning conflict", recentMean: -1.8, direction: "worsening" } */
export interface Trend {
  readonly label:
    | "cooperation"
    | "leaning cooperation"
    | "mixed"
    | "leaning conflict"
    | "conflict"
    | "no data";
  readonly recentMean: number | null;
  readonly previousMean: number | null;
  readonly direction: "improving" | "worsening" | "steady" | "unknown";
  readonly since: string | null;
  readonly until: string | null;
  readonly events: number;
}

/** The whole state. @example state.rejectedOvertures[0].type // "REJECT" */
export interface DialogueState {
  readonly dyad: readonly [string, string];
  readonly channels: readonly ChannelState[];
  readonly lastSummit: Contact | null;
  /** The summit that the most recent reporting recalls (e.g. "their 2018 summit in Singapore" in 2025). */
  readonly recalledSummit: Contact | null;
  readonly unansweredOffers: readonly Contact[];
  readonly rejectedOvertures: readonly Contact[];
  readonly trend: Trend;
}

/** Channels in display order. @example CHANNELS[0] // "letter" */
export const CHANNELS: readonly Channel[] = ["letter", "call", "meeting", "summit", "envoy", "statement"];

/** How far back "current" reaches, and the window it is compared with. */
const TREND_DAYS = 180;

/** CAMEO roots of offers: appeals (02) and expressed intent to cooperate (03). @example OFFER_ROOTS.includes("03") */
export const OFFER_ROOTS: readonly string[] = ["02", "03"];
/** CAMEO roots that answer an offer, yes or no. @example RESPONSE_ROOTS.includes("12") */
export const RESPONSE_ROOTS: readonly string[] = ["03", "04", "05", "06", "08", "12"];
/** How many offers and rejections the state lists. @example LIST_LIMIT // 10 */
export const LIST_LIMIT = 10;

const isOffer = (e: MergedEvent) => OFFER_ROOTS.includes(e.cameoRoot) || e.type === "REQUEST";
const isResponse = (e: MergedEvent) =>
  RESPONSE_ROOTS.includes(e.cameoRoot) || e.type === "REJECT" || e.type === "AGREE";
const isRejection = (e: MergedEvent) => e.type === "REJECT" || e.cameoRoot === "12";
const happened = (e: MergedEvent) => !e.negated && e.modality === "actual";

/**
 * Computes the state from the dyad's events (any order), the first actor being "forward"; the trend
 * comes from the day totals (negated and hypothetical events excluded, as in the time series).
 * @example dialogueState(events, ["USA", "PRK"], totals).lastSummit?.location // "Singapore"
 */
export function dialogueState(
  events: readonly MergedEvent[],
  dyad: readonly [string, string],
  totals: readonly DyadDayTotal[],
): DialogueState {
  const [a, b] = [dyad[0].toUpperCase(), dyad[1].toUpperCase()];
  const sorted = [...events]
    .filter((e) => !e.negated)
    .sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.id - y.id));
  const newestFirst = [...sorted].reverse();
  const from = (src: string, dst: string) => (e: MergedEvent) =>
    e.sourceCountry === src && e.targetCountry === dst;
  const lastOn = (channel: Channel, src: string, dst: string) => {
    const found = newestFirst.find((e) => e.channel === channel && happened(e) && from(src, dst)(e));
    return found ? contact(found) : null;
  };
  const channels = CHANNELS.map((channel) => ({
    channel,
    forward: lastOn(channel, a, b),
    backward: lastOn(channel, b, a),
  }));
  const summits = newestFirst.filter((e) => e.channel === "summit" && happened(e));
  const recalled = summits
    .filter((e) => e.lastSeen > addDays(e.date, 30))
    .sort((x, y) => (x.lastSeen < y.lastSeen ? 1 : x.lastSeen > y.lastSeen ? -1 : 0))[0];
  // Any later move by the other side toward the offerer counts as an answer, yes or no.
  const lastResponse = new Map<string, string>();
  for (const e of sorted)
    if (isResponse(e)) lastResponse.set(`${e.sourceCountry}>${e.targetCountry}`, e.date);
  const unanswered = newestFirst.filter((offer) => {
    if (!isOffer(offer) || offer.historical || offer.modality === "hypothetical") return false;
    const answered = lastResponse.get(`${offer.targetCountry}>${offer.sourceCountry}`);
    return answered === undefined || answered <= offer.date;
  });
  const rejected = newestFirst.filter((e) => isRejection(e) && happened(e));
  return {
    dyad: [a, b],
    channels,
    lastSummit: summits[0] ? contact(summits[0]) : null,
    recalledSummit: recalled ? contact(recalled) : null,
    unansweredOffers: unanswered.slice(0, LIST_LIMIT).map(contact),
    rejectedOvertures: rejected.slice(0, LIST_LIMIT).map(contact),
    trend: trendOf(totals),
  };
}

function contact(e: MergedEvent): Contact {
  return {
    eventId: e.id,
    uid: e.uid,
    date: e.date,
    datePrecision: e.datePrecision,
    source: e.sourceCode ?? e.sourceCountry ?? "",
    target: e.targetCode ?? e.targetCountry ?? "",
    type: e.type,
    cameo: e.cameo,
    channel: e.channel,
    location: e.location,
    historical: e.historical,
    status: e.status,
    claimedBy: [...new Set(e.reporters.map((r) => r.code ?? r.text))],
    reporters: e.reporters.map((r) => r.text),
    confirmedBy: e.confirmedBy,
    unconfirmedBy: e.unconfirmedBy,
    deniedBy: e.deniedBy,
    numArticles: e.numArticles,
    numOutlets: e.numOutlets,
    lastSeen: e.lastSeen,
    evidence: e.evidence,
  };
}

/** Mean Goldstein of the last 180 days of the dyad's record, against the 180 days before. */
function trendOf(totals: readonly DyadDayTotal[]): Trend {
  const last = totals.reduce<string | null>((max, t) => (max === null || t.day > max ? t.day : max), null);
  if (last === null) {
    return {
      label: "no data",
      recentMean: null,
      previousMean: null,
      direction: "unknown",
      since: null,
      until: null,
      events: 0,
    };
  }
  const since = addDays(last, -TREND_DAYS);
  const before = addDays(since, -TREND_DAYS);
  const window = (from: string, to: string) => {
    const inside = totals.filter((t) => t.day > from && t.day <= to);
    const count = inside.reduce((n, t) => n + t.count, 0);
    const sum = inside.reduce((n, t) => n + t.goldsteinSum, 0);
    return { count, mean: count === 0 ? null : Math.round((sum / count) * 100) / 100 };
  };
  const recent = window(since, last);
  const previous = window(before, since);
  const recentMean = recent.mean ?? 0;
  const label =
    recentMean >= 3
      ? "cooperation"
      : recentMean >= 1
        ? "leaning cooperation"
        : recentMean > -1
          ? "mixed"
          : recentMean > -3
            ? "leaning conflict"
            : "conflict";
  const change = previous.mean === null ? null : recentMean - previous.mean;
  const direction =
    change === null ? "unknown" : change > 0.5 ? "improving" : change < -0.5 ? "worsening" : "steady";
  return {
    label,
    recentMean,
    previousMean: previous.mean,
    direction,
    since: addDays(since, 1),
    until: last,
    events: recent.count,
  };
}
