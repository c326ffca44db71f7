/**
 * Request parameters: zod schemas that both validate requests (a 400 naming the field) and describe
 * them in the OpenAPI document.
 *
 * @example
 * const query = parseParams(eventsQuery, request.query, "query");
 */
import { z } from "zod";
import { ParleyError } from "../core/errors.js";
import { parseIsoDate } from "../core/iso-date.js";

/** Page size cap, so one request never reads a whole store. @example MAX_LIMIT // 500 */
export const MAX_LIMIT = 500;

const isoDate = z
  .string()
  .refine((v) => parseIsoDate(v) !== null, { message: "expected a real date in yyyy-mm-dd form" })
  .describe("yyyy-mm-dd");

/** A country code pair like USA-PRK. @example dyadParam.parse("usa-prk") // ["USA", "PRK"] */
export const dyadParam = z
  .string()
  .transform((v) => v.toUpperCase())
  .refine((v) => /^[A-Z]{3}[-,][A-Z]{3}$/.test(v), { message: "expected two country codes like USA-PRK" })
  .transform((v) => [v.slice(0, 3), v.slice(4, 7)] as const)
  .describe("two country codes, e.g. USA-PRK");

/** limit and offset. @example page.parse({ limit: "20" }) // { limit: 20, offset: 0 } */
export const page = {
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT).default(50).describe(`1..${MAX_LIMIT}, default 50`),
  offset: z.coerce.number().int().min(0).default(0).describe("items to skip, default 0"),
};

const window = { since: isoDate.optional(), until: isoDate.optional() };

/** The filters of `parley events`, plus paging. @example eventsQuery.parse({ dyad: "USA-PRK" }) */
export const eventsQuery = z.strictObject({
  actor: z
    .string()
    .regex(/^[A-Za-z]{3}[A-Za-z0-9]{0,12}$/, "expected an actor code like PRK or USAGOV")
    .optional(),
  dyad: dyadParam.optional(),
  type: z
    .string()
    .regex(/^([A-Za-z]{3,12}|\d{1,4})$/, "expected a PLOVER type (REJECT) or CAMEO prefix (12)")
    .optional(),
  ...window,
  status: z.enum(["asserted", "confirmed", "denied", "unconfirmed"]).optional(),
  channel: z.enum(["letter", "call", "meeting", "summit", "envoy", "statement"]).optional(),
  text: z.string().min(1).max(200).optional(),
  ...page,
});

/** An id in the path. @example idParams.parse({ id: "3" }) // { id: 3 } */
export const idParams = z.strictObject({
  id: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER).describe("numeric id"),
});

/** Article list filters. @example articlesQuery.parse({ outlet: "Harbor Times" }) */
export const articlesQuery = z.strictObject({ ...window, outlet: z.string().max(200).optional(), ...page });

/** Actor list filters. @example actorsQuery.parse({ since: "2025-01-01" }) */
export const actorsQuery = z.strictObject({ ...window, ...page });

/** An actor code in the path. @example actorParams.parse({ code: "prkgov" }) // { code: "PRKGOV" } */
export const actorParams = z.strictObject({
  code: z
    .string()
    .regex(/^[A-Za-z]{3}[A-Za-z0-9]{0,12}$/, "expected an actor code like PRK or USAGOV")
    .transform((v) => v.toUpperCase()),
});

/** Dyad list filters. @example dyadsQuery.parse({ limit: "10" }) */
export const dyadsQuery = z.strictObject({ ...window, ...page });

/** A dyad in the path. @example dyadParams.parse({ dyad: "USA-PRK" }) */
export const dyadParams = z.strictObject({ dyad: dyadParam });

/** Dyad detail options. @example dyadQuery.parse({ by: "week" }) */
export const dyadQuery = z.strictObject({
  by: z.enum(["day", "week", "month"]).default("month"),
  ...window,
});

/** Network filters. @example networkQuery.parse({ minEvents: "2" }) */
export const networkQuery = z.strictObject({
  ...window,
  minEvents: z.coerce.number().int().min(1).max(1_000_000).default(1),
});

/** Full-text search. @example searchQuery.parse({ q: "letter" }) */
export const searchQuery = z.strictObject({ q: z.string().trim().min(1).max(200), ...page });

/** Export format. @example exportQuery.parse({ format: "csv" }) */
export const exportQuery = z.strictObject({ format: z.enum(["plover-json", "csv", "gdelt-tsv"]) });

/** The JSON body of POST /articles. @example { text: "Kim refused.", date: "2025-06-12" } */
export const articleBody = z.strictObject({
  id: z.string().min(1).max(200).optional(),
  url: z.string().max(2000).optional(),
  title: z.string().max(1000).optional(),
  outlet: z.string().max(200).optional(),
  date: isoDate.optional(),
  text: z
    .string()
    .refine((v) => v.trim() !== "", { message: "must not be empty" })
    .optional(),
  html: z.string().optional(),
});

/** Query parameters of POST /articles with a text/plain or text/html body. @example { date: "2025-06-12" } */
export const articleRawQuery = z.strictObject({
  id: z.string().min(1).max(200).optional(),
  title: z.string().max(1000).optional(),
  outlet: z.string().max(200).optional(),
  url: z.string().max(2000).optional(),
  date: isoDate.optional(),
});

/**
 * Validates a request part; throws E_USAGE naming the first bad field.
 * @example parseParams(idParams, { id: "x" }, "path") // throws "path parameter `id`: …"
 */
export function parseParams<S extends z.ZodType>(schema: S, value: unknown, where: string): z.output<S> {
  const parsed = schema.safeParse(value ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const unknownKey = issue.code === "unrecognized_keys" ? issue.keys[0] : undefined;
  const field = unknownKey ?? issue.path.map(String).join(".");
  const message = unknownKey ? "unknown parameter" : issue.message;
  throw new ParleyError("E_USAGE", `${where} parameter \`${field || "(root)"}\`: ${message}`, { field });
}
