/**
 * Renders coded articles as JSON, JSON Lines, TSV or a readable explanation.
 *
 * @example
 * process.stdout.write(renderArticles([coded], "jsonl"));
 */
import type { CodedArticle, CodedEvent, EventActor } from "../core/types.js";

/** Output formats of `parley code`. @example "tsv" */
export type CodeFormat = "json" | "jsonl" | "tsv";

/** The columns of the TSV output, in order. @example TSV_COLUMNS[0] // "doc_id" */
export const TSV_COLUMNS = [
  "doc_id",
  "event_id",
  "date",
  "date_precision",
  "source",
  "target",
  "event",
  "cameo",
  "goldstein",
  "quad_class",
  "status",
  "historical",
  "negated",
  "modality",
  "channel",
  "location",
  "reporters",
  "mentions",
  "confidence",
  "evidence",
] as const;

const codes = (actors: readonly EventActor[]) => actors.map((a) => a.code).join(";");
const clean = (value: string) => value.replace(/[\t\r\n]+/g, " ");

/** One TSV row per event. @example tsvRow("doc", event) */
export function tsvRow(docId: string, e: CodedEvent): string {
  return [
    docId,
    e.id,
    e.date,
    e.datePrecision,
    codes(e.source),
    codes(e.target),
    e.event ?? "",
    e.cameo,
    String(e.goldstein),
    String(e.quadClass),
    e.attribution.status,
    String(e.historical),
    String(e.negated),
    e.modality,
    e.channel ?? "",
    e.location ?? "",
    e.attribution.reporters.map((r) => r.text).join(";"),
    String(e.mentions.length),
    String(e.confidence),
    e.mentions[0]?.sentenceText ?? "",
  ]
    .map(clean)
    .join("\t");
}

/**
 * Renders a batch of coded articles.
 * @example renderArticles(articles, "json")
 */
export function renderArticles(articles: readonly CodedArticle[], format: CodeFormat): string {
  switch (format) {
    case "json":
      return `${JSON.stringify(
        articles.map((a) => ({ id: a.id, events: a.events })),
        null,
        2,
      )}\n`;
    case "jsonl":
      return articles.map((a) => `${JSON.stringify({ id: a.id, events: a.events })}\n`).join("");
    case "tsv":
      return articles.flatMap((a) => a.events.map((e) => `${tsvRow(a.id, e)}\n`)).join("");
  }
}

const arrow = (e: CodedEvent) => `${codes(e.source) || "?"} → ${codes(e.target) || "—"}`;

/**
 * A readable account of each event: the clause, the pattern and the actor entries behind it.
 * @example explainArticle(coded)
 */
export function explainArticle(article: CodedArticle): string {
  const lines = [`# ${article.id} (${article.date}): ${article.events.length} event(s)`];
  for (const e of article.events) {
    const flags = [
      e.historical ? "historical" : "news",
      e.negated ? "negated" : "",
      e.modality,
      e.attribution.status,
    ]
      .filter(Boolean)
      .join(", ");
    lines.push(
      `\n${e.event ?? "(statement)"} ${e.cameo} ${e.cameoName}: ${arrow(e)}  [${flags}]`,
      `  date ${e.date} (${e.datePrecision})${e.location ? `, in ${e.location}` : ""}${e.channel ? `, channel ${e.channel}` : ""}; Goldstein ${e.goldstein}, QuadClass ${e.quadClass}; confidence ${e.confidence}`,
      `  reported by: ${e.attribution.reporters.map((r) => `${r.text}${r.verb ? ` (${r.verb})` : ""}`).join("; ") || "—"}${e.attribution.hedges.length ? `; hedges: ${e.attribution.hedges.join(", ")}` : ""}`,
    );
    for (const m of e.mentions) {
      const span = (s: { start: number; end: number }) => {
        const start = s.start - offsetOf(m);
        if (start >= 0 && s.end - offsetOf(m) <= m.sentenceText.length)
          return m.sentenceText.slice(start, s.end - offsetOf(m));
        // An actor found by coreference or from an earlier event lies in another sentence.
        const named = [...e.source, ...e.target].find((a) => a.text.length === s.end - s.start);
        return `${named ? named.text : "?"} (characters ${s.start}–${s.end}, another sentence)`;
      };
      lines.push(
        `  - sentence ${m.sentence}: "${m.sentenceText}"`,
        `    trigger "${span(m.trigger)}" by rule ${m.ruleId} (pattern "${m.pattern}"); status ${m.status}`,
        `    source ${m.source.map(span).join(", ") || "—"}; target ${m.target.map(span).join(", ") || "—"}; actor entries ${m.actorEntryIds.join(", ") || "—"}`,
      );
    }
  }
  return `${lines.join("\n")}\n`;
}

/** Character offsets in mentions are document offsets; the sentence's own start is the trigger's minus its index in the text. */
function offsetOf(m: CodedEvent["mentions"][number]): number {
  return m.sentenceStart;
}
