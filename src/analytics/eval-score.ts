/**
 * Scores predicted events against gold sentences by the rules of `shared/eval/README.md`: actor
 * codes compare on their country part (every IGO code counts as IGO); a prediction matches a gold
 * event when the types are equal and the source and target sets share a code (an empty gold
 * target accepts any); historical, negated and hypothetical predictions stay out of the news score.
 *
 * @example
 * scoreEvents(goldRows, predictionRows).f1;
 */

/** A gold or predicted event as the scorer reads it. @example { type: "AGREE", source: [{ code: "USA" }], target: [] } */
export interface ScoredEvent {
  readonly event?: string | null;
  readonly type?: string | null;
  readonly source?: unknown;
  readonly target?: unknown;
  readonly historical?: boolean;
  readonly negated?: boolean;
  readonly modality?: string;
}

/** A gold line. @example { id: "A1", events: [...], annotation: "all-events" } */
export interface GoldRow {
  readonly id: string;
  readonly events?: readonly ScoredEvent[];
  readonly historical?: readonly ScoredEvent[];
  readonly annotation?: string;
}

/** A prediction line. @example { id: "A1", events: [...] } */
export interface PredictionRow {
  readonly id: string;
  readonly events?: readonly ScoredEvent[];
}

/** The figures of one scoring run. @example report.oneEventRecall */
export interface EvalReport {
  readonly sentences: number;
  readonly missingPredictions: number;
  readonly gold: number;
  readonly pred: number;
  readonly matched: number;
  readonly precision: number | null;
  readonly recall: number | null;
  readonly f1: number | null;
  readonly oneEventGold: number;
  readonly oneEventFound: number;
  readonly oneEventRecall: number | null;
  readonly typeRecall: number | null;
  readonly noEventSentences: number;
  readonly noEventPrecision: number | null;
  readonly historicalGold: number;
  readonly historicalFound: number;
  readonly historicalRecall: number | null;
}

const RENAMED: Readonly<Record<string, string>> = {
  DEMAND: "REQUEST",
  DISAPPROVE: "ACCUSE",
  INVESTIGATE: "ACCUSE",
  FIGHT: "ASSAULT",
};
const IGO_ALIASES = new Set([
  "IGO",
  "UNO",
  "UN",
  "EEC",
  "EUR",
  "EU",
  "NATO",
  "NAT",
  "AU",
  "ASEAN",
  "IAEA",
  "OPEC",
  "WTO",
  "IMF",
  "WBK",
  "ICC",
  "OSCE",
  "NGO",
]);

/** The country part of an actor code; every international organisation is "IGO". @example countryPart({ code: "PRKGOV" }) // "PRK" */
export function countryPart(actor: unknown): string {
  const value =
    typeof actor === "string"
      ? actor
      : ((actor as { code?: unknown; country?: unknown } | null)?.code ??
        (actor as { country?: unknown } | null)?.country ??
        "");
  const code = String(value ?? "")
    .toUpperCase()
    .trim();
  if (code === "") return "";
  if (code.startsWith("IGO") || IGO_ALIASES.has(code)) return "IGO";
  const country = code.slice(0, 3);
  return country === "JAP" ? "JPN" : country;
}

const codes = (value: unknown): Set<string> =>
  new Set((Array.isArray(value) ? value : value ? [value] : []).map(countryPart).filter((c) => c !== ""));
const typeOf = (e: ScoredEvent) => {
  const t = String(e.event ?? e.type ?? "").toUpperCase();
  return RENAMED[t] ?? t;
};
const shares = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].some((x) => b.has(x));
const leftOut = (e: ScoredEvent) =>
  e.historical === true || e.negated === true || e.modality === "hypothetical";

function isMatch(gold: ScoredEvent, pred: ScoredEvent): boolean {
  if (typeOf(gold) !== typeOf(pred)) return false;
  const goldSources = codes(gold.source);
  if (goldSources.size > 0 && !shares(goldSources, codes(pred.source))) return false;
  const goldTargets = codes(gold.target);
  return goldTargets.size === 0 || shares(goldTargets, codes(pred.target));
}

/** Greedy one-to-one matching in gold order. @example countMatches(gold, pred) */
function countMatches(gold: readonly ScoredEvent[], pred: readonly ScoredEvent[]): number {
  const taken = new Set<number>();
  let count = 0;
  for (const g of gold) {
    const index = pred.findIndex((p, k) => !taken.has(k) && isMatch(g, p));
    if (index >= 0) {
      taken.add(index);
      count++;
    }
  }
  return count;
}

/**
 * Scores a prediction set against a gold set.
 * @example scoreEvents(gold, pred).oneEventRecall
 */
export function scoreEvents(
  goldRows: readonly GoldRow[],
  predictionRows: readonly PredictionRow[],
): EvalReport {
  const byId = new Map(predictionRows.map((r) => [String(r.id), r]));
  let missingPredictions = 0,
    gold = 0,
    pred = 0,
    matched = 0,
    oneEventGold = 0,
    oneEventFound = 0;
  let typeHits = 0,
    typeTotal = 0,
    noEventSentences = 0,
    noEventClean = 0,
    historicalGold = 0,
    historicalFound = 0;
  for (const row of goldRows) {
    const prediction = byId.get(String(row.id));
    if (!prediction) missingPredictions++;
    const all = Array.isArray(prediction?.events) ? prediction.events : [];
    const news = all.filter((e) => !leftOut(e));
    const goldEvents = row.events ?? [];
    const predictedTypes = new Set(news.map(typeOf));
    for (const g of goldEvents) {
      typeTotal++;
      if (predictedTypes.has(typeOf(g))) typeHits++;
    }
    if (row.annotation === "one-event") {
      oneEventGold += goldEvents.length;
      oneEventFound += countMatches(goldEvents, news);
    } else {
      gold += goldEvents.length;
      pred += news.length;
      matched += countMatches(goldEvents, news);
      if (goldEvents.length === 0) {
        noEventSentences++;
        if (news.length === 0) noEventClean++;
      }
    }
    const historical = row.historical ?? [];
    historicalGold += historical.length;
    historicalFound += countMatches(
      historical,
      all.filter((e) => e.historical === true),
    );
  }
  const ratio = (a: number, b: number) => (b > 0 ? a / b : null);
  const precision = ratio(matched, pred);
  const recall = ratio(matched, gold);
  const f1 =
    precision !== null && recall !== null && precision + recall > 0
      ? (2 * precision * recall) / (precision + recall)
      : gold > 0
        ? 0
        : null;
  return {
    sentences: goldRows.length,
    missingPredictions,
    gold,
    pred,
    matched,
    precision,
    recall,
    f1,
    oneEventGold,
    oneEventFound,
    oneEventRecall: ratio(oneEventFound, oneEventGold),
    typeRecall: ratio(typeHits, typeTotal),
    noEventSentences,
    noEventPrecision: ratio(noEventClean, noEventSentences),
    historicalGold,
    historicalFound,
    historicalRecall: ratio(historicalFound, historicalGold),
  };
}
