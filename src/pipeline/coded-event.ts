/**
 * One coded event from the dyad mentions an article merge put together: the best-evidenced code,
 * the best-dated time, the first named parties, and every mention kept as evidence.
 *
 * @example
 * buildEvent(key, mentions, { id: "seed", outlet: null }).mentions.length;
 */
import * as crypto from "node:crypto";
import { precisionRank } from "../core/date-precision.js";
import type { AttributionStatus, CodedEvent, EventMention, Modality, Reporter } from "../core/types.js";
import { IMPLIED_LOCATION_SOURCE } from "../events/implied-parties.js";
import type { DyadMention } from "./article-events.js";

/** crypto.hash (Node ≥ 20.12) is the one-shot form of createHash: the same digest at a fraction of the cost. */
function sha1Hex(text: string): string {
  return typeof crypto.hash === "function"
    ? crypto.hash("sha1", text, "hex")
    : crypto.createHash("sha1").update(text).digest("hex");
}

/**
 * The event a group of dyad mentions tells, its id made from the article and the group key.
 * @example buildEvent("REJECT|PRK|USA|news", mentions, { id: "seed", outlet: null }).cameo
 */
export function buildEvent(
  key: string,
  list: DyadMention[],
  article: { readonly id: string; readonly outlet: string | null },
): CodedEvent {
  list.sort(
    (a, b) => a.candidate.sentence - b.candidate.sentence || a.candidate.trigger - b.candidate.trigger,
  );
  // Mentions that name the source decide; an event with an unnamed attacker has only the others.
  // A source implied by the place of the violence yields to a named one ("Two civilians were
  // killed when a Russian drone hit their car in Kherson" is Russia's).
  const sourced = list.filter((m) => m.source);
  const stated = sourced.filter((m) => !m.actorEntryIds.includes(IMPLIED_LOCATION_SOURCE));
  const named = stated.length > 0 ? stated : sourced;
  const full = named.length > 0 ? named : list;
  const best = firstHighest(full, (m) => m.candidate.literals) ?? list[0]!;
  const code = best.candidate.code;
  const dated = firstHighest(full, (m) => precisionRank(m.candidate.time.precision)) ?? best;
  const source = first(full.map((m) => m.source));
  const target = first(full.map((m) => m.target)) ?? first(list.map((m) => m.target));
  const reporters = uniqueReporters(list.map((m) => m.candidate.reporter));
  const status = deriveStatus(list.map((m) => m.candidate.status));
  const modality = weakestModality(full.map((m) => m.candidate.modality));
  const hedges = [...new Set(list.flatMap((m) => m.candidate.hedges))];
  const explicit = sourced.length;
  const confidence = Math.min(
    0.95,
    0.45 +
      0.08 * Math.min(best.candidate.literals, 4) +
      0.05 * (list.length - 1) +
      (explicit > 0 ? 0.05 : 0) -
      (hedges.length > 0 ? 0.05 : 0),
  );
  return {
    id: sha1Hex(`${article.id}|${key}`).slice(0, 16),
    event: code.plover,
    cameo: code.code,
    cameoName: code.name,
    mode: code.mode ?? null,
    context: code.context ?? null,
    source: source ? [source] : [],
    target: target ? [target] : [],
    date: dated.candidate.time.date,
    datePrecision: dated.candidate.time.precision,
    historical: best.candidate.time.historical,
    negated: full.length > 0 && full.every((m) => m.candidate.negated),
    modality,
    location: first(list.map((m) => m.candidate.location)),
    channel: first(list.map((m) => m.candidate.channel)),
    goldstein: code.goldstein,
    quadClass: code.quadClass,
    attribution: {
      status,
      reporters:
        reporters.length > 0
          ? reporters
          : article.outlet
            ? [{ code: null, text: article.outlet, verb: null }]
            : [],
      hedges,
    },
    mentions: list.map(toEventMention),
    confidence: Math.round(confidence * 100) / 100,
  };
}

function toEventMention(m: DyadMention): EventMention {
  return {
    sentence: m.candidate.sentence,
    sentenceText: m.sentenceText,
    sentenceStart: m.sentenceStart,
    trigger: m.trigger,
    source: m.sourceChars,
    target: m.targetChars,
    reporter: m.candidate.reporter,
    status: m.candidate.status,
    hedges: m.candidate.hedges,
    ruleId: m.candidate.rule.id,
    pattern: m.candidate.pattern,
    actorEntryIds: m.actorEntryIds,
  };
}

/** The first mention with the highest score, as a stable sort from high to low would put first. */
function firstHighest(
  list: readonly DyadMention[],
  score: (m: DyadMention) => number,
): DyadMention | undefined {
  let best: DyadMention | undefined;
  let high = Number.NEGATIVE_INFINITY;
  for (const m of list) {
    const value = score(m);
    if (value > high) {
      best = m;
      high = value;
    }
  }
  return best;
}

function first<T>(values: readonly (T | null | undefined)[]): T | null {
  for (const v of values) if (v !== null && v !== undefined) return v;
  return null;
}

function uniqueReporters(reporters: readonly (Reporter | null)[]): Reporter[] {
  const seen = new Set<string>();
  const out: Reporter[] = [];
  for (const r of reporters) {
    if (!r) continue;
    const key = `${r.code ?? ""}|${r.text.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(r);
  }
  return out;
}

/** Denied outranks confirmed, which outranks unconfirmed, which outranks a bare assertion. @example deriveStatus(["asserted", "unconfirmed"]) // "unconfirmed" */
export function deriveStatus(statuses: readonly AttributionStatus[]): AttributionStatus {
  for (const s of ["denied", "confirmed", "unconfirmed"] as const) if (statuses.includes(s)) return s;
  return "asserted";
}

function weakestModality(values: readonly Modality[]): Modality {
  if (values.length === 0 || values.includes("actual")) return "actual";
  return values.includes("intended") ? "intended" : "hypothetical";
}
