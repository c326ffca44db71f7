/**
 * The coder's named stages, in order: sentences → dates → actors → coreference → attribution →
 * events → article-events. Each is a pure function of the state and the coder's configuration.
 *
 * @example
 * const pipeline = buildPipeline(coderStages(config), ["article"]);
 */
import type {
  ActorMention,
  ActorRef,
  CodedEvent,
  DateMention,
  Document,
  EventActor,
  Sentence,
} from "../core/types.js";
import type { ActorLexicon } from "../actors/actor-lexicon.js";
import { recognizeActors } from "../actors/actor-recognizer.js";
import { resolveCoreference } from "../actors/coreference.js";
import { organizationRoleOn, personActor } from "../actors/person-roles.js";
import type { AttributionCues } from "../attribution/attribution-cues.js";
import type { TermStart } from "../attribution/event-time.js";
import { findReportingFrames, frameVerbs, type ReportingFrame } from "../attribution/reporting-frames.js";
import { type EventMentionCandidate, extractEventMentions } from "../events/event-extractor.js";
import type { EventRuleIndex } from "../events/event-rule-index.js";
import { findDateExpressions } from "../nlp/date-expressions.js";
import type { TextAnalyser } from "../nlp/wink-analyser.js";
import type { Stage } from "./pipeline.js";
import { type DyadMention, mergeArticleEvents } from "./article-events.js";

/** The state that flows through the coder's stages. @example state.document.sentences */
export interface CoderState {
  readonly article: {
    readonly id: string;
    readonly text: string;
    readonly date: string;
    readonly outlet: string | null;
  };
  readonly document: Document;
  readonly dates: readonly (readonly DateMention[])[];
  readonly mentions: readonly (readonly ActorMention[])[];
  readonly resolvedMentions: readonly (readonly ActorMention[])[];
  readonly frames: readonly (readonly ReportingFrame[])[];
  readonly candidates: readonly EventMentionCandidate[];
  readonly events: readonly CodedEvent[];
}

/** What the stages share: the analyser, the compiled dictionaries and the cues. @example { analyser, lexicon, rules, cues } */
export interface CoderConfig {
  readonly analyser: TextAnalyser;
  readonly lexicon: ActorLexicon;
  readonly rules: EventRuleIndex;
  readonly cues: AttributionCues;
  /** Sentences longer than this many tokens are cut: a run-on line must not stall coding. */
  readonly maxSentenceTokens: number;
  readonly maxSentences: number;
}

/** Builds the ordered stage list. @example coderStages(config).map((s) => s.name) */
export function coderStages(config: CoderConfig): Stage<CoderState>[] {
  const clauseVerbs = new Set([...config.cues.reportingVerbs, ...config.cues.clauseVerbs]);
  const verbs = frameVerbs(config.cues);
  return [
    {
      name: "sentences",
      needs: ["article"],
      adds: ["document"],
      run: ({ article }) => {
        const sentences = config.analyser
          .analyse(article.text)
          .slice(0, config.maxSentences)
          .map((s) =>
            s.tokens.length > config.maxSentenceTokens ? truncate(s, config.maxSentenceTokens) : s,
          );
        return { document: { ...article, sentences } };
      },
    },
    {
      name: "dates",
      needs: ["document"],
      adds: ["dates"],
      run: ({ document }) => ({ dates: dateMentions(document) }),
    },
    {
      name: "actors",
      needs: ["document"],
      adds: ["mentions"],
      run: ({ document }) => ({
        mentions: document.sentences.map((s) => recognizeActors(s, config.lexicon, document.date)),
      }),
    },
    {
      name: "coreference",
      needs: ["mentions"],
      adds: ["resolvedMentions"],
      run: ({ document, mentions }) => ({
        resolvedMentions: resolveCoreference(document.sentences, mentions, config.lexicon.people),
      }),
    },
    {
      name: "attribution",
      needs: ["resolvedMentions"],
      adds: ["frames"],
      run: ({ document, resolvedMentions }) => ({
        frames: document.sentences.map((s) =>
          findReportingFrames(s, resolvedMentions[s.index] ?? [], config.cues, verbs),
        ),
      }),
    },
    {
      name: "events",
      needs: ["resolvedMentions", "frames", "dates"],
      adds: ["candidates"],
      run: ({ document, resolvedMentions, frames, dates }) => {
        const termStart: TermStart = (personId, which) => {
          const person = config.lexicon.people.get(personId);
          const roles = [...(person?.roles ?? [])].sort((a, b) => a.from.localeCompare(b.from));
          const pick =
            which === "first" ? roles[0] : roles.filter((r) => r.to && r.to <= document.date).pop();
          return pick ? `${pick.from.slice(0, 4)}-01-01` : null;
        };
        const ctx = {
          rules: config.rules,
          cues: config.cues,
          articleDate: document.date,
          termStart,
          clauseVerbs,
        };
        return {
          candidates: document.sentences.flatMap((s) =>
            extractEventMentions(
              ctx,
              s,
              resolvedMentions[s.index] ?? [],
              frames[s.index] ?? [],
              dates[s.index] ?? [],
            ),
          ),
        };
      },
    },
    {
      name: "article-events",
      needs: ["candidates", "frames"],
      adds: ["events"],
      run: ({ document, candidates, frames, article }) => {
        const withStatus = applyStatusFrames(candidates, frames);
        const dyads = withStatus.flatMap((c) => toDyadMentions(c, document.sentences[c.sentence]!, config));
        return { events: mergeArticleEvents(dyads, article) };
      },
    },
  ];
}

