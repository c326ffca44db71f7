/**
 * Event search by full text: one page of the events, in date and id order, that have an evidence
 * sentence holding every word. Two plans give the same rows; the cheaper one depends on how common
 * the words are.
 *   - Matches first: every matching sentence is joined to its event, then sorted. Right for rare
 *     words; for a common one it joins all matches (1.3M for "sanctions" over 10M events, 6 s) to
 *     keep 50.
 *   - Events first: walk the events in page order and test each one's sentences alone, stopping
 *     at the page's end. Right for common words; for a rare one it would test every event.
 * A count of matches capped at a threshold (cheap in SQLite: FTS5 stops at the cap) picks the plan.
 * The walk is capped too, at twice the events it should need at the threshold's density; past that
 * it gives up and matches-first runs, so matches bunched far from the page cost at most about three
 * times what matches-first alone would.
 *
 * @example
 * const rows = await searchEventsByText(db, fullText, db.selectFrom("events").selectAll(), ["aid"], { limit: 50 });
 */
import {
  type Expression,
  type Kysely,
  type RawBuilder,
  type Selectable,
  type SelectQueryBuilder,
  type SqlBool,
  sql,
} from "kysely";
import { ParleyError } from "../core/errors.js";
import type { Database, EventsTable } from "./schema.js";
import type { TextSearchPlan } from "./store.js";

/**
 * A dialect's full-text search over sentences. `matching` lists the matching sentence ids (one
 * column, `id`) as a subquery; `matches` tests one sentence, by id, cheaply enough to run per event.
 * @example { matching: (words) => sql`(select id from …)`, matches: (words, id) => sql`exists (…)` }
 */
export interface FullTextSearch {
  readonly matching: (words: readonly string[]) => RawBuilder<number>;
  readonly matches: (words: readonly string[], sentenceId: Expression<number>) => RawBuilder<SqlBool>;
}

/** One page: as `EventQuery` has it. @example { limit: 50, offset: 100 } */
export interface TextSearchPage {
  readonly limit?: number;
  readonly offset?: number;
}

/**
 * Testing one event costs about this many times joining one match (measured over 1M generated
 * events: 10–35 µs against 3–4 µs in SQLite, 17–25 µs against 12 µs in PostgreSQL).
 */
const WALK_COST_RATIO = 4;

/** Events the walk may test, as a multiple of what it should need at the threshold's density. */
const WALK_SLACK = 2;

type EventsQuery = SelectQueryBuilder<Database, "events", Selectable<EventsTable>>;

/**
 * Checks a plan given in the store options.
 * @example checkTextSearchPlan(500) // 500
 */
export function checkTextSearchPlan(plan: TextSearchPlan | undefined): TextSearchPlan {
  if (plan === undefined || plan === "auto" || plan === "matches-first") return plan ?? "auto";
  if (typeof plan === "number" && Number.isInteger(plan) && plan > 0) return plan;
  throw new ParleyError(
    "E_USAGE",
    `textSearch: expected "auto", "matches-first" or a positive whole number of events, got ${JSON.stringify(plan)}`,
    { plan },
  );
}

/**
 * The page of `events` (the other filters already applied, unordered) whose evidence holds every
 * word, ordered by date and id.
 * @example await searchEventsByText(db, fullText, filtered, ["sanctions"], { limit: 50 }, "auto")
 */
export async function searchEventsByText(
  db: Kysely<Database>,
  fullText: FullTextSearch,
  events: EventsQuery,
  words: readonly string[],
  page: TextSearchPage,
  plan: TextSearchPlan = "auto",
): Promise<Selectable<EventsTable>[]> {
  const { limit, offset } = page;
  const matchesFirst = () => {
    let query = events
      .where("id", "in", (eb) =>
        eb
          .selectFrom("mentions")
          .innerJoin("mention_sentences", "mention_sentences.mention_id", "mentions.id")
          .select("mentions.event_id")
          .where("mention_sentences.sentence_id", "in", fullText.matching(words)),
      )
      .orderBy("date")
      .orderBy("id");
    if (limit !== undefined) query = query.limit(limit);
    if (offset !== undefined) query = query.offset(offset);
    return query.execute();
  };
  // Only a bounded page can stop early; odd bounds keep the database's own reading of them.
  const pageable =
    limit !== undefined &&
    Number.isInteger(limit) &&
    limit > 0 &&
    (offset === undefined || (Number.isInteger(offset) && offset >= 0));
  if (plan === "matches-first" || !pageable) return matchesFirst();
  const need = limit + (offset ?? 0);
  let budget: number;
  if (plan === "auto") {
    const sentences = await sentenceCountEstimate(db);
    // Matches-first costs about one unit per match, the walk WALK_COST_RATIO units per event and
    // needs about need × sentences / matches events: the walk wins above √(need × sentences × ratio).
    const threshold = Math.ceil(Math.sqrt(need * sentences * WALK_COST_RATIO));
    if ((await matchCountUpTo(db, fullText, words, threshold)) < threshold) return matchesFirst();
    budget = Math.ceil((WALK_SLACK * need * sentences) / threshold);
  } else {
    budget = plan;
  }
  const walked = await walk(db, fullText, events, words, budget, limit, offset);
  if (walked.length === limit) return walked;
  // A short page is the answer only if the walk saw every candidate event.
  const candidates = await db
    .selectFrom(events.clearSelect().select("id").limit(budget).as("c"))
    .select((eb) => eb.fn.countAll().as("n"))
    .executeTakeFirstOrThrow();
  return Number(candidates.n) < budget ? walked : matchesFirst();
}

/** The first `budget` events in page order, each tested alone, then the page among those that match. */
function walk(
  db: Kysely<Database>,
  fullText: FullTextSearch,
  events: EventsQuery,
  words: readonly string[],
  budget: number,
  limit: number,
  offset: number | undefined,
) {
  const candidates = events.orderBy("date").orderBy("id").limit(budget).as("c");
  let query = db
    .selectFrom(candidates)
    .selectAll()
    // A scalar subquery, not EXISTS: PostgreSQL turns EXISTS into a semi-join that it may run
    // over every candidate before sorting, where this stays a per-row test read in order.
    .where(
      (eb) =>
        sql<SqlBool>`(${eb
          .selectFrom("mentions")
          .innerJoin("mention_sentences", "mention_sentences.mention_id", "mentions.id")
          .select(sql<number>`1`.as("one"))
          .whereRef("mentions.event_id", "=", "c.id")
          .where((inner) => fullText.matches(words, inner.ref("mention_sentences.sentence_id")))
          .limit(1)}) is not null`,
    )
    .orderBy("c.date")
    .orderBy("c.id")
    .limit(limit);
  if (offset !== undefined) query = query.offset(offset);
  return query.execute();
}

/** The highest sentence id: the number of sentences, or a little more, read from the key's end. */
async function sentenceCountEstimate(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom("sentences")
    .select((eb) => eb.fn.max("id").as("max"))
    .executeTakeFirst();
  return Math.max(1, Number(row?.max ?? 0));
}

/** How many sentences match, counting no further than `cap`. */
async function matchCountUpTo(
  db: Kysely<Database>,
  fullText: FullTextSearch,
  words: readonly string[],
  cap: number,
): Promise<number> {
  const { rows } = await sql<{
    n: number | string;
  }>`select count(*) as n from (select id from ${fullText.matching(words)} as m limit ${cap}) as capped`.execute(
    db,
  );
  const row = rows[0];
  return Number(row?.n ?? 0);
}
