/**
 * The coder: one configured pipeline that turns an article into coded, attributed events. Every
 * coder owns its dictionaries and analyser, so two coders with different dictionaries can run side
 * by side in one process.
 *
 * @example
 * const coder = createCoderFrom({ dictionaries });
 * coder.code({ id: "seed", text, date: "2025-06-12" }).events;
 */
import type { Dictionaries } from "../core/dictionary-schema.js";
import { ParleyError } from "../core/errors.js";
import type { ArticleInput, CodedArticle } from "../core/types.js";
import { buildActorLexicon } from "../actors/actor-lexicon.js";
import { type AttributionCues, defaultAttributionCues } from "../attribution/attribution-cues.js";
import { compileEventRules } from "../events/event-rule-index.js";
import { createWinkAnalyser, type TextAnalyser } from "../nlp/wink-analyser.js";
import { type CoderLimits, defaultCoderLimits } from "./coder-limits.js";
import { type CoderState, coderStages } from "./coder-stages.js";
import { buildPipeline, type Pipeline } from "./pipeline.js";

export { type CoderLimits, defaultCoderLimits } from "./coder-limits.js";

/** Characters per allowed token before a run with no sentence end is blanked (news never comes near it). */
const RUN_ON_CHARS_PER_TOKEN = 50;

/**
 * Blanks what lies beyond maxSentenceTokens × 50 characters of text with no sentence end or line
 * break, before analysis: the sentence stage would cut it anyway, and tokenising a multi-megabyte
 * single line first costs seconds. Blanks keep the length, so character offsets stay true.
 * @example withRunOnLimit(createWinkAnalyser(), 200).analyse("word ".repeat(1e6)).length // 1
 */
export function withRunOnLimit(analyser: TextAnalyser, maxSentenceTokens: number): TextAnalyser {
  const maxRun = Math.max(1000, maxSentenceTokens * RUN_ON_CHARS_PER_TOKEN);
  const runOn = new RegExp(`[^.!?\\n\u2026]{${maxRun + 1},}`, "g");
  return {
    vocabulary: analyser.vocabulary,
    tokenizeName: (name) => analyser.tokenizeName(name),
    tokenizeNames: (names) => analyser.tokenizeNames(names),
    analyse(text) {
      if (text.length <= maxRun) return analyser.analyse(text);
      const cut = text.replace(runOn, (run) => run.slice(0, maxRun) + " ".repeat(run.length - maxRun));
      return analyser.analyse(cut);
    },
  };
}

/** Options of a coder built from parsed dictionaries. @example { dictionaries, cues: { historicalAfterDays: 60 } } */
export interface CoderOptions {
  readonly dictionaries: Dictionaries;
  readonly cues?: Partial<AttributionCues>;
  readonly limits?: Partial<CoderLimits>;
  /** Date used for articles that carry none (yyyy-mm-dd). */
  readonly defaultDate?: string;
  readonly analyser?: TextAnalyser;
}

/** A configured coder. @example coder.code(article).events */
export interface Coder {
  readonly dictionaryVersion: string;
  readonly stageNames: readonly string[];
  code(article: ArticleInput): CodedArticle;
  /** The full pipeline state, for `--explain` and debugging. */
  analyse(article: ArticleInput): CoderState;
  /**
   * Codes a batch stage by stage, faster than one article at a time; equal to `articles.map(code)`.
   * Throws as `code` would for the first article that is not valid.
   * @example coder.codeMany(articles).length === articles.length
   */
  codeMany(articles: readonly ArticleInput[]): CodedArticle[];
  /** The full states of a batch, as `codeMany` computes them. @example coder.analyseMany(batch)[0].events */
  analyseMany(articles: readonly ArticleInput[]): CoderState[];
}

/**
 * Builds a coder from already-loaded dictionaries.
 * @example createCoderFrom({ dictionaries: loadDictionaries(dir) })
 */
export function createCoderFrom(options: CoderOptions): Coder {
  const limits = { ...defaultCoderLimits, ...options.limits };
  const analyser = withRunOnLimit(options.analyser ?? createWinkAnalyser(), limits.maxSentenceTokens);
  const lexicon = buildActorLexicon(options.dictionaries, analyser);
  const rules = compileEventRules(options.dictionaries, analyser.vocabulary);
  const cues = { ...defaultAttributionCues, ...options.cues };
  const pipeline: Pipeline<CoderState> = buildPipeline(
    coderStages({
      analyser,
      lexicon,
      rules,
      cues,
      maxSentences: limits.maxSentences,
      maxSentenceTokens: limits.maxSentenceTokens,
    }),
    ["article"],
  );
  const initial = (input: ArticleInput): Pick<CoderState, "article"> => {
    const date = input.date ?? options.defaultDate;
    if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      throw new ParleyError(
        "E_DATE",
        `article ${input.id ?? ""}: field date: missing or not yyyy-mm-dd`.replace("  ", " "),
      );
    }
    if (input.text.length > limits.maxArticleChars) {
      throw new ParleyError(
        "E_LIMIT",
        `article ${input.id ?? ""}: ${input.text.length} characters is over the limit of ${limits.maxArticleChars}`,
      );
    }
    return { article: { id: input.id ?? "article", text: input.text, date, outlet: input.outlet ?? null } };
  };
  const analyse = (input: ArticleInput): CoderState => pipeline.run(initial(input));
  const analyseMany = (inputs: readonly ArticleInput[]): CoderState[] =>
    pipeline.runMany(inputs.map(initial));
  const coded = (state: CoderState): CodedArticle => ({
    id: state.article.id,
    date: state.article.date,
    events: state.events,
  });
  return {
    dictionaryVersion: options.dictionaries.version,
    stageNames: pipeline.stageNames,
    analyse,
    analyseMany,
    code: (input) => coded(analyse(input)),
    codeMany: (inputs) => analyseMany(inputs).map(coded),
  };
}
