/**
 * Within-article dedup: event mentions of the same event (same type, source, target, date and
 * negation) in several sentences become one event that keeps every mention as evidence. Mentions without a
 * source ("the reported rejection of Trump's letter") join the event they refer back to.
 *
 * @example
 * const events = mergeArticleEvents(dyadMentions, article);
 */
import * as crypto from "node:crypto";
import { precisionRank } from "../core/date-precision.js";
import type {
  ActorRef,
  AttributionStatus,
  CodedEvent,
  EventActor,
  EventMention,
  Modality,
  Reporter,
} from "../core/types.js";
import { HARM_ROOTS } from "../events/clause-roles.js";
import { IMPLIED_LOCATION_SOURCE } from "../events/implied-parties.js";
import type { EventMentionCandidate } from "../events/event-extractor.js";
import { sameTime, timeKeyOf } from "./event-time-keys.js";
import { splitByPlace } from "./place-split.js";

/** One mention reduced to a single dyad. @example { candidate, source, target } */
export interface DyadMention {
  readonly candidate: EventMentionCandidate;
  readonly sentenceText: string;
  readonly sentenceStart: number;
  readonly source: EventActor | null;
  readonly target: EventActor | null;
  readonly sourceChars: readonly { start: number; end: number }[];
  readonly targetChars: readonly { start: number; end: number }[];
  readonly trigger: { start: number; end: number };
  readonly actorEntryIds: readonly string[];
}

const actorKey = (a: ActorRef | null) => (a ? (a.country ?? a.code) : "");
const eventType = (m: DyadMention) => m.candidate.code.plover ?? `cameo-${m.candidate.code.code.slice(0, 2)}`;
/**
 * The group key of a mention: type, source, target, time, and "!" when it is negated. A denied act
 * and the same act done are two events ("were unable to agree on a ceasefire … offered a
 * ceasefire"), not one whose evidence contradicts itself.
 */
const groupKey = (m: DyadMention, source: string, time: string) =>
  `${eventType(m)}|${source}|${actorKey(m.target)}|${time}${m.candidate.negated ? "|!" : ""}`;

/**
 * Merges an article's dyad mentions into coded events.
 * @example mergeArticleEvents(mentions, { id: "seed", outlet: null })
 */
