/**
 * The benchmark results as a Markdown table: printed by `npm run bench` and pasted into the README.
 *
 * @example
 * console.log(benchTable(JSON.parse(readFileSync("bench/results.json", "utf8"))));
 */

type Json = Record<string, unknown>;

const n = (value: unknown) => (typeof value === "number" ? value.toLocaleString("en-US") : "–");
const obj = (value: unknown): Json => (value && typeof value === "object" ? (value as Json) : {});
const ms = (value: unknown) => {
  const v = obj(value);
  return `median ${n(v.medianMs)} ms, p95 ${n(v.p95Ms)} ms${v.maxMs === undefined ? "" : `, max ${n(v.maxMs)} ms`}`;
};

/** The ratio, with the spread of its alternating rounds when the run recorded them. */
function ratioCell(coder: Json): string {
  const spread = obj(coder.roundRatios);
  if (spread.min === undefined) return n(coder.ratio);
  return `${n(coder.ratio)} (${n(coder.rounds)} alternating rounds: ${n(spread.min)}–${n(spread.max)})`;
}

/**
 * Renders whatever sections the results hold.
 * @example benchTable({ node: "v20.20.2", coder: { … } })
 */
export function benchTable(results: Json): string {
  const rows: [string, string][] = [];
  const coder = obj(results.coder);
  if (results.coder) {
    const c = obj(coder.coder);
    const b = obj(coder.bare);
    rows.push(
      [
        `coder, raw text → events (${n(coder.articles)} articles, ${n(coder.sentences)} sentences, ${n(coder.tokens)} tokens)`,
        `${n(c.sentencesPerSecond)} sentences/s, ${n(c.tokensPerSecond)} tokens/s, ${n(c.articlesPerSecond)} articles/s; peak RSS ${n(coder.peakRssMb)} MB`,
      ],
      [
        "wink-nlp bare pipeline (sentences, tokens, POS), same text",
        `${n(b.sentencesPerSecond)} sentences/s, ${n(b.tokensPerSecond)} tokens/s`,
      ],
      ["ratio coder / bare wink-nlp (goal ≥ 0.4)", ratioCell(coder)],
    );
  }
  if (results.startup) {
    const s = obj(results.startup);
    const wall = (value: unknown) => `median ${n(obj(value).medianMs)} ms, max ${n(obj(value).maxMs)} ms`;
    rows.push(
      ["CLI start-up: `parley --version`", wall(s.version)],
      ["CLI start-up: `parley events --limit 5` (sample store)", wall(s.events)],
      ["CLI start-up: `parley code` of one sentence (builds a coder)", wall(s.codeOneSentence)],
    );
  }
  for (const key of ["workers1", "workers2"] as const) {
    if (!results[key]) continue;
    const w = obj(results[key]);
    rows.push([
      `ingest generated articles, --workers ${key.slice(-1)}`,
      `${n(w.articlesPerSecond)} articles/s; peak RSS ${n(w.peakRssMb)} MB`,
    ]);
  }
  if (results.ingest) {
    const i = obj(results.ingest);
    rows.push([
      `ingest ${n(i.articles)} generated articles into SQLite`,
      `${n(i.articlesPerSecond)} articles/s, ${n(i.seconds)} s; peak RSS ${n(i.peakRssMb)} MB`,
    ]);
  }
  if (results.series) {
    const series = obj(results.series);
    // Runs before the sizes were listed kept one size at the top level.
    const runs = Array.isArray(series.runs) ? series.runs.map(obj) : [series];
    for (const s of runs) {
      const over = `, ${n(s.storedEvents)} events`;
      const load = obj(s.load);
      if (s.load === "reused")
        rows.push([`generate ${n(s.storedEvents)} events into SQLite`, "reused (--keep)"]);
      else if (s.load) {
        rows.push([
          `generate ${n(s.storedEvents)} events with ${n(s.sentences)} evidence sentences into SQLite`,
          `${n(load.seconds)} s (insert ${n(load.insertSeconds)} s, indexes ${n(load.indexSeconds)} s, FTS ${n(load.fullTextSeconds)} s), ${n(load.eventsPerSecond)} events/s; database ${n(s.databaseMb)} MB`,
        ]);
      }
      rows.push(
        [`dyad time series by month (USA–PRK, ${n(s.dyadEvents)} events)${over}`, ms(s.seriesByMonth)],
        [`dyad time series by day${over}`, ms(s.seriesByDay)],
        [`event search (dyad, type, date range, 50 rows)${over}`, ms(s.eventSearch)],
      );
      const fullText = obj(s.fullText);
      for (const [label, key] of [
        ["common word", "common"],
        ["rare word", "rare"],
        ["two words", "twoWords"],
      ] as const) {
        const f = obj(fullText[key]);
        if (!fullText[key]) continue;
        rows.push([
          `full-text search, ${label} "${String(f.query)}" (${n(f.matchingSentences)} sentences, ${n(f.rows)} rows)${over}`,
          ms(f),
        ]);
      }
      if (s.fullTextSearch) rows.push([`full-text search (50 rows)${over}`, ms(s.fullTextSearch)]);
    }
  }
  if (results.load) {
    const l = obj(results.load);
    rows.push([
      `load: \`parley serve\`, 8 concurrent clients, ${n(l.reads)} reads + ${n(l.writes)} writes`,
      `${n(l.requestsPerSecond)} requests/s; read p95 ${n(l.readP95Ms)} ms, write p95 ${n(l.writeP95Ms)} ms; ${n(l.errors)} errors, ${n(l.lost)} lost`,
    ]);
  }
  const m = obj(results.machine);
  const header = `${String(m.cpu ?? "?")}, ${n(m.cores)} cores, ${n(m.memoryGb)} GB, ${String(m.os ?? "")}; Node ${String(results.node ?? "?")}; last run at commit ${String(results.commit ?? "?")}${results.quick ? " (BENCH_QUICK)" : ""}`;
  return [
    header,
    ...measuredAt(results),
    "",
    "| measure | result |",
    "| --- | --- |",
    ...rows.map(([a, b]) => `| ${a} | ${b} |`),
  ].join("\n");
}

/** "measured at commit a1b2c3d (2026-11-27): coder, load; commit …": which run each section comes from. */
function measuredAt(results: Record<string, unknown>): string[] {
  const byCommit = new Map<string, string[]>();
  for (const [section, stamp] of Object.entries(obj(results.measured))) {
    const s = obj(stamp);
    const key = `commit ${String(s.commit ?? "?")} (${String(s.date ?? "?").slice(0, 10)})`;
    byCommit.set(key, [...(byCommit.get(key) ?? []), section]);
  }
  if (byCommit.size === 0) return [];
  return [
    `measured at ${[...byCommit].map(([key, sections]) => `${key}: ${sections.join(", ")}`).join("; ")}`,
  ];
}