function truncate(s: Sentence, max: number): Sentence {
  const tokens = s.tokens.slice(0, max);
  const end = tokens[tokens.length - 1]!.end;
  return { ...s, tokens, end, text: s.text.slice(0, end - s.start) };
}

// A sentence with no digit and no calendar word holds no date: chrono need not read it.
const MAY_HOLD_DATE =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|\b(?:today|yesterday|tomorrow|tonight|ago|last|next|this|earlier|later|week|month|year|decade|century|spring|summer|autumn|fall|winter|noon|midnight|morning|evening|night|overnight)\b/i;

function dateMentions(document: Document): DateMention[][] {
  return document.sentences.map((s) =>
    (MAY_HOLD_DATE.test(s.text) ? findDateExpressions(s.text, document.date) : [])
      .map((d) => ({ ...d, start: d.start + s.start, end: d.end + s.start }))
      .map((d) => {
        const start = s.tokens.findIndex((t) => t.end > d.start);
        let end = s.tokens.findIndex((t) => t.start >= d.end);
        if (end < 0) end = s.tokens.length;
        return {
          span: { sentence: s.index, start: Math.max(0, start), end },
          text: d.text,
          date: d.date,
          precision: d.precision,
        };
      }),
  );
}

/**
 * "Seoul declined to comment on the report": a status frame whose sentence codes no event bears on
 * the latest event before it.
 */
function applyStatusFrames(
  candidates: readonly EventMentionCandidate[],
  frames: readonly (readonly ReportingFrame[])[],
): EventMentionCandidate[] {
  const out = [...candidates];
  frames.forEach((list, sentence) => {
    for (const frame of list) {
      if (frame.kind === "report") continue;
      const inside = (c: EventMentionCandidate) =>
        c.sentence === sentence && c.trigger >= frame.content[0] && c.trigger < frame.content[1];
      if (out.some(inside)) continue;
      const status =
        frame.kind === "confirm" ? "confirmed" : frame.kind === "deny" ? "denied" : "unconfirmed";
      const before = (c: EventMentionCandidate) =>
        (c.sentence < sentence && sentence - c.sentence <= 2) ||
        (c.sentence === sentence && c.trigger < frame.verbToken);
      for (let k = out.length - 1; k >= 0; k--) {
        const c = out[k]!;
        if (before(c) && c.code.quadClass >= 3) {
          out[k] = { ...c, status: c.status === "asserted" ? status : c.status };
          break;
        }
      }
    }
  });
  return out;
}