export function mergeArticleEvents(
  mentions: readonly DyadMention[],
  article: { readonly id: string; readonly outlet: string | null; readonly date?: string },
): CodedEvent[] {
  const timeKey = (m: DyadMention) => timeKeyOf(m.candidate.time, article.date);
  const groups = new Map<string, DyadMention[]>();
  const partial: DyadMention[] = [];
  // Group keys are compared field by field many times over: split each one once.
  const split = new Map<string, readonly string[]>();
  const fields = (key: string): readonly string[] => {
    let parts = split.get(key);
    if (!parts) {
      parts = key.split("|");
      split.set(key, parts);
    }
    return parts;
  };
  for (const m of mentions) {
    // A source implied by the place of the violence yields to a named one in the same article.
    if (!m.source || m.actorEntryIds.includes(IMPLIED_LOCATION_SOURCE)) {
      partial.push(m);
      continue;
    }
    const key = groupKey(m, actorKey(m.source), timeKey(m));
    const list = groups.get(key) ?? [];
    list.push(m);
    groups.set(key, list);
  }
  // An undated mention joins the dated report of the same event: "rejected the letter on Monday … the rejection".
  for (const [key, list] of [...groups]) {
    const [type, src, tgt, time, neg] = fields(key);
    if (time !== "news") continue;
    const dated = findKey(groups, (k) => {
      const [t2, s2, g2, h2, n2] = fields(k);
      return t2 === type && s2 === src && g2 === tgt && h2?.startsWith("d") && n2 === neg;
    });
    if (dated) {
      groups.get(dated)!.push(...list);
      groups.delete(key);
    }
  }
  // An event with no target joins the same event that names one: "the White House's commitment to dialogue".
  for (const [key, list] of [...groups]) {
    const [type, src, tgt, time, neg] = fields(key);
    if (tgt !== "") continue;
    const fuller = findKey(groups, (k) => {
      const [t2, s2, g2, h2, n2] = fields(k);
      return (
        k !== key &&
        t2 === type &&
        s2 === src &&
        sameTime(h2 ?? "", time ?? "") &&
        g2 !== "" &&
        n2 === neg &&
        sameKindOfAct(list, groups.get(k)!)
      );
    });
    if (fuller) {
      groups.get(fuller)!.push(...list);
      groups.delete(key);
    }
  }
  for (const p of partial) {
    const pNegated = p.candidate.negated ? "!" : undefined;
    const candidates = [...groups.entries()].filter(([key, list]) => {
      const [type, src, tgt, time, neg] = fields(key);
      const pTarget = actorKey(p.target);
      return (
        type === eventType(p) &&
        neg === pNegated &&
        sameTime(time ?? "", timeKey(p)) &&
        (pTarget === "" ||
          (pTarget === tgt &&
            // Within one state the country says too little: "strikes on RSF bases" is not the RSF's
            // seizure of the presidential palace, though both target Sudan.
            (src !== tgt || list.some((m) => m.target?.code === p.target?.code)))) &&
        list.length > 0 &&
        sameKindOfAct([p], list) &&
        // "… until Hamas disarmed": a hoped-for or possible act is not the one done.
        (p.candidate.modality === "actual" || list.some((m) => m.candidate.modality === p.candidate.modality))
      );
    });
    if (candidates.length === 0) {
      // "Three civilians were killed in a car bombing": violence against a named victim by an
      // unnamed attacker is an event of its own, with no source.
      if (p.source) {
        const key = groupKey(p, actorKey(p.source), timeKey(p));
        groups.set(key, [...(groups.get(key) ?? []), p]);
        continue;
      }
      const unnamedAttacker =
        p.candidate.passive && p.target && HARM_ROOTS.has(p.candidate.code.code.slice(0, 2));
      if (unnamedAttacker) groups.set(groupKey(p, "", timeKey(p)), [p]);
      continue;
    }
    // Prefer the event mentioned nearest to the partial mention.
    candidates.sort((a, b) => nearest(a[1], p.candidate.sentence) - nearest(b[1], p.candidate.sentence));
    candidates[0]![1].push(p);
  }
  const events: CodedEvent[] = [];
  for (const [key, list] of groups)
    for (const [part, mentions] of splitByPlace(key, list)) events.push(buildEvent(part, mentions, article));
  events.sort((a, b) => (a.mentions[0]?.sentence ?? 0) - (b.mentions[0]?.sentence ?? 0));
  return events;
}

/** crypto.hash (Node ≥ 20.12) is the one-shot form of createHash: the same digest at a fraction of the cost. */
function sha1Hex(text: string): string {
  return typeof crypto.hash === "function"
    ? crypto.hash("sha1", text, "hex")
    : crypto.createHash("sha1").update(text).digest("hex");
}

/**
 * True when two lists hold the same kind of act by CAMEO code: the same three digits, or one a root's
 * general code ("120" with "125"). "condemned the budget" (111) is not "summoned the ambassador" (114).
 */
function sameKindOfAct(a: readonly DyadMention[], b: readonly DyadMention[]): boolean {
  return a.some((x) => b.some((y) => sameKind(x.candidate.code.code, y.candidate.code.code)));
}

function sameKind(a: string, b: string): boolean {
  const x = a.slice(0, 3);
  const y = b.slice(0, 3);
  return (
    x === y ||
    (x.slice(0, 2) === y.slice(0, 2) && (x.length < 3 || y.length < 3 || x[2] === "0" || y[2] === "0"))
  );
}

function nearest(list: readonly DyadMention[], sentence: number): number {
  return Math.min(...list.map((m) => Math.abs(m.candidate.sentence - sentence)));
}

function buildEvent(
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

/** The first key that `test` accepts, without copying the keys. */
function findKey(groups: ReadonlyMap<string, unknown>, test: (key: string) => unknown): string | undefined {
  for (const key of groups.keys()) if (test(key)) return key;
  return undefined;
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
