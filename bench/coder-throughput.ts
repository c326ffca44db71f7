/**
 * Coder throughput, run in its own process by bench/run.ts so that its peak RSS is its own: codes a
 * fixed corpus (samples/corpus texts plus the petr2-gsr texts, repeated to ≥ N sentences) from raw
 * text, and, in the same run and on the same text, wink-nlp's bare pipeline (sentences, tokens, POS).
 * Prints one JSON object on stdout.
 *
 * @example
 * node --import tsx bench/coder-throughput.ts 50000
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";
import type { createCoder as CreateCoder } from "../src/index.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
// The built coder, as users run it: code loaded through tsx carries esbuild's keep-names wrappers,
// which cost measurable time in hot closures. `npm run bench` builds first.
const { createCoder } = (await import(pathToFileURL(join(root, "dist", "index.js")).href)) as { createCoder: typeof CreateCoder };
const minSentences = Number(process.argv[2] ?? "50000");
const { CODING_BATCH } = (await import(pathToFileURL(join(root, "dist", "ingest", "coding-batch.js")).href)) as {
  CODING_BATCH: number;
};
const batchSize = Number(process.argv[3] ?? CODING_BATCH);
/** Alternating timed rounds of bare wink and the coder. */
const ROUNDS = 8;

/** Base texts: each sample article, and the petr2 gold sentences grouped ten to an article. */
function baseTexts(): string[] {
  const texts: string[] = [];
  const corpus = join(root, "samples", "corpus");
  for (const file of readdirSync(corpus).sort()) {
    if (!file.endsWith(".json")) continue;
    const value = JSON.parse(readFileSync(join(corpus, file), "utf8")) as { text?: string };
    if (value.text) texts.push(value.text);
  }
  const gold = join(root, "..", "shared", "eval", "petr2-gsr.jsonl");
  if (existsSync(gold)) {
    const lines = readFileSync(gold, "utf8")
      .split("\n")
      .filter((l) => l.trim() !== "")
      .map((l) => (JSON.parse(l) as { text: string }).text);
    for (let i = 0; i < lines.length; i += 10) texts.push(lines.slice(i, i + 10).join(" "));
  }
  return texts;
}

const nlp = winkNLP(model, ["sbd", "pos"]);
const its = nlp.its;

/** wink's bare pipeline on one text: sentence and token counts (POS tags read out, as the coder does). */
function bare(text: string): { sentences: number; tokens: number } {
  const doc = nlp.readDoc(text);
  const pos = doc.tokens().out(its.pos) as string[];
  return { sentences: doc.sentences().length(), tokens: pos.length };
}

const base = baseTexts();
const baseSentences = base.reduce((n, t) => n + bare(t).sentences, 0);
const copies = Math.max(1, Math.ceil(minSentences / baseSentences));
const texts = Array.from({ length: copies }, () => base).flat();
const chars = texts.reduce((n, t) => n + t.length, 0);

const coder = createCoder({ defaultDate: "2025-06-12" });
/** Codes texts[from, to) in batches of the size `parley code` and `parley ingest` use (CODING_BATCH). */
function codeTexts(from: number, to: number): { sentences: number; tokens: number; events: number } {
  const counts = { sentences: 0, tokens: 0, events: 0 };
  for (let i = from; i < to; i += batchSize) {
    const batch = texts.slice(i, Math.min(i + batchSize, to)).map((text, k) => ({ id: `a${i + k}`, text }));
    for (const state of coder.analyseMany(batch)) {
      counts.sentences += state.document.sentences.length;
      for (const s of state.document.sentences) counts.tokens += s.tokens.length;
      counts.events += state.events.length;
    }
  }
  return counts;
}

function bareTexts(from: number, to: number): { sentences: number; tokens: number } {
  const counts = { sentences: 0, tokens: 0 };
  for (let i = from; i < to; i++) {
    const one = bare(texts[i]!);
    counts.sentences += one.sentences;
    counts.tokens += one.tokens;
  }
  return counts;
}

// Steady state is what a long run sees: one untimed pass of each over the whole corpus first, as a
// first pass still pays for JIT tiering and heap growth (it runs about 10% slower).
bareTexts(0, texts.length);
codeTexts(0, texts.length);

// The two are timed in alternating rounds over the same slices of the corpus, so a slow spell of a
// shared machine falls on both rather than on whichever ran then: one pass of each, back to back,
// gave ratios from 0.23 to 0.33 on the same commit.
const rounds = Math.min(ROUNDS, texts.length);
let bareSeconds = 0;
let coderSeconds = 0;
let bareSentences = 0;
let bareTokens = 0;
let sentences = 0;
let tokens = 0;
let events = 0;
const roundRatios: number[] = [];
for (let round = 0; round < rounds; round++) {
  const from = Math.floor((round * texts.length) / rounds);
  const to = Math.floor(((round + 1) * texts.length) / rounds);
  let t = performance.now();
  const b = bareTexts(from, to);
  const bareRound = (performance.now() - t) / 1000;
  t = performance.now();
  const c = codeTexts(from, to);
  const coderRound = (performance.now() - t) / 1000;
  bareSeconds += bareRound;
  coderSeconds += coderRound;
  bareSentences += b.sentences;
  bareTokens += b.tokens;
  sentences += c.sentences;
  tokens += c.tokens;
  events += c.events;
  roundRatios.push(bareRound / coderRound);
}
roundRatios.sort((a, b) => a - b);
const r = (n: number) => Math.round(n);
const round3 = (n: number) => Math.round(n * 1000) / 1000;

process.stdout.write(
  `${JSON.stringify({
    articles: texts.length,
    sentences,
    tokens,
    characters: chars,
    events,
    coder: {
      seconds: Math.round(coderSeconds * 100) / 100,
      sentencesPerSecond: r(sentences / coderSeconds),
      tokensPerSecond: r(tokens / coderSeconds),
      articlesPerSecond: r(texts.length / coderSeconds),
    },
    bare: {
      seconds: Math.round(bareSeconds * 100) / 100,
      sentences: bareSentences,
      tokens: bareTokens,
      sentencesPerSecond: r(bareSentences / bareSeconds),
      tokensPerSecond: r(bareTokens / bareSeconds),
    },
    // Same text, so the ratio of times is the ratio of throughputs.
    ratio: Math.round((bareSeconds / coderSeconds) * 1000) / 1000,
    rounds,
    roundRatios: { min: round3(roundRatios[0]!), median: round3(roundRatios[rounds >> 1]!), max: round3(roundRatios[rounds - 1]!) },
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  })}\n`,
);
