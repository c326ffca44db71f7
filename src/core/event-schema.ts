/**
 * The published output contract: a zod schema of every coded event, also written as JSON Schema to
 * `schema/coded-article.schema.json` (`npm run schema`).
 *
 * @example
 * codedArticleSchema.parse(JSON.parse(line));
 */
import { z } from "zod";
import { ploverTypeSchema } from "./dictionary-schema.js";

const charSpan = z.strictObject({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
const status = z.enum(["asserted", "confirmed", "denied", "unconfirmed"]);
const reporter = z.strictObject({
  code: z.string().nullable(),
  text: z.string(),
  verb: z.string().nullable(),
});

/** An actor in an event. @example { code: "PRKGOV", country: "PRK", sector: "GOV", name: "Kim Jong Un", text: "Kim", actorId: "person:kim-jong-un" } */
export const eventActorSchema = z.strictObject({
  code: z.string().describe("CAMEO-style actor code: country (ISO 3166 alpha-3) then sector, or an IGO code"),
  country: z.string().nullable(),
  sector: z.string().nullable(),
  name: z.string().nullable().describe("canonical name of the knowledge-base entry"),
  text: z.string().describe("the words of the article that name the actor"),
  actorId: z.string().nullable(),
});

/** One sentence's evidence. @example { sentence: 3, ruleId: "reject-correspondence", ... } */
export const eventMentionSchema = z.strictObject({
  sentence: z.number().int().nonnegative(),
  sentenceText: z.string(),
  sentenceStart: z.number().int().nonnegative(),
  trigger: charSpan.describe("character offsets into the article text"),
  source: z.array(charSpan),
  target: z.array(charSpan),
  reporter: reporter.nullable(),
  status,
  hedges: z.array(z.string()),
  ruleId: z.string().describe("the dictionary rule that fired"),
  pattern: z.string(),
  actorEntryIds: z.array(z.string()).describe("the actor dictionary entries used"),
});

/** A coded event. @example codedEventSchema.parse(event) */
export const codedEventSchema = z.strictObject({
  id: z.string(),
  event: ploverTypeSchema.nullable().describe("PLOVER type; null for CAMEO 01 and 02"),
  cameo: z.string().regex(/^\d{2,4}$/),
  cameoName: z.string(),
  mode: z.string().nullable(),
  context: z.string().nullable(),
  source: z.array(eventActorSchema),
  target: z.array(eventActorSchema),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  datePrecision: z.enum(["day", "week", "month", "year", "decade"]),
  historical: z.boolean(),
  negated: z.boolean(),
  modality: z.enum(["actual", "intended", "hypothetical"]),
  location: z.string().nullable(),
  channel: z.enum(["letter", "call", "meeting", "summit", "envoy", "statement"]).nullable(),
  goldstein: z.number().min(-10).max(10),
  quadClass: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  attribution: z.strictObject({ status, reporters: z.array(reporter), hedges: z.array(z.string()) }),
  mentions: z.array(eventMentionSchema).min(1),
  confidence: z.number().min(0).max(1),
});

/** One output line of `parley code --format jsonl`. @example { id: "seed", events: [...] } */
export const codedArticleSchema = z.strictObject({
  id: z.string(),
  events: z.array(codedEventSchema),
  error: z.string().optional(),
});

/** The JSON Schema of an output line. @example JSON.stringify(codedArticleJsonSchema()) */
export function codedArticleJsonSchema(): Record<string, unknown> {
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "https://parley.invalid/schema/coded-article.schema.json",
    title: "Parley coded article",
    ...z.toJSONSchema(codedArticleSchema),
  };
}
