/**
 * Within-article dedup: event mentions of the same event (same type, source, target, date and
 * negation) in several sentences become one event that keeps every mention as evidence. Mentions without a
 * source ("the reported rejection of Trump's letter") join the event they refer back to.
 *
 * @example
 * const events = mergeArticleEvents(dyadMentions, article);
 */
import type { ActorRef, CodedEvent, EventActor } from "../core/types.js";
import { HARM_ROOTS } from "../events/clause-roles.js";
import { IMPLIED_LOCATION_SOURCE } from "../events/implied-parties.js";
import type { EventMentionCandidate } from "../events/event-extractor.js";
import { sameTime, timeKeyOf } from "./event-time-keys.js";
import { buildEvent } from "./coded-event.js";
import { sameKindOfAct, splitByKind } from "./kind-split.js";
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

const looseTime = (key: string) => (key.startsWith("m") || key.startsWith("y") ? "news" : key);
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
        // A partial mention names too little to tell a month or year apart from the news: "talks
        // with the United States" joins "the talks, the first since they met in June".
        sameTime(looseTime(time ?? ""), timeKey(p)) &&
        (pTarget === "" ||
          (pTarget === tgt &&
            // Within one state the country says too little: "strikes on RSF bases" is not the RSF's
            // seizure of the presidential palace, though both target Sudan.
            (src !== tgt || list.some((m) => m.target?.code === p.target?.code)))) &&
        list.length > 0 &&
        // An active verb whose subject is no one named refers back at most: "mediators pressed
        // Israel to agree …" in the lede is not the UN's later call, though a lede's noun ("reports
        // suggesting a rejection of the letter") may announce what the next sentence tells.
        (namesItsAct(p) || list.some((m) => m.candidate.sentence <= p.candidate.sentence)) &&
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
    for (const [kind, ofKind] of splitByKind(key, list))
      for (const [part, mentions] of splitByPlace(kind, ofKind))
        events.push(buildEvent(part, mentions, article));
  events.sort((a, b) => (a.mentions[0]?.sentence ?? 0) - (b.mentions[0]?.sentence ?? 0));
  return events;
}

/** True for a noun or passive trigger, which names an act without its doer. */
function namesItsAct(m: DyadMention): boolean {
  const head = m.candidate.rule.head ?? "verb";
  return m.candidate.passive || head !== "verb";
}

function nearest(list: readonly DyadMention[], sentence: number): number {
  return Math.min(...list.map((m) => Math.abs(m.candidate.sentence - sentence)));
}

/** The first key that `test` accepts, without copying the keys. */
function findKey(groups: ReadonlyMap<string, unknown>, test: (key: string) => unknown): string | undefined {
  for (const key of groups.keys()) if (test(key)) return key;
  return undefined;
}