function toDyadMentions(c: EventMentionCandidate, sentence: Sentence, config: CoderConfig): DyadMention[] {
  // Roles are read mid-period, so "in 2017" finds a president inaugurated on 20 January.
  const date =
    c.time.precision === "year"
      ? `${c.time.date.slice(0, 4)}-07-01`
      : c.time.precision === "month"
        ? `${c.time.date.slice(0, 7)}-15`
        : c.time.date;
  const expand = (mentions: readonly ActorMention[]): { actor: EventActor; mention: ActorMention }[] => {
    const out: { actor: EventActor; mention: ActorMention }[] = [];
    for (const m of mentions) {
      const actors = m.group ?? [m.personId ? (personActorOf(m.personId, date, config) ?? m.actor) : m.actor];
      for (const named of actors) {
        const a = titled(
          named.actorId && config.lexicon.people.has(named.actorId)
            ? (personActorOf(named.actorId, date, config) ?? named)
            : datedOrganization(named, date, config),
          m,
        );
        // An actor with neither a country nor an organisation code ("officials") names no one.
        if (a.country || (a.code && m.kind !== "agent"))
          out.push({
            // Spelled out: a spread here is measurably slower, and an ActorRef has just these fields.
            actor: {
              code: a.code,
              country: a.country,
              sector: a.sector,
              name: a.name,
              actorId: a.actorId,
              text: m.text,
            },
            mention: m,
          });
      }
    }
    return out;
  };
  const sources = expand(c.sources);
  const targets = expand(c.targets);
  const trigger = sentence.tokens[c.trigger]!;
  const last = sentence.tokens[Math.max(c.trigger, c.matchEnd - 1)]!;
  const base = {
    candidate: c,
    sentenceText: sentence.text,
    sentenceStart: sentence.start,
    trigger: {
      start: trigger.start,
      end: c.rule.head === "noun" || c.matchEnd - c.trigger <= 3 ? last.end : trigger.end,
    },
  };
  const pairs: DyadMention[] = [];
  type Slot = (typeof sources)[number];
  // "Russia withdrew its troops": an actor acting on itself is an event without a target.
  // The same entity named again ("its troops", "he"), not another actor of the same country
  // ("Croatia" investigating "Croatian extremists").
  const same = (a: Slot, b: Slot) =>
    !b.mention.entryIds.includes("implied-domestic-target") &&
    a.actor.actorId === b.actor.actorId &&
    (b.mention.coreferent ||
      a.mention.coreferent ||
      a.mention.text.toLowerCase() === b.mention.text.toLowerCase() ||
      a.mention.kind === "person" ||
      // "France … alleging Paris played a role": a country and its capital name one state.
      (stateName(a.mention) &&
        stateName(b.mention) &&
        (a.actor.sector === "GOV" || b.actor.sector === "GOV"))) &&
    (a.actor.sector === b.actor.sector || !a.actor.sector || !b.actor.sector);
  const targetsOf = (s: Slot) => {
    const others = targets.filter((t) => !same(s, t));
    return others.length > 0 ? others : [null];
  };
  const push = (s: Slot | null, t: Slot | null) => {
    const entryIds = new Set<string>(s?.mention.entryIds);
    if (t) for (const id of t.mention.entryIds) entryIds.add(id);
    pairs.push({
      candidate: base.candidate,
      sentenceText: base.sentenceText,
      sentenceStart: base.sentenceStart,
      trigger: base.trigger,
      source: s?.actor ?? null,
      target: t?.actor ?? null,
      sourceChars: s ? [s.mention.chars] : [],
      targetChars: t ? [t.mention.chars] : [],
      actorEntryIds: [...entryIds],
    });
  };
  if (sources.length === 0) {
    for (const t of targets.length > 0 ? targets : [null]) push(null, t);
  } else if (c.rule.mutual && targets.length === 0 && sources.length >= 2) {
    for (const a of sources) for (const b of sources) if (a !== b && !same(a, b)) push(a, b);
  } else {
    for (const s of sources) for (const t of targetsOf(s)) push(s, t);
    // Talks and negotiations take two sides: whoever holds them with Y, Y holds them too
    // (match-coding drops this for a refused or promised act, which is one side's).
    if (c.rule.reciprocal) for (const s of sources) for (const t of targetsOf(s)) if (t) push(t, s);
  }
  return pairs;
}

/** A bare name of a state or its seat ("France", "Paris", "the Kremlin"), with no agent or group. */
function stateName(m: ActorMention): boolean {
  return m.kind === "country" && m.entryIds.length > 0 && m.entryIds.every((id) => id.startsWith("country:"));
}

/**
 * "Japanese Prime Minister Ryutaro Hashimoto" on a date outside his known terms: the title the text
 * gives him still names his sector.
 */
function titled(a: ActorRef, m: ActorMention): ActorRef {
  if (a.sector !== null || !m.personId || m.actor.sector === null || a.country !== m.actor.country) return a;
  if (!m.entryIds.some((id) => id.startsWith("agent:"))) return a;
  return { ...a, sector: m.actor.sector, code: `${a.country ?? ""}${m.actor.sector}` };
}

/** "In 2010 the Taliban attacked …": an organisation with dated roles takes the one of the event's date. */
function datedOrganization(a: ActorRef, date: string, config: CoderConfig): ActorRef {
  const entry = a.actorId ? config.lexicon.datedOrganizations.get(a.actorId) : undefined;
  if (!entry) return a;
  const role = organizationRoleOn(entry, date);
  if (role.country === a.country && role.sector === a.sector) return a;
  return { ...a, country: role.country, sector: role.sector, code: `${role.country ?? ""}${role.sector ?? ""}` };
}

function personActorOf(personId: string, date: string, config: CoderConfig) {
  const person = config.lexicon.people.get(personId);
  return person ? personActor(person, date) : null;
}
