/**
 * The coder's named stages, in order: sentences → dates → actors → coreference → attribution →
 * events → article-events. Each is a pure function of the state and the coder's configuration.
 *
 * @example
 * const pipeline = buildPipeline(coderStages(config), ["article"]);
 */
import type { ActorMention, CodedEvent, DateMention, Document, Sentence } from "../core/types.js";
import type { ActorLexicon } from "../actors/actor-lexicon.js";
import { recognizeActors } from "../actors/actor-recognizer.js";
import { resolveCoreference } from "../actors/coreference.js";
import type { AttributionCues } from "../attribution/attribution-cues.js";
import type { TermStart } from "../attribution/event-time.js";
import { findReportingFrames, frameVerbs, type ReportingFrame } from "../attribution/reporting-frames.js";
import { type EventMentionCandidate, extractEventMentions } from "../events/event-extractor.js";
import type { EventRuleIndex } from "../events/event-rule-index.js";
import { type DateAnchor, dateAnchor } from "../nlp/date-anchor.js";
import { findDatesAt } from "../nlp/date-expressions.js";
import { datelineEnd } from "../nlp/dateline.js";
import type { TextAnalyser } from "../nlp/wink-analyser.js";
import type { Stage } from "./pipeline.js";
import { mergeArticleEvents } from "./article-events.js";
import { toDyadMentions } from "./dyad-mentions.js";
import { applyReactionTargets } from "./reaction-targets.js";
import { applyRetaliationTargets } from "./retaliation-targets.js";
import { applyStatusFrames } from "./status-frames.js";

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
        mentions: document.sentences.map((s) => {
          const found = recognizeActors(s, config.lexicon, document.date);
          // "BAMAKO, Nov 26 (AFP) - …": who filed the story and where is no party to it.
          const dateline = s.index < DATELINE_REACH ? datelineEnd(s.tokens) : 0;
          return dateline > 0 ? found.filter((m) => m.span.start >= dateline) : found;
        }),
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
        const aimed = applyRetaliationTargets(
          applyReactionTargets(candidates, document.sentences),
          document.sentences,
        );
        const withStatus = applyStatusFrames(aimed, frames, document.sentences);
        const dyads = withStatus.flatMap((c) =>
          toDyadMentions(c, document.sentences[c.sentence]!, config.lexicon),
        );
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

// A dateline opens the story's first sentence, or the one after a headline and a byline.
const DATELINE_REACH = 3;

// A sentence with no digit and no calendar word holds no date: chrono need not read it.
const MAY_HOLD_DATE =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|\b(?:today|yesterday|tomorrow|tonight|ago|last|next|this|earlier|later|week|weekend|weekday|month|year|decade|century|spring|summer|autumn|fall|winter|noon|midnight|morning|evening|night|overnight)\b/i;

function dateMentions(document: Document): DateMention[][] {
  let anchor: DateAnchor | null = null;
  return document.sentences.map((s) => {
    if (!MAY_HOLD_DATE.test(s.text)) return [];
    // The article date is read once, at its first sentence that may hold a date.
    anchor ??= dateAnchor(document.date);
    const found = findDatesAt(s.text, anchor);
    const mentions: DateMention[] = [];
    // Expressions come sorted and apart, so one forward walk over the tokens places them all.
    const tokens = s.tokens;
    // "MANILA, Nov 27 (AP) -": the day a story was filed dates none of its events.
    const dateline = s.index < DATELINE_REACH ? datelineEnd(tokens) : 0;
    let first = 0;
    for (const d of found) {
      const start = d.start + s.start;
      const end = d.end + s.start;
      while (first < tokens.length && tokens[first]!.end <= start) first++;
      let last = first;
      while (last < tokens.length && tokens[last]!.start < end) last++;
      if (first < dateline) continue;
      mentions.push({
        span: { sentence: s.index, start: first < tokens.length ? first : 0, end: last },
        text: d.text,
        date: d.date,
        precision: d.precision,
      });
    }
    return mentions;
  });
}
